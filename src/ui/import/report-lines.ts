// The import report as the dialog shows it: one line per note, at most REPORT_LINES of them and each at most
// NOTE_CHARS long, then one line saying how many more there are. The parser caps its notes too (import-limits.ts),
// but the dialog does not rely on it: 400,000 notes built a 39 MB text box that froze the page for seconds.

import type { ImportNote } from '../../xml/parse-types.ts';

/** The most notes listed one by one. */
export const REPORT_LINES = 200;
/** The longest line shown for one note. */
export const NOTE_CHARS = 300;

/** The report's lines: the first REPORT_LINES notes, then "… and N more" when there are more. */
export function reportLines(notes: readonly ImportNote[]): string[] {
  const lines = notes.slice(0, REPORT_LINES).map((n) => clip(`line ${n.line}, column ${n.column}: ${n.message}`));
  const more = notes.length - REPORT_LINES;
  if (more > 0) lines.push(`… and ${more.toLocaleString('en-US')} more not listed here (they are kept as well).`);
  return lines;
}

function clip(line: string): string {
  return line.length > NOTE_CHARS ? `${line.slice(0, NOTE_CHARS - 1)}…` : line;
}
