import { describe, expect, it } from 'vitest';
import { assembleDocument, documentWrite, partsById, type StoredPart } from '../../../src/store/saved/records.ts';
import { splitPartIds } from '../../../src/lib/storage.ts';
import { createFoundingDocument } from '../../../src/model/founding.ts';
import { counterKeys } from '../../../src/model/ids.ts';
import type { AnswerFile } from '../../../src/model/types.ts';

const doc = createFoundingDocument(counterKeys('r'));
const times = { createdAt: 10, updatedAt: 20 };

/** The part records of a write, by part id (as storage would hand them back). */
const recordsOf = (...writes: { parts: readonly (readonly [string, StoredPart])[] }[]) => new Map(writes.flatMap((w) => w.parts));

describe('documentWrite', () => {
  it('splits a document into a header (root fields, targets shell, part ids in order) and one record per part', () => {
    const w = documentWrite('a', doc, times, 1, undefined, 's');
    const kinds = [...(doc.imports ? ['imports'] : []), ...(doc.targets?.targets ?? []).map(() => 'target'), ...(doc.static ? ['static'] : []), ...doc.variants.map(() => 'variant')];
    expect(w.parts.map(([, p]) => p.kind)).toEqual(kinds);
    expect(w.removed).toBeNull();
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
    const second = documentWrite('a', edited, times, 2, first.layout, 's2');
    expect(second.parts).toHaveLength(1);
    expect(second.removed).toEqual([first.layout.variants.ids[0]]);
    expect(second.layout.targets).toBe(first.layout.targets);
    expect(second.parts[0]![1]).toEqual({ kind: 'variant', value: edited.variants[0] });
    expect(second.header.owner).toBe('Contoso');
    // Untouched parts keep their ids; the changed one has a new id in the same place.
    const [before, after] = [splitPartIds(first.header.parts), splitPartIds(second.header.parts)];
    expect(after.filter((p, i) => p !== before[i])).toEqual([second.parts[0]![0]]);
    expect(after[before.indexOf(first.layout.variants.ids[0]!)]).toBe(second.parts[0]![0]);
  });

  it('writes only the header when only root fields changed', () => {
    const first = documentWrite('a', doc, times, 1, undefined, 's1');
    const second = documentWrite('a', { ...doc, name: 'Renamed' }, times, 2, first.layout, 's2');
    expect([second.parts, second.removed]).toEqual([[], []]);
    expect(second.header.parts).toBe(first.header.parts);
  });

  it('keeps the ids of parts that moved, writes added parts and names removed ones', () => {
    const first = documentWrite('a', doc, times, 1, undefined, 's1');
    const [v0, ...rest] = doc.variants;
    const added = { ...v0!, key: 'new' as never };
    const next: AnswerFile = { ...doc, variants: [...rest, added] };
    const second = documentWrite('a', next, times, 2, first.layout, 's2');
    expect(second.parts.map(([, p]) => p.value)).toEqual([added]);
    if (rest.length > 0) {
      // Same length, but every position changed: compared index by index, the moved parts are written again.
      expect(second.removed).toContain(first.layout.variants.ids[0]);
    }
    const shorter = documentWrite('a', { ...doc, variants: rest }, times, 2, first.layout, 's3');
    expect(shorter.parts).toEqual([]);
    expect(shorter.removed).toEqual([first.layout.variants.ids[0]]);
    expect(shorter.layout.variants.ids).toEqual(first.layout.variants.ids.slice(1));
  });
});

describe('assembleDocument', () => {
  it('reads back the same document, with the part ids of its parts', () => {
    const w = documentWrite('a', doc, times, 3, undefined, 's');
    const records = recordsOf(w);
    const read = assembleDocument(w.header, (id) => records.get(id));
    expect(read?.doc).toEqual(doc);
    expect(read).toMatchObject({ id: 'a', revision: 3, createdAt: 10, updatedAt: 20 });
    expect(read!.layout.variants.ids).toEqual(w.layout.variants.ids);
    expect(read!.layout.variants.items).toBe(read!.doc.variants);
    expect(read!.layout.targets.items).toBe(read!.doc.targets!.targets);
    // Saving what was read writes nothing but the header.
    expect(documentWrite('a', read!.doc, times, 4, read!.layout, 't').parts).toEqual([]);
    // What a reader holds, by part id.
    expect(partsById(read!.layout)).toEqual(records);
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
