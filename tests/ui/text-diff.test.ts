// The preview applies ranged edits computed by text-diff.ts; whatever the edits, its text must stay exactly
// toXml(doc), the text Download saves.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChange, applyChanges, diffPieces, diffText } from '../../src/ui/preview/text-diff.ts';
import { toXml, toXmlPieces } from '../../src/xml/serialize.ts';
import { arbDocument, arbEdit } from '../xml/serialize-docgen.ts';

describe('diffText', () => {
  it('keeps the common prefix and suffix', () => {
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('abXc', 'abc')).toEqual({ from: 2, to: 3, insert: '' });
    expect(diffText('aaa', 'aaaa')).toEqual({ from: 3, to: 3, insert: 'a' });
    expect(diffText('', 'x')).toEqual({ from: 0, to: 0, insert: 'x' });
  });

  it('turns any text into any other, including long texts compared by blocks', () => {
    const base = fc.string({ unit: fc.constantFrom('a', 'b', '<', '\n', '日'), maxLength: 40 });
    fc.assert(
      fc.property(base, base, base, fc.nat(5000), (a, b, c, pad) => {
        const filler = 'x'.repeat(pad);
        const before = filler + a + c + filler;
        const after = filler + b + c + filler;
        expect(applyChange(before, diffText(before, after))).toBe(after);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a one-character change in a large text', () => {
    const big = Array.from({ length: 40_000 }, (_, i) => `<Setting Name="N${i}" Value="${i}" />`).join('\n');
    const at = 700_123;
    const after = big.slice(0, at) + 'Z' + big.slice(at);
    expect(diffText(big, after)).toEqual({ from: at, to: at, insert: 'Z' });
  });
});

describe('diffPieces', () => {
  it('joins to toXml', () => {
    fc.assert(
      fc.property(arbDocument, (doc) => {
        expect(toXmlPieces(doc).join('')).toBe(toXml(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the preview text equal to toXml after every step of random edit sequences', () => {
    fc.assert(
      fc.property(arbDocument, fc.array(arbEdit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        let doc = start;
        let pieces = toXmlPieces(doc);
        let shown = pieces.join('');
        for (const edit of edits) {
          doc = edit(doc);
          const next = toXmlPieces(doc);
          shown = applyChanges(shown, diffPieces(pieces, next));
          pieces = next;
          expect(shown).toBe(toXml(doc));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives one narrow change per run of changed pieces when the piece count is unchanged', () => {
    const before = ['<A>', 'target t1', '<mid>', 'x'.repeat(100_000), '<ref t1>', '</A>'];
    const after = ['<A>', 'target t2', '<mid>', before[3], '<ref t2>', '</A>'];
    const changes = diffPieces(before, after);
    const joined = before.join('');
    expect(changes).toEqual([
      { from: joined.indexOf('t1') + 1, to: joined.indexOf('t1') + 2, insert: '2' },
      { from: joined.lastIndexOf('t1') + 1, to: joined.lastIndexOf('t1') + 2, insert: '2' },
    ]);
    expect(applyChanges(joined, changes)).toBe(after.join(''));
  });

  it('gives one change for an added or removed piece, and none when nothing changed', () => {
    const before = ['<A>', 'one', 'two', '</A>'];
    const added = ['<A>', 'one', 'new', 'two', '</A>'];
    expect(diffPieces(before, added)).toEqual([{ from: 6, to: 6, insert: 'new' }]);
    expect(applyChanges(added.join(''), diffPieces(added, before))).toBe(before.join(''));
    expect(diffPieces(before, [...before])).toEqual([]);
    // A piece re-made with the same text (a new string object) is no change either.
    expect(diffPieces(before, ['<A>', 'o' + 'ne'.slice(0), 'two', '</A>'])).toEqual([]);
  });
});
