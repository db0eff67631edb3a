// Reads the saved workspace as storage returned it: upgrades it (format.ts), then checks each document record
// and its parts (records.ts) and sets apart what cannot be read. Pure apart from loading the serializer for the
// check (loadDocumentCheck). Never throws.

import type { AnswerFile } from '../../model/types.ts';
import { isPartRef, partExists } from '../../model/refs.ts';
import { assembleDocument, type StoredDocument } from './records.ts';
import { readSavedSims } from './saved-sims.ts';
import { FORMAT_VERSION, MIGRATIONS, migrate, type Migration, type RawRecord, type RawWorkspace, type StoreRecord, type StoredMeta } from './format.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/** Whether a stored document can be used: the editor's own check is that it serializes (loadDocumentCheck). */
export type DocumentCheck = (doc: AnswerFile) => boolean;

/**
 * The check, with the serializer loaded on first use: the XML code is not part of the first screen's
 * JavaScript, and a first visit has no stored document to check.
 */
export async function loadDocumentCheck(): Promise<DocumentCheck> {
  const { toXml } = await import('../../xml/serialize.ts');
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
  // Documents and no workspace record: the page went away (or the disk was full) between a first document's save
  // and the record's. Such documents are of this version (earlier ones always wrote the record first): they load,
  // the first one open, rather than all going to a backup.
  if (raw.meta === undefined) raw = { ...raw, meta: { formatVersion: target } };
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
    meta: { formatVersion: target, currentId, selection, ...savedSimsOf(meta.simulations, readable), ...(meta.strict === true ? { strict: true } : {}) },
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

/** The saved SIMs of the readable documents, as a meta field present only when there are some. */
function savedSimsOf(raw: unknown, readable: ReadonlySet<string>): Pick<StoredMeta, 'simulations'> {
  const simulations = readSavedSims(raw, readable);
  return Object.keys(simulations).length > 0 ? { simulations } : {};
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
