// The stored workspace format: one record per document plus a small meta record, with a format version and
// a table of migrations. Pure: it only checks and converts what IndexedDB handed back.
//
// Documents are stored as the model object (IndexedDB's structured clone), not as XML text: keys survive, so
// the selected part, and every reference by key, come back exactly. The XML is derived and cheap to rebuild.

import type { AnswerFile } from '../model/types.ts';
import type { PartRef } from '../model/refs.ts';
import { targetList } from '../model/answer-file.ts';
import { toXml } from '../xml/serialize.ts';

/** The format this build writes. Bump it and add a migration from the previous version when the shape changes. */
export const FORMAT_VERSION = 1;

/** One document as stored (IndexedDB record, key = id). */
export interface StoredDocument {
  readonly id: string;
  /** The answer file's Name and Owner when it was saved: the document list shows them without the document. */
  readonly name: string;
  readonly owner: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Increments on every write; a tab writes only over the revision it loaded, so nothing is silently overwritten. */
  readonly revision: number;
  readonly doc: AnswerFile;
}

/** The meta record: which document was open and which part of it was selected. */
export interface StoredMeta {
  readonly formatVersion: number;
  readonly currentId?: string;
  readonly selection?: PartRef;
}

/** What storage holds, before it is trusted. */
export interface RawWorkspace {
  readonly meta: unknown;
  readonly documents: readonly unknown[];
}

/** Upgrades a raw workspace written in format `v` to format `v + 1`. May throw on data it cannot read. */
export type Migration = (raw: RawWorkspace) => RawWorkspace;

/** MIGRATIONS[v] upgrades format v to v + 1. Empty while format 1 is the only format there has been. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type Decoded =
  | {
      readonly ok: true;
      readonly meta: StoredMeta;
      readonly documents: readonly StoredDocument[];
      /** Records that could not be read; they are kept as a backup, the rest loads. */
      readonly unreadable: readonly unknown[];
    }
  | { readonly ok: false; readonly reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Runs the migrations from `from` up to `to`. Returns a reason instead of throwing. */
export function migrate(
  raw: RawWorkspace,
  from: number,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  to: number = FORMAT_VERSION,
): { ok: true; raw: RawWorkspace } | { ok: false; reason: string } {
  let current = raw;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, reason: `no migration from format ${v}` };
    try {
      current = step(current);
    } catch (e) {
      return { ok: false, reason: `migration from format ${v} failed: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { ok: true, raw: current };
}

/** Checks and upgrades what storage returned. Never throws. */
export function decodeWorkspace(
  raw: RawWorkspace,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = FORMAT_VERSION,
): Decoded {
  if (raw.meta === undefined && raw.documents.length === 0) {
    return { ok: true, meta: { formatVersion: target }, documents: [], unreadable: [] };
  }
  if (!isObject(raw.meta)) return { ok: false, reason: 'the workspace record is missing or unreadable' };
  const version = raw.meta.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: `unknown format version ${JSON.stringify(version) ?? 'undefined'}` };
  }
  if (version > target) {
    return { ok: false, reason: `it was saved by a newer version of CAF Studio (format ${version}; this one reads ${target})` };
  }
  const migrated = migrate(raw, version, migrations, target);
  if (!migrated.ok) return migrated;
  const meta = migrated.raw.meta;
  if (!isObject(meta)) return { ok: false, reason: 'the workspace record is unreadable after migration' };

  const documents: StoredDocument[] = [];
  const unreadable: unknown[] = [];
  for (const record of migrated.raw.documents) {
    if (isStoredDocument(record)) documents.push(record);
    else unreadable.push(record);
  }
  const ids = new Set(documents.map((d) => d.id));
  const currentId = typeof meta.currentId === 'string' && ids.has(meta.currentId) ? meta.currentId : documents[0]?.id;
  const current = documents.find((d) => d.id === currentId);
  const selection = current && isPartRef(meta.selection) && partExists(current.doc, meta.selection) ? meta.selection : undefined;
  return { ok: true, meta: { formatVersion: target, currentId, selection }, documents, unreadable };
}

/** A record is readable when its fields have their types and its document serializes (the editor's own check). */
export function isStoredDocument(v: unknown): v is StoredDocument {
  if (!isObject(v)) return false;
  if (typeof v.id !== 'string' || v.id === '') return false;
  if (typeof v.name !== 'string' || typeof v.owner !== 'string') return false;
  if (!isFiniteNumber(v.createdAt) || !isFiniteNumber(v.updatedAt) || !isFiniteNumber(v.revision)) return false;
  if (!isObject(v.doc) || !Array.isArray(v.doc.variants)) return false;
  try {
    return typeof toXml(v.doc as unknown as AnswerFile) === 'string';
  } catch {
    return false;
  }
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function isPartRef(v: unknown): v is PartRef {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'document':
    case 'imports':
    case 'static':
      return true;
    case 'target':
    case 'variant':
      return typeof v.key === 'string';
    default:
      return false;
  }
}

/** Whether the part still exists in `doc` (a selection restored or kept across a reload). */
export function partExists(doc: AnswerFile, part: PartRef): boolean {
  switch (part.kind) {
    case 'document':
      return true;
    case 'imports':
      return !!doc.imports;
    case 'static':
      return !!doc.static;
    case 'target':
      return targetList(doc).some((t) => t.key === part.key);
    case 'variant':
      return doc.variants.some((v) => v.key === part.key);
  }
}

/** The record for `doc` as of `now`. */
export function toStoredDocument(
  id: string,
  doc: AnswerFile,
  times: { readonly createdAt: number; readonly updatedAt: number },
  revision: number,
): StoredDocument {
  return { id, name: doc.name ?? '', owner: doc.owner ?? '', createdAt: times.createdAt, updatedAt: times.updatedAt, revision, doc };
}

/** A backup of unreadable data as JSON text the user can download (values JSON cannot hold are described). */
export function backupText(reason: string, data: unknown, at: number): string {
  const seen = new WeakSet<object>();
  try {
    return JSON.stringify(
      { savedBy: 'CAF Studio', reason, backedUpAt: new Date(at).toISOString(), data },
      (_k, v: unknown) => {
        if (typeof v === 'bigint') return v.toString();
        if (typeof v === 'function' || typeof v === 'symbol') return String(v);
        if (typeof v === 'object' && v !== null) {
          if (seen.has(v)) return '[circular]';
          seen.add(v);
        }
        return v;
      },
      2,
    );
  } catch (e) {
    return JSON.stringify({ savedBy: 'CAF Studio', reason, error: String(e), data: String(data) });
  }
}
