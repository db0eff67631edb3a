import { describe, expect, it } from 'vitest';
import { lineHunks } from '../../src/model/line-hunks.ts';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

describe('lineHunks', () => {
  it('is empty for equal texts, and for texts that differ only in their line breaks', () => {
    expect(lineHunks('a\nb\n', 'a\nb\n')).toEqual([]);
    expect(lineHunks('a\r\nb\r\n', 'a\nb\n')).toEqual([]);
  });

  it('gives one changed line with three lines of context and the right line numbers, far into a long text', () => {
    const a = lines(1000);
    const b = [...a];
    b[499] = 'changed';
    const hunks = lineHunks(a.join('\n'), b.join('\n'));
    expect(hunks).toHaveLength(1);
    const [h] = hunks;
    expect(h.oldStart).toBe(497);
    expect(h.lines.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'line 500', oldLine: 500 },
      { kind: 'added', text: 'changed', newLine: 500 },
    ]);
    expect(h.lines[0]).toEqual({ kind: 'same', text: 'line 497', oldLine: 497, newLine: 497 });
    expect(h.lines.at(-1)).toEqual({ kind: 'same', text: 'line 503', oldLine: 503, newLine: 503 });
  });

  it('numbers lines after an insertion in both texts', () => {
    const a = lines(20);
    const b = [...a.slice(0, 10), 'new', ...a.slice(10)];
    const [h] = lineHunks(a.join('\n'), b.join('\n'));
    expect(h.lines.find((l) => l.kind === 'added')).toEqual({ kind: 'added', text: 'new', newLine: 11 });
    expect(h.lines.at(-1)).toEqual({ kind: 'same', text: 'line 13', oldLine: 13, newLine: 14 });
  });

  it('gives two hunks for changes far apart', () => {
    const a = lines(100);
    const b = [...a];
    b[9] = 'x';
    b[89] = 'y';
    expect(lineHunks(a.join('\n'), b.join('\n'))).toHaveLength(2);
  });
});
