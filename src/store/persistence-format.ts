// The stored workspace format: one record per document plus a small meta record, with a format version and
// a table of migrations. Pure: it only checks and converts what IndexedDB handed back.
//
// Documents are stored as the model object (IndexedDB's structured clone), not as XML text: keys survive, so
// the selected part, and every reference by key, come back exactly. The XML is derived and cheap to rebuild.

import type { AnswerFile } from '../model/types.ts';
import type { PartRef } from '../model/refs.ts';
import { targetList } from '../model/answer-file.ts';
import { assembleDocument, documentWrite, type StoredDocument } from './persistence-records.ts';

export type { StoredDocument } from './persistence-records.ts';

/**
 * The format this build writes. Bump it and add a migration from the previous version when the shape changes.
 * 1: one record per document holding the whole model. 2: a header per document plus one record per part
 * (persistence-records.ts), so that a save writes only what changed.
 */
export const FORMAT_VERSION = 2;

/** The meta record: which document was open and which part of it was selected. */
export interface StoredMeta {
  readonly formatVersion: number;
  readonly currentId?: string;
  readonly selection?: PartRef;
}

/** A record with its key. */
export interface RawRecord {
  readonly key: unknown;
  readonly value: unknown;
}

/** A record to store: a header (key = document id) or a part (key = [document id, part id]). */
export interface StoreRecord {
  readonly key: string | [string, string];
  readonly value: unknown;
}

/** What storage holds, before it is trusted. */
export interface RawWorkspace {
  readonly meta: unknown;
  readonly documents: readonly unknown[];
  /** Part records (format 2 on; key = [document id, part id]). */
  readonly parts?: readonly RawRecord[];
}

/** Upgrades a raw workspace written in format `v` to format `v + 1`. May throw on data it cannot read. */
export type Migration = (raw: RawWorkspace) => RawWorkspace;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A format 1 document record: `{ id, name, owner, createdAt, updatedAt, revision, doc }`. */
function isFormat1Document(v: unknown): v is { id: string; createdAt: number; updatedAt: number; revision: number; doc: AnswerFile } {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    typeof v.createdAt === 'number' &&
    typeof v.updatedAt === 'number' &&
    typeof v.revision === 'number' &&
    isObject(v.doc) &&
    Array.isArray(v.doc.variants)
  );
}

/** Format 1 to 2: each whole-document record becomes a header and its part records; others stay as they were. */
export function splitDocuments(raw: RawWorkspace): RawWorkspace {
  const documents: unknown[] = [];
  const parts: RawRecord[] = [...(raw.parts ?? [])];
  for (const rec of raw.documents) {
    if (!isFormat1Document(rec)) {
      documents.push(rec); // kept as it was: decoding sets it apart as unreadable
      continue;
    }
    const w = documentWrite(rec.id, rec.doc, rec, rec.revision, undefined, `${rec.revision}.m`);
    documents.push(w.header);
    for (const [partId, part] of w.parts) parts.push({ key: [rec.id, partId], value: part });
  }
  return { meta: { ...(raw.meta as object), formatVersion: 2 }, documents, parts };
}

/** MIGRATIONS[v] upgrades format v to v + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: splitDocuments };

export type Decoded =
  | {
      readonly ok: true;
      readonly meta: StoredMeta;
      readonly documents: readonly StoredDocument[];
      /** Records that could not be read; they are kept as a backup, the rest loads. */
      readonly unreadable: readonly unknown[];
      /** The part records stored with the unreadable documents (kept in the backup with them). */
      readonly unreadableParts: readonly RawRecord[];
      /** Part records no header lists that no save in progress can still list (left by a save cut short). */
      readonly orphans: readonly { readonly id: string; readonly partIds: readonly string[] }[];
      /** Set when the data was migrated: the records to store in place of the old ones (readable documents only). */
      readonly rewrite?: { readonly documents: readonly StoreRecord[]; readonly parts: readonly StoreRecord[] };
    }
  | { readonly ok: false; readonly reason: string };

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

/** Whether a stored document can be used: the editor's own check is that it serializes (loadDocumentCheck). */
export type DocumentCheck = (doc: AnswerFile) => boolean;

/**
 * The check, with the serializer loaded on first use: the XML code is not part of the first screen's
 * JavaScript, and a first visit has no stored document to check.
 */
export async function loadDocumentCheck(): Promise<DocumentCheck> {
  const { toXml } = await import('../xml/serialize.ts');
  return (doc) => {
    try {
      return typeof toXml(doc) === 'string';
    } catch {
      return false;
    }
  };
}

export interface DecodeOptions {
  readonly serializes: DocumentCheck;
  readonly migrations?: Readonly<Record<number, Migration>>;
  readonly target?: number;
}

/** Checks and upgrades what storage returned. Never throws. */
export function decodeWorkspace(raw: RawWorkspace, options: DecodeOptions): Decoded {
  const { serializes, migrations = MIGRATIONS, target = FORMAT_VERSION } = options;
  if (raw.meta === undefined && raw.documents.length === 0) {
    return { ok: true, meta: { formatVersion: target }, documents: [], unreadable: [], unreadableParts: [], orphans: [] };
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

  const partsByDocument = groupParts(migrated.raw.parts ?? []);
  const documents: StoredDocument[] = [];
  const unreadable: unknown[] = [];
  const headers: StoreRecord[] = [];
  for (const record of migrated.raw.documents) {
    const id = isObject(record) && typeof record.id === 'string' ? record.id : '';
    const own = partsByDocument.get(id);
    const doc = readStoredDocument(record, (partId) => own?.get(partId), serializes);
    if (doc) {
      documents.push(doc);
      headers.push({ key: doc.id, value: record });
    } else unreadable.push(record);
  }
  const ids = new Set(documents.map((d) => d.id));
  const currentId = typeof meta.currentId === 'string' && ids.has(meta.currentId) ? meta.currentId : documents[0]?.id;
  const current = documents.find((d) => d.id === currentId);
  const selection = current && isPartRef(meta.selection) && partExists(current.doc, meta.selection) ? meta.selection : undefined;
  const readable = new Set(documents.map((d) => d.id));
  const unreadableParts = (migrated.raw.parts ?? []).filter(({ key }) => Array.isArray(key) && !readable.has(key[0] as string));
  const result = {
    ok: true as const,
    meta: { formatVersion: target, currentId, selection },
    documents,
    unreadable,
    unreadableParts,
    orphans: documents.map((d) => ({ id: d.id, partIds: orphansOf(d, partsByDocument.get(d.id)) })).filter((o) => o.partIds.length > 0),
  };
  if (version === target) return result;
  const rewrite = {
    documents: headers,
    parts: documents.flatMap((d) => [...(partsByDocument.get(d.id) ?? [])].map(([partId, value]): StoreRecord => ({ key: [d.id, partId], value }))),
  };
  return { ...result, rewrite };
}

/**
 * The parts of `doc` that its header does not list and that no save can list any more: their id's revision is
 * not above the header's (a save in progress in another tab writes parts of a higher revision, or fails).
 */
function orphansOf(doc: StoredDocument, parts: ReadonlyMap<string, unknown> | undefined): string[] {
  const sections = Object.values(doc.layout) as { readonly ids: readonly string[] }[];
  // A readable document's listed parts are all there: when there are no more parts than that, none is an orphan.
  if (!parts || parts.size <= sections.reduce((n, section) => n + section.ids.length, 0)) return [];
  const listed = new Set(sections.flatMap((section) => section.ids));
  return [...parts.keys()].filter((partId) => {
    const dot = partId.indexOf('.');
    const revision = dot > 0 ? Number(partId.slice(0, dot)) : NaN;
    return !listed.has(partId) && Number.isFinite(revision) && revision <= doc.revision;
  });
}

/** The part records by document id, then by part id. */
function groupParts(parts: readonly RawRecord[]): Map<string, Map<string, unknown>> {
  const byDocument = new Map<string, Map<string, unknown>>();
  for (const { key, value } of parts) {
    if (!Array.isArray(key) || typeof key[0] !== 'string' || typeof key[1] !== 'string') continue;
    let own = byDocument.get(key[0]);
    if (!own) byDocument.set(key[0], (own = new Map()));
    own.set(key[1], value);
  }
  return byDocument;
}

/**
 * The document a header and its parts describe, when it is readable: its fields have their types, every part
 * is there, and the document serializes (the editor's own check). `part(id)` returns a part record.
 */
export function readStoredDocument(header: unknown, part: (partId: string) => unknown, serializes: DocumentCheck): StoredDocument | null {
  const stored = assembleDocument(header, part);
  return stored && serializes(stored.doc) ? stored : null;
}

export function isPartRef(v: unknown): v is PartRef {
  if (!isObject(v)) return false;
  switch (v.kind) {
    case 'document':
    case 'imports':
    case 'matrix':
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
    case 'matrix':
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
