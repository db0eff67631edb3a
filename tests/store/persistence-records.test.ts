import { describe, expect, it } from 'vitest';
import { assembleDocument, documentWrite, partsOf, type StoredPart } from '../../src/store/persistence-records.ts';
import { splitPartIds } from '../../src/lib/storage.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { counterKeys } from '../../src/model/ids.ts';
import type { AnswerFile } from '../../src/model/types.ts';

const doc = createFoundingDocument(counterKeys('r'));
const times = { createdAt: 10, updatedAt: 20 };

/** The part records of a write, by part id (as storage would hand them back). */
const recordsOf = (...writes: { parts: readonly (readonly [string, StoredPart])[] }[]) => new Map(writes.flatMap((w) => w.parts));

describe('documentWrite', () => {
  it('splits a document into a header (root fields, targets shell, part ids in order) and one record per part', () => {
    const w = documentWrite('a', doc, times, 1, undefined, 's');
    expect(w.parts.map(([, p]) => p.kind)).toEqual(partsOf(doc).map((p) => p.kind));
    expect(w.header).toMatchObject({ id: 'a', name: doc.name, owner: '', createdAt: 10, updatedAt: 20, revision: 1 });
    expect(splitPartIds(w.header.parts)).toEqual(w.parts.map(([id]) => id));
    expect(w.header.root).not.toHaveProperty('variants');
    expect(w.header.root).not.toHaveProperty('targets');
    expect(w.header.targets).not.toHaveProperty('targets');
    expect(new Set(splitPartIds(w.header.parts)).size).toBe(w.parts.length);
  });

  it('writes only the parts whose object differs from the stored copy', () => {
    const first = documentWrite('a', doc, times, 1, undefined, 's1');
    const variant = doc.variants[0]!;
    const edited: AnswerFile = { ...doc, owner: 'Contoso', variants: [{ ...variant, name: 'Changed' }, ...doc.variants.slice(1)] };
    const second = documentWrite('a', edited, times, 2, first.partIds, 's2');
    expect(second.parts).toHaveLength(1);
    expect(second.parts[0]![1]).toEqual({ kind: 'variant', value: edited.variants[0] });
    expect(second.header.owner).toBe('Contoso');
    // Untouched parts keep their ids; the changed one has a new id in the same place.
    const [before, after] = [splitPartIds(first.header.parts), splitPartIds(second.header.parts)];
    expect(after.filter((p, i) => p !== before[i])).toEqual([second.parts[0]![0]]);
    expect(after[before.indexOf(first.partIds.get(variant)!)]).toBe(second.parts[0]![0]);
  });

  it('writes only the header when only root fields changed', () => {
    const first = documentWrite('a', doc, times, 1, undefined, 's1');
    expect(documentWrite('a', { ...doc, name: 'Renamed' }, times, 2, first.partIds, 's2').parts).toEqual([]);
  });
});

describe('assembleDocument', () => {
  it('reads back the same document, with the part ids of its parts', () => {
    const w = documentWrite('a', doc, times, 3, undefined, 's');
    const records = recordsOf(w);
    const read = assembleDocument(w.header, (id) => records.get(id));
    expect(read?.doc).toEqual(doc);
    expect(read).toMatchObject({ id: 'a', revision: 3, createdAt: 10, updatedAt: 20 });
    expect(read!.partIds.get(read!.doc.variants[0]!)).toBe(w.partIds.get(doc.variants[0]!));
  });

  it('reads a document without targets, static or imports', () => {
    const bare: AnswerFile = { name: 'x', variants: [] };
    const w = documentWrite('b', bare, times, 1, undefined, 's');
    expect(assembleDocument(w.header, () => undefined)?.doc).toEqual(bare);
  });

  it('refuses a header with a missing part, a part of an unknown kind, or fields of the wrong type', () => {
    const w = documentWrite('a', doc, times, 1, undefined, 's');
    const records = recordsOf(w);
    const missing = splitPartIds(w.header.parts)[1]!;
    expect(assembleDocument(w.header, (id) => (id === missing ? undefined : records.get(id)))).toBeNull();
    expect(assembleDocument(w.header, (id) => ({ ...(records.get(id) as object), kind: 'other' }))).toBeNull();
    expect(assembleDocument({ ...w.header, revision: '1' }, (id) => records.get(id))).toBeNull();
    expect(assembleDocument({ ...w.header, parts: ['a'] }, (id) => records.get(id))).toBeNull();
    expect(assembleDocument('text', () => undefined)).toBeNull();
    // A target part needs the header's Targets section.
    const { targets: _t, ...noTargets } = w.header;
    expect(assembleDocument(noTargets, (id) => records.get(id))).toBeNull();
  });
});
