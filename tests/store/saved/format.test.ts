import { describe, expect, it } from 'vitest';
import { decodeWorkspace, loadDocumentCheck, readStoredDocument } from '../../../src/store/saved/decode.ts';
import { FORMAT_VERSION, migrate, splitDocuments, type Migration, type RawRecord, type RawWorkspace } from '../../../src/store/saved/format.ts';
import { backupText } from '../../../src/store/saved/backup.ts';
import { partExists } from '../../../src/model/refs.ts';
import { documentWrite } from '../../../src/store/saved/records.ts';
import { createFoundingDocument } from '../../../src/model/founding.ts';
import { counterKeys } from '../../../src/model/ids.ts';
import type { PartRef } from '../../../src/model/refs.ts';

/** The app's own check, as boot uses it (it loads the serializer). */
const serializes = await loadDocumentCheck();

const doc = createFoundingDocument(counterKeys('t'));
const targetKey = doc.targets!.targets[0]!.key;
const write = (id: string, revision = 1) => documentWrite(id, doc, { createdAt: 10, updatedAt: 20 }, revision, undefined, `${id}${revision}`);
const record = (id: string, revision = 1) => write(id, revision).header;
/** The part records of documents `ids`, as storage returns them. */
const partsOf = (...ids: string[]): RawRecord[] => ids.flatMap((id) => write(id).parts.map(([partId, value]) => ({ key: [id, partId], value })));
/** A format 1 record: the whole document in one record. */
const format1 = (id: string, revision = 1) => ({ id, name: doc.name ?? '', owner: '', createdAt: 10, updatedAt: 20, revision, doc });

describe('decodeWorkspace', () => {
  it('reads an empty storage as a fresh workspace', () => {
    const d = decodeWorkspace({ meta: undefined, documents: [] }, { serializes });
    expect(d).toEqual({ ok: true, meta: { formatVersion: FORMAT_VERSION }, documents: [], unreadable: [], unreadableParts: [], orphans: [] });
  });

  it('restores the documents, the open one and its selected part', () => {
    const selection: PartRef = { kind: 'target', key: targetKey };
    const d = decodeWorkspace({ meta: { formatVersion: FORMAT_VERSION, currentId: 'b', selection }, documents: [record('a'), record('b')], parts: partsOf('a', 'b') }, { serializes });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.documents.map((r) => r.id)).toEqual(['a', 'b']);
    expect(d.meta.currentId).toBe('b');
    expect(d.meta.selection).toEqual(selection);
    expect(d.documents[1]!.doc).toEqual(doc);
    expect(d.rewrite).toBeUndefined();
  });

  it('falls back to the first document and drops a selection of a part that no longer exists', () => {
    const d = decodeWorkspace({
      meta: { formatVersion: FORMAT_VERSION, currentId: 'gone', selection: { kind: 'variant', key: 'nope' } },
      documents: [record('a')],
      parts: partsOf('a'),
    }, { serializes });
    expect(d.ok && d.meta).toEqual({ formatVersion: FORMAT_VERSION, currentId: 'a', selection: undefined });
  });

  it('loads documents without a meta record (a first save cut short before it), the first one open', () => {
    const d = decodeWorkspace({ meta: undefined, documents: [record('a')], parts: partsOf('a') }, { serializes });
    expect(d.ok && d.documents.map((r) => r.id)).toEqual(['a']);
    expect(d.ok && d.meta.currentId).toBe('a');
  });

  it.each([
    ['a newer format', { formatVersion: FORMAT_VERSION + 1 }, /newer version of CAF Studio \(format 3; this one reads 2\)/],
    ['a version that is not a number', { formatVersion: 'one' }, /unknown format version "one"/],
    ['a version below 1', { formatVersion: 0 }, /unknown format version 0/],
    ['a meta record that is not an object', 'garbage', /missing or unreadable/],
  ])('refuses %s, with the reason', (_what, meta, reason) => {
    const d = decodeWorkspace({ meta, documents: [record('a')] }, { serializes });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toMatch(reason);
  });

  it('keeps readable documents and sets unreadable records apart', () => {
    const lostPart = record('y');
    const broken = [{ id: 'x', name: 'n', owner: '', createdAt: 1, updatedAt: 1, revision: 1, doc: { variants: 'no' } }, 'text', null, lostPart];
    const d = decodeWorkspace({ meta: { formatVersion: FORMAT_VERSION, currentId: 'x' }, documents: [record('a'), ...broken], parts: partsOf('a').concat(partsOf('y').slice(1)) }, { serializes });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.documents.map((r) => r.id)).toEqual(['a']);
    expect(d.unreadable).toEqual(broken);
    // The parts of an incomplete document go into the backup with it.
    expect(d.unreadableParts).toEqual(partsOf('y').slice(1));
    expect(d.meta.currentId).toBe('a');
  });
});

describe('orphan parts', () => {
  it('names parts no header lists that no save can still list (revision not above the header\'s)', () => {
    const left = [
      { key: ['a', '1.old.0'], value: {} }, // a save of revision 1 cut short: the header is at 1
      { key: ['a', '2.next.0'], value: {} }, // a save of revision 2 may be in progress in another tab
      { key: ['a', 'odd'], value: {} },
    ];
    const d = decodeWorkspace({ meta: { formatVersion: FORMAT_VERSION }, documents: [record('a')], parts: [...partsOf('a'), ...left] }, { serializes });
    expect(d.ok && d.orphans).toEqual([{ id: 'a', partIds: ['1.old.0'] }]);
    const clean = decodeWorkspace({ meta: { formatVersion: FORMAT_VERSION }, documents: [record('a')], parts: partsOf('a') }, { serializes });
    expect(clean.ok && clean.orphans).toEqual([]);
  });
});

describe('readStoredDocument', () => {
  const w = write('a');
  const parts = new Map(w.parts);
  it('assembles a header written by documentWrite', () => {
    expect(readStoredDocument(w.header, (id) => parts.get(id), serializes)?.doc).toEqual(doc);
  });
  it.each([
    ['no id', { ...w.header, id: '' }],
    ['a revision that is not a number', { ...w.header, revision: '3' }],
    ['a root that is not an object', { ...w.header, root: 5 }],
  ])('refuses %s', (_what, value) => {
    expect(readStoredDocument(value, (id) => parts.get(id), serializes)).toBeNull();
  });
  it('refuses a document whose parts cannot be serialized', () => {
    const t = [...parts.keys()].find((id) => parts.get(id)?.kind === 'target')!;
    expect(readStoredDocument(w.header, (id) => (id === t ? { kind: 'target', value: { key: 'k', states: 5 } } : parts.get(id)), serializes)).toBeNull();
  });
});

describe('format 1 to 2', () => {
  it('splits each whole-document record into a header and part records that read back the same document', () => {
    const bad = { id: 'z', doc: 'not a document' };
    const raw: RawWorkspace = { meta: { formatVersion: 1, currentId: 'b' }, documents: [format1('a'), format1('b', 4), bad] };
    const d = decodeWorkspace(raw, { serializes });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.meta).toEqual({ formatVersion: 2, currentId: 'b', selection: undefined });
    expect(d.documents.map((r) => [r.id, r.revision, r.createdAt, r.updatedAt])).toEqual([
      ['a', 1, 10, 20],
      ['b', 4, 10, 20],
    ]);
    expect(d.documents[1]!.doc).toEqual(doc);
    expect(d.unreadable).toEqual([bad]);
    // What to store instead: the readable documents' headers and parts, which decode as format 2.
    expect(d.rewrite?.documents.map((r) => r.key)).toEqual(['a', 'b']);
    const again = decodeWorkspace({ meta: d.meta, documents: d.rewrite!.documents.map((r) => r.value), parts: d.rewrite!.parts }, { serializes });
    expect(again.ok && again.documents.map((r) => r.doc)).toEqual([doc, doc]);
    expect(again.ok && again.rewrite).toBeUndefined();
  });

  it('keeps records it cannot read as they were', () => {
    const odd = { id: 'q', revision: 'x', doc };
    expect(splitDocuments({ meta: { formatVersion: 1 }, documents: [odd] }).documents).toEqual([odd]);
  });
});

describe('migrate', () => {
  const v1: RawWorkspace = { meta: { formatVersion: 1, open: 'a' }, documents: [{ id: 'a' }] };
  const table: Record<number, Migration> = {
    1: (raw) => ({ meta: { ...(raw.meta as object), formatVersion: 2 }, documents: raw.documents }),
    2: (raw) => {
      const { open, ...rest } = raw.meta as { open: string };
      return { meta: { ...rest, formatVersion: 3, currentId: open }, documents: raw.documents };
    },
  };

  it('runs each step in order up to the target version', () => {
    const r = migrate(v1, 1, table, 3);
    expect(r).toEqual({ ok: true, raw: { meta: { formatVersion: 3, currentId: 'a' }, documents: [{ id: 'a' }] } });
  });

  it('is the identity at the current version', () => {
    expect(migrate(v1, 3, table, 3)).toEqual({ ok: true, raw: v1 });
  });

  it('reports a missing step or a step that throws instead of throwing', () => {
    expect(migrate(v1, 1, { 1: table[1]! }, 3)).toEqual({ ok: false, reason: 'no migration from format 2' });
    const r = migrate(v1, 1, { 1: () => { throw new Error('bad shape'); } }, 2);
    expect(r).toEqual({ ok: false, reason: 'migration from format 1 failed: bad shape' });
  });

  it('decodeWorkspace migrates an older format before reading it', () => {
    const table2: Record<number, Migration> = {
      1: (raw) => ({ meta: { formatVersion: 2, currentId: (raw.meta as { open: string }).open }, documents: raw.documents, parts: raw.parts }),
    };
    const d = decodeWorkspace({ meta: { formatVersion: 1, open: 'b' }, documents: [record('a'), record('b')], parts: partsOf('a', 'b') }, { serializes, migrations: table2, target: 2 });
    expect(d.ok && d.meta).toEqual({ formatVersion: 2, currentId: 'b', selection: undefined });
  });
});

describe('partExists', () => {
  it('knows the document, the sections present, and parts by key', () => {
    expect(partExists(doc, { kind: 'document' })).toBe(true);
    expect(partExists(doc, { kind: 'target', key: targetKey })).toBe(true);
    expect(partExists(doc, { kind: 'target', key: 'other' as never })).toBe(false);
    expect(partExists({ variants: [] }, { kind: 'static' })).toBe(false);
  });
});

describe('backupText', () => {
  it('is JSON naming the reason, and survives cycles and odd values', () => {
    const data: Record<string, unknown> = { big: 10n, f: () => 1 };
    data.self = data;
    const parsed = JSON.parse(backupText('why', data, 0));
    expect(parsed).toMatchObject({ savedBy: 'CAF Studio', reason: 'why', backedUpAt: '1970-01-01T00:00:00.000Z' });
    expect(parsed.data).toMatchObject({ big: '10', self: '[circular]' });
  });
});
