// A refusal quotes the offending line: the right line whatever the line ends (CR LF, a lone CR, LF, as XML reads
// them), and never more than a window around the column, however long the line (a 21-million-character line was
// quoted whole, and the refusal dialog froze the page for seconds rendering it).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorAt, lineAt, QUOTE_MAX, quoteAt } from '../../src/xml/parse-errors.ts';
import { fromXml } from '../../src/xml/parse.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

describe('lineAt', () => {
  it('takes CR LF, a lone CR and LF as line ends', () => {
    const text = 'one\r\ntwo\rthree\nfour\r\rsix';
    expect([1, 2, 3, 4, 5, 6, 7].map((l) => lineAt(text, l))).toEqual(['one', 'two', 'three', 'four', '', 'six', '']);
  });

  it('agrees with splitting the text at every XML line end', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '\r', '\n', '\r\n', '<x/>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const lines = text.split(/\r\n|\r|\n/);
        lines.forEach((line, i) => expect(lineAt(text, i + 1)).toBe(line));
        expect(lineAt(text, lines.length + 1)).toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('finds the last of 300,000 lone-CR lines', () => {
    const text = Array.from({ length: 300_000 }, (_, i) => `<L n="${i}"/>`).join('\r');
    expect(lineAt(text, 300_000)).toBe('<L n="299999"/>');
  });
});

describe('quoteAt', () => {
  it('quotes a short line whole, with the column where it is', () => {
    expect(quoteAt('<A>\n  <B x=1/>\n</A>', 2, 8)).toEqual({ text: '  <B x=1/>', column: 8 });
  });

  it('quotes a window of a long line around the column, with … where the line goes on', () => {
    const line = `${'a'.repeat(5000)}X${'b'.repeat(5000)}`;
    const q = quoteAt(`<R>\n${line}\n</R>`, 2, 5001);
    expect(q.text.startsWith('…a')).toBe(true);
    expect(q.text.endsWith('b…')).toBe(true);
    expect(q.text.length).toBe(QUOTE_MAX + 2);
    expect(q.text[q.column - 1]).toBe('X');
    // Near either end of the line, the window stops at it (one … mark only).
    const start = quoteAt(line, 1, 3);
    expect(start).toEqual({ text: `${'a'.repeat(QUOTE_MAX)}…`, column: 3 });
    const end = quoteAt(line, 1, line.length);
    expect(end.text).toBe(`…${'b'.repeat(QUOTE_MAX)}`);
    expect(end.text[end.column - 1]).toBe('b');
  });

  it('never cuts a surrogate pair in half', () => {
    const line = '😀'.repeat(1000);
    for (const column of [1, 2, 81, 82, 1000, 1999, 2000]) {
      const q = quoteAt(line, 1, column);
      expect(q.text.replace(/…/g, '')).toMatch(/^(?:😀)+$/u);
      expect(q.text.length).toBeLessThanOrEqual(QUOTE_MAX + 2);
    }
  });

  it('puts the column on the same character as in the line, for any line and column', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '<', '"'), maxLength: 600 }), fc.nat(), (line, c) => {
        const column = (c % (line.length + 1)) + 1;
        const q = quoteAt(line, 1, column);
        expect(q.text.length).toBeLessThanOrEqual(QUOTE_MAX + 2);
        expect(q.text[q.column - 1]).toBe(line[column - 1]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('errorAt', () => {
  it('quotes a window of a 21-million-character line, in the message and in lineText', () => {
    const text = `<R>\n<V x="${'y'.repeat(21_000_000)}" <>\n</R>`;
    const e = errorAt('not-well-formed', text, 2, 21_000_009, 'the file is not well-formed XML.');
    expect(e.lineText!.length).toBeLessThanOrEqual(QUOTE_MAX + 2);
    expect(e.lineText!.endsWith('" <>')).toBe(true);
    expect(e.lineText![e.quoteColumn! - 1]).toBe('<');
    expect(e.message.length).toBeLessThan(300);
  });
});

describe('fromXml refusals', () => {
  it('quotes the offending line of a file with lone-CR line ends', () => {
    const text = ['<?xml version="1.0"?>', `<ImageCustomizations xmlns="${NS}" Owner="" OwnerType="OEM">`, '  <Static>', '  </Statik>', '</ImageCustomizations>'].join('\r');
    const r = fromXml(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.line).toBe(4);
    expect(r.error.lineText).toBe('  </Statik>');
    expect(r.error.message).toContain('The line reads: </Statik>');
  });
});
