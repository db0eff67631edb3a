// The import report lists at most REPORT_LINES notes, each clipped, then says how many more there are, whatever
// the parser sends (400,000 notes were one 39 MB text box).

import { describe, expect, it } from 'vitest';
import { NOTE_CHARS, REPORT_LINES, reportCount, reportLines } from '../../src/ui/import/report-lines.ts';
import type { ImportNote } from '../../src/xml/parse-types.ts';

const note = (i: number, message = `Unknown element <X${i}> kept as-is.`): ImportNote => ({ line: i + 1, column: 3, message });

describe('reportLines', () => {
  it('lists every note of a short report, one a line', () => {
    expect(reportLines([note(0), note(1)])).toEqual(['line 1, column 3: Unknown element <X0> kept as-is.', 'line 2, column 3: Unknown element <X1> kept as-is.']);
  });

  it('lists the first notes of 400,000 and summarises the rest in one line', () => {
    const notes = Array.from({ length: 400_000 }, (_, i) => note(i));
    const lines = reportLines(notes);
    expect(lines).toHaveLength(REPORT_LINES + 1);
    expect(lines[REPORT_LINES - 1]).toBe(`line ${REPORT_LINES}, column 3: Unknown element <X${REPORT_LINES - 1}> kept as-is.`);
    expect(lines[REPORT_LINES]).toBe('… and 399,800 more not listed here (they are kept as well).');
  });

  it('lists exactly REPORT_LINES notes without a summary', () => {
    expect(reportLines(Array.from({ length: REPORT_LINES }, (_, i) => note(i)))).toHaveLength(REPORT_LINES);
  });

  it('clips a note with a very long message', () => {
    const [line] = reportLines([note(0, `Unknown element <${'N'.repeat(100_000)}> kept as-is.`)]);
    expect(line).toHaveLength(NOTE_CHARS);
    expect(line!.endsWith('N…')).toBe(true);
  });

  it("shows the parser's summary line after the listed notes, and counts what it stands for", () => {
    const notes = [
      { line: 1, column: 1, message: 'Read as ISO-8859-1, written as UTF-8.' },
      ...Array.from({ length: REPORT_LINES }, (_, i) => note(i + 1)),
      { line: 300, column: 3, message: '… and 399,800 more unknown elements kept as written, not listed one by one.', more: 399_800 },
    ];
    const lines = reportLines(notes);
    expect(lines).toHaveLength(REPORT_LINES + 2);
    expect(lines[REPORT_LINES]).toBe('line 300, column 3: … and 399,800 more unknown elements kept as written, not listed one by one.');
    expect(lines[REPORT_LINES + 1]).toBe('… and 1 more not listed here (they are kept as well).');
    expect(reportCount(notes)).toBe(REPORT_LINES + 1 + 399_800);
  });
});
