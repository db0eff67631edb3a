// Repairs for the known defects of the published documentation samples (docs/format.md §11.4), and
// nothing else. Each repair changes as few characters as possible, and the proposal lists every changed line
// so the editor can show exactly what would change. fromXml offers it only when the repaired text imports.
//
// The defects:
// 1. Nested comments `<!-- a <!-- b --> c -->` (the docs comment out a block that holds comments). XML forbids
//    "--" inside a comment. Decision: keep ONE outer comment, as the author meant (the whole block is
//    disabled), and turn each inner marker into a comment-safe look-alike of the same length:
//    `<!--` -> `<!~~` and `-->` -> `~~>`. No text is lost, columns do not move, and someone re-enabling the
//    block can see where the inner comments were.
// 2. A no-break space (U+00A0) between markup (after `?>`, at line ends, between attributes): XML does not
//    count it as white space. It becomes an ordinary space. A U+00A0 inside text, a comment or an attribute
//    value is content and stays.
// 3. A comment opened with `<--`: becomes `<!--`.
// 4. White space (or U+00A0) before `<?xml`: removed (the declaration must be the first thing in the file).

import type { RepairChange, RepairProposal } from './parse-types.ts';

export type { RepairChange, RepairProposal } from './parse-types.ts';

interface Edit {
  readonly at: number;
  readonly len: number;
  readonly insert: string;
  readonly description: string;
}

const NBSP = '\u00a0';
const D_NESTED = 'nested comment markers made comment-safe (<!-- to <!~~, --> to ~~>)';
const D_NBSP = 'no-break space (U+00A0) between markup replaced by a space';
const D_OPEN = 'comment opened with "<--" now opens with "<!--"';
const D_LEADING = 'white space before the XML declaration removed';

/** A repair of the known documentation defects, or null when there is none to make. */
export function proposeRepair(text: string): RepairProposal | null {
  const edits = scan(text);
  if (edits.length === 0) return null;
  return { text: applyEdits(text, 0, edits), changes: changesOf(text, edits) };
}

function scan(text: string): Edit[] {
  const edits: Edit[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lead = /^[ \t\r\n\u00a0]+(?=<\?xml[ \t\r\n?])/.exec(text.slice(i));
  if (lead) {
    edits.push({ at: i, len: lead[0].length, insert: '', description: D_LEADING });
    i += lead[0].length;
  }
  while (i < n) {
    if (text.startsWith('<!--', i)) {
      const end = scanComment(text, i, 4, edits);
      i = end < 0 ? n : end;
    } else if (text.startsWith('<--', i)) {
      const inner: Edit[] = [];
      const end = scanComment(text, i, 3, inner);
      if (end >= 0) edits.push({ at: i + 1, len: 0, insert: '!', description: D_OPEN }, ...inner);
      i = end < 0 ? n : end;
    } else if (text.startsWith('<![CDATA[', i)) i = skipPast(text, i, ']]>');
    else if (text.startsWith('<?', i)) i = skipPast(text, i, '?>');
    else if (text.startsWith('<!', i)) i = skipPast(text, i, '>');
    else if (text[i] === '<') i = scanTag(text, i, edits);
    else {
      const next = text.indexOf('<', i);
      const j = next < 0 ? n : next;
      if (/^[ \t\r\n\u00a0]+$/.test(text.slice(i, j))) nbspEdits(text, i, j, edits);
      i = j;
    }
  }
  return edits;
}

function skipPast(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? text.length : at + marker.length;
}

/** Replaces each U+00A0 in text[from, to) by a space. */
function nbspEdits(text: string, from: number, to: number, edits: Edit[]): void {
  for (let k = text.indexOf(NBSP, from); k >= 0 && k < to; k = text.indexOf(NBSP, k + 1)) {
    edits.push({ at: k, len: 1, insert: ' ', description: D_NBSP });
  }
}

/** A start or end tag: U+00A0 outside attribute values is a stray separator. Returns the index past `>`. */
function scanTag(text: string, from: number, edits: Edit[]): number {
  let quote = '';
  for (let k = from + 1; k < text.length; k++) {
    const c = text[k];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return k + 1;
    else if (c === '<') return k; // unterminated tag: let the parser report it
    else if (c === NBSP) edits.push({ at: k, len: 1, insert: ' ', description: D_NBSP });
  }
  return text.length;
}

/**
 * A comment starting at `from` (opener `openLen` long), counting nested openers. Inner markers are made
 * comment-safe only when the outermost comment does close; otherwise nothing is changed and -1 is returned.
 * Returns the index past the closing `-->`.
 */
function scanComment(text: string, from: number, openLen: number, edits: Edit[]): number {
  const inner: Edit[] = [];
  let depth = 1;
  let k = from + openLen;
  for (;;) {
    const close = text.indexOf('-->', k);
    if (close < 0) return -1;
    const open = text.indexOf('<!--', k);
    if (open >= 0 && open < close) {
      depth++;
      inner.push({ at: open, len: 4, insert: '<!~~', description: D_NESTED });
      k = open + 4;
      continue;
    }
    if (depth === 1) {
      edits.push(...inner);
      return close + 3;
    }
    depth--;
    inner.push({ at: close, len: 3, insert: '~~>', description: D_NESTED });
    k = close + 3;
  }
}

/** `text` with `edits` (sorted by position, offsets relative to `base`) applied. */
function applyEdits(text: string, base: number, edits: readonly Edit[]): string {
  let out = '';
  let pos = 0;
  for (const e of [...edits].sort((a, b) => a.at - b.at)) {
    out += text.slice(pos, e.at - base) + e.insert;
    pos = e.at - base + e.len;
  }
  return out + text.slice(pos);
}

/** One change per run of touched lines: the original lines and the same lines repaired. */
function changesOf(text: string, edits: readonly Edit[]): RepairChange[] {
  const starts = [0];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  const lineOf = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo; // 0-based
  };
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const groups: { first: number; last: number; edits: Edit[] }[] = [];
  for (const e of sorted) {
    const first = lineOf(e.at);
    const last = lineOf(e.at + Math.max(e.len, 1) - 1);
    const g = groups.at(-1);
    if (g && first <= g.last) {
      g.last = Math.max(g.last, last);
      g.edits.push(e);
    } else groups.push({ first, last, edits: [e] });
  }
  return groups.map((g) => {
    const from = starts[g.first];
    const nl = text.indexOf('\n', starts[g.last]);
    const to = nl < 0 ? text.length : nl;
    const before = text.slice(from, to);
    const description = [...new Set(g.edits.map((e) => e.description))].join('; ');
    return { line: g.first + 1, description, before, after: applyEdits(before, from, g.edits) };
  });
}
