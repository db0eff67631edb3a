// The import report's cap: MAX_REPORTED_NOTES notes in document order, then one line counting the rest.

import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_NOTES } from '../../src/xml/import-limits.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { NoteList } from '../../src/xml/parse-notes.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

describe('import report cap', () => {
  it('lists 200 of 400,000 unknown elements and counts the other 399,800 in one line', () => {
    const r = fromXml(`<ImageCustomizations xmlns="${NS}">\n${'<u/>\n'.repeat(400_000)}</ImageCustomizations>`);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report).toHaveLength(MAX_REPORTED_NOTES + 1);
    expect(r.report.slice(0, MAX_REPORTED_NOTES).map((n) => n.line)).toEqual(Array.from({ length: MAX_REPORTED_NOTES }, (_, i) => i + 2));
    const last = r.report[MAX_REPORTED_NOTES];
    expect(last.message).toBe('… and 399,800 more unknown elements kept as written, not listed one by one.');
    expect(last.more).toBe(399_800);
    // it points at the first element not listed
    expect([last.line, last.column]).toEqual([MAX_REPORTED_NOTES + 2, 1]);
  });

  it('lists exactly 200 notes without a summary line', () => {
    const r = fromXml(`<ImageCustomizations xmlns="${NS}">${'<u/>'.repeat(MAX_REPORTED_NOTES)}</ImageCustomizations>`);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report).toHaveLength(MAX_REPORTED_NOTES);
    expect(r.report.some((n) => n.more !== undefined)).toBe(false);
  });

  it('keeps document order: attribute notes, made when their element closes, come first when they stand first', () => {
    const attrs = Array.from({ length: 5 }, (_, i) => ` x${i}="1"`).join('');
    const r = fromXml(`<ImageCustomizations xmlns="${NS}"${attrs}>\n${'<u/>\n'.repeat(300)}</ImageCustomizations>`);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.slice(0, 5).map((n) => n.message)).toEqual(
      Array.from({ length: 5 }, (_, i) => `Unknown attribute x${i} on <ImageCustomizations>: kept as is, not editable.`),
    );
    expect(r.report[5].line).toBe(2);
    expect(r.report[MAX_REPORTED_NOTES].message).toBe('… and 105 more unknown elements kept as written, not listed one by one.');
  });

  it('counts the rest by kind when they differ', () => {
    const notes = new NoteList(2);
    notes.add('element', 1, 5, 'e1');
    notes.add('text', 3, 1, 't');
    notes.add('element', 4, 1, 'e2');
    notes.add('attribute', 1, 1, 'a');
    const report = notes.report();
    expect(report.map((n) => n.message)).toEqual(['a', 'e1', '… and 2 more things kept as written, not listed one by one: 1 unknown element, 1 text.']);
    expect(report[2]).toMatchObject({ line: 3, column: 1, more: 2 });
  });

  it('keeps notes at one position in the order they came', () => {
    const notes = new NoteList(3);
    for (const m of ['a', 'b', 'c', 'd']) notes.add('attribute', 2, 1, m);
    expect(notes.report().map((n) => n.message)).toEqual(['a', 'b', 'c', '… and 1 more unknown attribute kept as written, not listed one by one.']);
  });
});
