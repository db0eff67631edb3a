// The preview's marks for the visible ranges. CodeMirror cuts a line of more than a few thousand characters into
// visible ranges with gaps between them (it draws only the columns in view), so one line may sit in several ranges:
// the marks must still be added in order (a line lexed twice threw "Ranges must be added sorted" and the colors
// were gone for the session) and must equal the line's colors clipped to what is in view.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import { marks } from '../../src/ui/preview/xml-colors.ts';
import { Lex, LineStates, lexLine } from '../../src/ui/preview/xml-tokens.ts';

type Range = { from: number; to: number };

/** Each visible character's class ('.' uncolored), from the decorations. */
function marked(doc: Text, ranges: readonly Range[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of ranges) for (let p = r.from; p < r.to; p++) out.set(p, '.');
  const set = marks(doc, ranges, new LineStates());
  let last = -1;
  set.between(0, doc.length, (from, to, deco) => {
    expect(from).toBeGreaterThanOrEqual(last);
    last = from;
    const cls = (deco.spec as { class: string }).class;
    for (let p = from; p < to; p++) {
      expect(out.has(p), `mark at ${p} outside the visible ranges`).toBe(true);
      out.set(p, cls);
    }
  });
  return out;
}

/** The same, lexing the whole text a line at a time and keeping the visible characters. */
function expected(doc: Text, ranges: readonly Range[]): Map<number, string> {
  const all: string[] = Array.from({ length: doc.length }, () => '.');
  let state: Lex = Lex.Text;
  for (let k = 1; k <= doc.lines; k++) {
    const line = doc.line(k);
    state = lexLine(line.text, state, (a, b, kind) => {
      for (let p = a; p < b; p++) all[line.from + p] = `cx-${kind}`;
    });
  }
  const out = new Map<number, string>();
  for (const r of ranges) for (let p = r.from; p < r.to; p++) out.set(p, all[p]!);
  return out;
}

describe('marks', () => {
  it('colors a line cut into several visible ranges once, in order, clipped to the ranges', () => {
    const value = 'QUJD'.repeat(3000); // a base64 value of 12,000 characters
    const doc = Text.of(['<Root>', `  <Setting Name="Blob" Value="${value}" />`, '</Root>']);
    const line = doc.line(2);
    // As CodeMirror gives them for a long line scrolled to its middle: the line's start, then a window of columns.
    const ranges = [
      { from: 0, to: line.from + 2000 },
      { from: line.from + 6000, to: line.from + 8000 },
      { from: line.from + 11_000, to: doc.length },
    ];
    expect(() => marked(doc, ranges)).not.toThrow();
    expect(marked(doc, ranges)).toEqual(expected(doc, ranges));
    const values = [...marked(doc, [ranges[1]!]).values()];
    expect(values.every((c) => c === 'cx-value')).toBe(true);
  });

  it('colors each range of a long line right when a range ends just inside a value or a comment', () => {
    const line = `<A B="${'v'.repeat(9000)}" C="${'w'.repeat(9000)}"/><!-- ${'c'.repeat(9000)} --><D/>`;
    const doc = Text.of([line, '<E/>']);
    for (const cutAt of [line.indexOf('C="') + 3, line.indexOf('<!--') + 4, 6, 4100, 8200])
      for (const next of [cutAt + 10, cutAt + 5000, 20_000, line.length - 5]) {
        if (next <= cutAt) continue;
        const ranges = [{ from: cutAt - 3, to: cutAt }, { from: next, to: Math.min(doc.length, next + 200) }];
        expect(marked(doc, ranges)).toEqual(expected(doc, ranges));
      }
  });

  it('gives the line after a long one the state the long one ends in', () => {
    const doc = Text.of([`<A Value="${'x'.repeat(9000)}`, 'still the value" />', '<B/>']);
    const ranges = [
      { from: 0, to: 100 },
      { from: 8000, to: doc.length },
    ];
    expect(marked(doc, ranges)).toEqual(expected(doc, ranges));
  });

  it('equals the whole text lexed and clipped, for any lines and any ordered visible ranges', () => {
    const part = fc.constantFrom('<A ', '</A>', '/>', '>', ' Name="', "='", '"', 'xxxxxxxx', ' ', '<!-- ', '-->', '<![CDATA[', ']]>', '<?pi', '?>', '\n');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 80 }), fc.array(fc.nat(), { maxLength: 10 }), (parts, cuts) => {
        const doc = Text.of(parts.join('').split('\n'));
        // Sorted distinct points taken in pairs: disjoint ranges in order, several possibly on one line.
        const points = [...new Set(cuts.map((c) => c % (doc.length + 1)))].sort((a, b) => a - b);
        const ranges: Range[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) ranges.push({ from: points[i]!, to: points[i + 1]! });
        expect(marked(doc, ranges)).toEqual(expected(doc, ranges));
      }),
      { numRuns: 500 },
    );
  });

  it('equals it too on lines of tens of thousands of characters, lexed from their checkpoints', () => {
    const part = fc.constantFrom('<A ', '</A>', '/>', '>', ' Name="', "='", '"', 'x', ' ', '<!-- ', '-->', '<![CDATA[', ']]>', '<?pi', '?>', '\n');
    const run = fc.tuple(part, fc.integer({ min: 1, max: 3000 })).map(([p, k]) => (p === '\n' ? p : p.repeat(k)));
    fc.assert(
      fc.property(fc.array(run, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 }), (parts, cuts) => {
        const doc = Text.of(parts.join('').split('\n'));
        const points = [...new Set(cuts.map((c) => c % (doc.length + 1)))].sort((a, b) => a - b);
        const ranges: Range[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) ranges.push({ from: points[i]!, to: Math.min(points[i + 1]!, points[i]! + 3000) });
        expect(marked(doc, ranges)).toEqual(expected(doc, ranges));
      }),
      { numRuns: 150 },
    );
  });
});
