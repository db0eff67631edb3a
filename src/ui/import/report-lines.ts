// The import report as the dialog shows it: one line per note, at most REPORT_LINES of them and each at most
// NOTE_CHARS long, then one line saying how many more there are. The parser caps its notes too (import-limits.ts),
// but the dialog does not rely on it: 400,000 notes built a 39 MB text box that froze the page for seconds.

import type { ImportNote } from '../../xml/parse-types.ts';

/** The most notes listed one by one. */
export const REPORT_LINES = 200;
/** The longest line shown for one note. */
export const NOTE_CHARS = 300;

/**
 * The report's lines: the first REPORT_LINES notes, then the parser's summary lines (notes with `more`, shown
 * whatever their place), then "… and N more" for listed notes past REPORT_LINES.
 */
export function reportLines(notes: readonly ImportNote[]): string[] {
  const lines: string[] = [];
  const summaries: string[] = [];
  let over = 0;
  for (const n of notes) {
    if (n.more !== undefined) summaries.push(clip(`line ${n.line}, column ${n.column}: ${n.message}`));
    else if (lines.length < REPORT_LINES) lines.push(clip(`line ${n.line}, column ${n.column}: ${n.message}`));
    else over++;
  }
  lines.push(...summaries);
  if (over > 0) lines.push(`… and ${over.toLocaleString('en-US')} more not listed here (they are kept as well).`);
  return lines;
}

/** How many things a report stands for: its notes, a summary line counting for the notes it summarises. */
export function reportCount(notes: readonly ImportNote[]): number {
  let n = 0;
  for (const note of notes) n += note.more ?? 1;
  return n;
}

function clip(line: string): string {
  return line.length > NOTE_CHARS ? `${line.slice(0, NOTE_CHARS - 1)}…` : line;
}
