// A large text reaches the preview a chunk per task (loadStep); whatever edits land meanwhile, the steps must end
// with the preview's text exactly toXml(doc), the text Download saves.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, diffPieces } from '../../src/ui/preview/text-diff.ts';
import { changedChars, DEFER_CHANGE_CHARS, deferChange, HIGHLIGHT_MAX_CHARS, highlighted, loadStep, textLength } from '../../src/ui/preview/text-size.ts';
import { toXml, toXmlPieces } from '../../src/xml/serialize.ts';
import { arbDocument, arbEdit } from '../xml/serialize-docgen.ts';

describe('loadStep', () => {
  it('takes a growing text a chunk of whole pieces at a time, and a small change at once', () => {
    const target = ['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'];
    const first = loadStep([], target, 6);
    expect(first).toEqual(['aaaa', 'bbbb']);
    const second = loadStep(first, target, 6);
    expect(second).toEqual(['aaaa', 'bbbb', 'cccc', 'dddd']);
    expect(loadStep(second, target, 6)).toBe(target);
    // A change that adds no more than a chunk is one step.
    expect(loadStep(target, ['aaaa', 'bXbbb', 'cccc', 'dddd', 'eeee'], 6)).toEqual(['aaaa', 'bXbbb', 'cccc', 'dddd', 'eeee']);
  });

  it('ends at toXml(doc) through any edits made while the text is still arriving', () => {
    fc.assert(
      fc.property(arbDocument, fc.array(arbEdit, { maxLength: 6 }), fc.integer({ min: 20, max: 400 }), (start, edits, chunk) => {
        let doc = start;
        let shown: readonly string[] = [];
        let text = '';
        const step = () => {
          const next = loadStep(shown, toXmlPieces(doc), chunk);
          text = applyChanges(text, diffPieces(shown, next));
          shown = next;
          expect(text).toBe(next.join(''));
        };
        for (const edit of edits) {
          step();
          doc = edit(doc);
        }
        for (let i = 0; i < 100_000 && text !== toXml(doc); i++) step();
        expect(text).toBe(toXml(doc));
      }),
      { numRuns: 60 },
    );
  });
});

describe('highlighted', () => {
  it('colors a text up to HIGHLIGHT_MAX_CHARS characters', () => {
    expect(highlighted(0)).toBe(true);
    expect(highlighted(HIGHLIGHT_MAX_CHARS)).toBe(true);
    expect(highlighted(HIGHLIGHT_MAX_CHARS + 1)).toBe(false);
    expect(textLength(['ab', '', 'c'])).toBe(3);
  });
});

describe('changedChars', () => {
  it('counts what a keystroke changes as small and what replacing a document changes as large', () => {
    const before = ['<a>', 'x'.repeat(100_000), '</a>'];
    const typed = ['<a>', 'x'.repeat(99_999) + 'y', '</a>'];
    expect(changedChars(diffPieces(before, typed))).toBe(2);
    const other = ['<b>', 'z'.repeat(100_000), '</b>'];
    expect(changedChars(diffPieces(before, other))).toBeGreaterThan(DEFER_CHANGE_CHARS);
    expect(changedChars(diffPieces(before, []))).toBe(before.join('').length);
  });

  it('defers a large change and the emptying of a small text, not a keystroke', () => {
    const small = ['<a>', 'xy', '</a>'];
    const typed = ['<a>', 'xyz', '</a>'];
    expect(deferChange(small, typed, diffPieces(small, typed))).toBe(false);
    expect(deferChange(small, [], diffPieces(small, []))).toBe(true);
    expect(deferChange([], [], [])).toBe(false);
    const big = ['<b>', 'z'.repeat(DEFER_CHANGE_CHARS), '</b>'];
    expect(deferChange(small, big, diffPieces(small, big))).toBe(true);
  });
});
