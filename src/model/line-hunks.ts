// A line diff of two texts as hunks with context, for the Changes view's text diff. The lines both texts share at
// their start and end are set aside first (an edit changes a few lines of a file of a hundred thousand), and only
// the middle goes to the diff library (jsdiff). Line breaks (LF or CRLF) are not part of the lines compared.

import { structuredPatch } from 'diff';

export interface HunkLine {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
  /** 1-based line number in the old text (same, removed) and in the new one (same, added). */
  readonly oldLine?: number;
  readonly newLine?: number;
}

export interface LineHunk {
  readonly oldStart: number;
  readonly newStart: number;
  readonly lines: readonly HunkLine[];
}

const LINE_BREAK = /\r?\n/;

export function lineHunks(before: string, after: string, context = 3): LineHunk[] {
  if (before === after) return [];
  const a = before.split(LINE_BREAK);
  const b = after.split(LINE_BREAK);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  if (p === a.length && p === b.length) return [];
  // The middle, with as many shared lines around it as a hunk shows.
  const from = Math.max(0, p - context);
  const aEnd = Math.min(a.length, a.length - s + context);
  const bEnd = Math.min(b.length, b.length - s + context);
  const patch = structuredPatch('a', 'b', a.slice(from, aEnd).join('\n') + '\n', b.slice(from, bEnd).join('\n') + '\n', '', '', { context });
  return patch.hunks.map((h) => {
    let oldLine = h.oldStart + from;
    let newLine = h.newStart + from;
    const lines: HunkLine[] = [];
    for (const raw of h.lines) {
      const mark = raw[0];
      const text = raw.slice(1);
      if (mark === ' ') lines.push({ kind: 'same', text, oldLine: oldLine++, newLine: newLine++ });
      else if (mark === '-') lines.push({ kind: 'removed', text, oldLine: oldLine++ });
      else if (mark === '+') lines.push({ kind: 'added', text, newLine: newLine++ });
    }
    return { oldStart: h.oldStart + from, newStart: h.newStart + from, lines };
  });
}
