// The import report, bounded: the first MAX_REPORTED_NOTES notes in document order one by one, then one summary
// line counting the rest by kind ("… and 399,800 more unknown elements kept as written, not listed one by one").
// A file of 400,000 unknown elements made a 39 MB report; the list kept here never holds more than the limit, so
// neither its memory nor its sorting grows with the file. Notes arrive nearly in document order (an element's
// attribute notes are made when it closes), so a note past the listed ones costs a comparison.

import { MAX_REPORTED_NOTES } from './import-limits.ts';
import type { ImportNote } from './parse-types.ts';
import { groupDigits } from './parse-limits.ts';

/** What a note is about, for the summary's counts. */
export type NoteKind = 'element' | 'misplaced' | 'attribute' | 'text' | 'content';

const KIND_NAMES: { readonly [K in NoteKind]: readonly [one: string, many: string] } = {
  element: ['unknown element', 'unknown elements'],
  misplaced: ['misplaced element', 'misplaced elements'],
  attribute: ['unknown attribute', 'unknown attributes'],
  text: ['text', 'texts'],
  content: ['element with content the schema does not allow', 'elements with content the schema does not allow'],
};

interface Entry {
  readonly note: ImportNote;
  readonly kind: NoteKind;
}

const before = (a: ImportNote, b: ImportNote) => a.line < b.line || (a.line === b.line && a.column < b.column);

export class NoteList {
  /** The first notes in document order (notes at one position in the order they came), at most `limit`. */
  private readonly listed: Entry[] = [];
  /** Notes not listed, by kind. */
  private readonly unlisted = new Map<NoteKind, number>();
  /** The first note not listed, in document order: where the summary line points. */
  private firstUnlisted: ImportNote | undefined;

  constructor(private readonly limit = MAX_REPORTED_NOTES) {}

  add(kind: NoteKind, line: number, column: number, message: string): void {
    const note: ImportNote = { message, line, column };
    const { listed } = this;
    const last = listed.at(-1);
    if (listed.length === this.limit && last && !before(note, last.note)) {
      this.drop(kind, note);
      return;
    }
    // After every listed note not after this one (stable for equal positions), from the end: notes come nearly in order.
    let at = listed.length;
    while (at > 0 && before(note, listed[at - 1].note)) at--;
    listed.splice(at, 0, { note, kind });
    if (listed.length > this.limit) {
      const out = listed.pop()!;
      this.drop(out.kind, out.note);
    }
  }

  /** The report: the listed notes, then the summary of the rest when there is any. */
  report(): readonly ImportNote[] {
    const notes = this.listed.map((e) => e.note);
    const first = this.firstUnlisted;
    if (!first) return notes;
    let total = 0;
    for (const n of this.unlisted.values()) total += n;
    // Kinds in a fixed order (KIND_NAMES'), not the order they were first dropped in.
    const kinds = (Object.keys(KIND_NAMES) as NoteKind[]).filter((k) => this.unlisted.has(k));
    const name = (kind: NoteKind, n: number) => KIND_NAMES[kind][n === 1 ? 0 : 1];
    const counts = kinds.map((kind) => `${groupDigits(this.unlisted.get(kind)!)} ${name(kind, this.unlisted.get(kind)!)}`);
    const message =
      kinds.length === 1
        ? `… and ${groupDigits(total)} more ${name(kinds[0], total)} kept as written, not listed one by one.`
        : `… and ${groupDigits(total)} more things kept as written, not listed one by one: ${counts.join(', ')}.`;
    notes.push({ message, line: first.line, column: first.column, more: total });
    return notes;
  }

  private drop(kind: NoteKind, note: ImportNote): void {
    this.unlisted.set(kind, (this.unlisted.get(kind) ?? 0) + 1);
    if (!this.firstUnlisted || before(note, this.firstUnlisted)) this.firstUnlisted = note;
  }
}
