// Rule cases of one area (see rules.test.ts): schema (Customization.xsd's content model) and Settings groups'
// occurrence rules.

import type { AnswerFile, Trivia } from '../../../../src/model/types.ts';
import type { Case } from '../rule-case.ts';
import { asset, cleanDoc, group, setting, withStatic } from '../fixtures.ts';

const element = (name: string): Trivia => ({ kind: 'element', name, attrs: [], children: [] });
const comment: Trivia = { kind: 'comment', text: 'note' };

/** The clean document whose Static's first group holds a Setting with `extra` fields (extraAttrs, inner...). */
function withSettingExtras(extra: object): AnswerFile {
  return withStatic(group('Contoso/X', setting('A', '1', extra)));
}

export const CASES: readonly Case[] = [
  // A second <Static> after the Variant (in the root's `end`) / a comment there.
  { code: 'schema-misplaced-element', bad: () => cleanDoc({ end: [element('Static')] }), good: () => cleanDoc({ end: [comment] }) },
  {
    code: 'schema-unknown-element',
    bad: () => withStatic({ ...group('Contoso/X', setting('A', '1')), before: [element('Foo')] }),
    good: () => withStatic({ ...group('Contoso/X', setting('A', '1')), before: [comment] }),
  },
  // Text in Static (element-only) / text in the root (mixed content).
  {
    code: 'schema-text',
    bad: () => { const d = cleanDoc(); return { ...d, static: { ...d.static!, end: [{ kind: 'text', text: 'hello' }] } }; },
    good: () => cleanDoc({ end: [{ kind: 'text', text: 'hello' }] }),
  },
  {
    code: 'schema-unknown-attribute',
    bad: () => withSettingExtras({ extraAttrs: [{ name: 'Extra', value: '1' }] }),
    good: () => cleanDoc({
      extraAttrs: [
        { name: 'xmlns:xsi', value: 'http://www.w3.org/2001/XMLSchema-instance' },
        { name: 'xsi:schemaLocation', value: 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate Customization.xsd' },
      ],
    }),
  },
  { code: 'schema-leaf-content', bad: () => withSettingExtras({ inner: [{ kind: 'text', text: ' ' }] }), good: () => withSettingExtras({ inner: [comment] }) },
  { code: 'group-empty', bad: () => withStatic(group('Multivariant')), good: () => withStatic(group('Multivariant', setting('PersistVariantData', '1'))) },
  {
    code: 'group-no-setting',
    bad: () => withStatic(group('EventSounds', asset('Ringtones', 'C:\\R\\a.wma'))),
    good: () => withStatic(group('EventSounds', setting('Ringtone1', 'a.wma'), asset('Ringtones', 'C:\\R\\a.wma'))),
  },
];
