import { describe, expect, it } from 'vitest';
import { answerFileName } from '../../src/model/file-name.ts';

describe('answerFileName', () => {
  it.each([
    ['SMStoSMTP', 'SMStoSMTP.xml'],
    ['Contoso Phones', 'Contoso Phones.xml'],
    ['report.xml', 'report.xml'],
    ['report.XML', 'report.xml'],
    ['a/b:c?', 'a_b_c_.xml'],
    ['<x>|"y"*\\z', '_x___y___z.xml'],
    ['tab\there', 'tab_here.xml'],
    ['  spaced  ', 'spaced.xml'],
    ['..hidden..', 'hidden.xml'],
    ['日本語', '日本語.xml'],
    ['CON', 'CON_.xml'],
    ['lpt1', 'lpt1_.xml'],
  ])('%j → %j', (name, expected) => {
    expect(answerFileName(name)).toBe(expected);
  });

  it.each([undefined, '', '   ', '...', '///', '.xml'])('falls back to customizations.xml for %j', (name) => {
    expect(answerFileName(name)).toBe('customizations.xml');
  });

  it('keeps names to a length every file system accepts', () => {
    const long = answerFileName('x'.repeat(500));
    expect(long).toBe(`${'x'.repeat(120)}.xml`);
  });
});
