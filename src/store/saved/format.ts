// The saved workspace's format: one header record per document plus one record per part (records.ts) and a
// small meta record, with a format version and a table of migrations. Pure: it only checks and converts what
// IndexedDB handed back (decode.ts reads it into documents).
//
// Documents are stored as the model object (IndexedDB's structured clone), not as XML text: keys survive, so
// the selected part, and every reference by key, come back exactly. The XML is derived and cheap to rebuild.

import type { AnswerFile } from '../../model/types.ts';
import type { PartRef } from '../../model/refs.ts';
import { documentWrite } from './records.ts';
import type { SavedSims } from './saved-sims.ts';

/**
 * The format this build writes. Bump it and add a migration from the previous version when the shape changes.
 * 1: one record per document holding the whole model. 2: a header per document plus one record per part
 * (records.ts), so that a save writes only what changed.
 */
export const FORMAT_VERSION = 2;

/**
 * The meta record: which document was open and which part of it was selected, and the saved simulated SIMs by
 * document id (saved-sims.ts). `simulations` is optional, so format 2 data written before it simply lacks it: no
 * new format version.
 */
export interface StoredMeta {
  readonly formatVersion: number;
  readonly currentId?: string;
  readonly selection?: PartRef;
  readonly simulations?: SavedSims;
  /** Strict mode (the problems panel's switch); absent = off. */
  readonly strict?: boolean;
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
