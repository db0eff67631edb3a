// Saves the documents' baselines (store/baselines.ts) in their own records, written when one changes (an import, a
// download, Reformat), and reads a document's back the first time it is shown after a reload: the preview and
// Download wait for it (xml-pending.ts), so what is downloaded keeps the file's layout from the first moment.
// A baseline record outlives its document within a session (an undone delete finds it again) and is swept at
// the next start.

import type { AnswerFile } from '../../model/types.ts';
import { useBaselines, type Baseline } from '../baselines.ts';
import { useWorkspace } from '../workspace.ts';
import { waitForXml } from '../xml-pending.ts';
import { currentStorage, enqueue } from './copies.ts';

/** Format of a baseline record. */
const FORMAT = 1;

interface BaselineRecord extends Omit<Baseline, 'reference'> {
  readonly format: number;
  readonly text: string;
  readonly doc: AnswerFile;
}

/** Baselines as read or written: a change to one of these is not written again. */
const stored = new Map<string, Baseline | undefined>();
/** Documents whose baseline has been asked of storage, or that have none there. */
const asked = new Set<string>();
/** Documents with a baseline record in storage (read at start, kept up to date by this tab's writes). */
const inStorage = new Set<string>();
/** The reads asked of storage, by document: each settles once its baseline (if any) is in the store. */
const reads = new Map<string, Promise<void>>();

function decode(raw: unknown): Baseline | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Partial<BaselineRecord>;
  if (r.format !== FORMAT || typeof r.text !== 'string' || typeof r.doc !== 'object' || r.doc === null || !Array.isArray(r.doc.variants)) return undefined;
  if (r.kind !== 'opened' && r.kind !== 'downloaded') return undefined;
  return {
    reference: { text: r.text, doc: r.doc },
    kind: r.kind,
    fileName: typeof r.fileName === 'string' ? r.fileName : '',
    at: typeof r.at === 'number' ? r.at : 0,
    reformatted: r.reformatted === true,
  };
}

function encode(b: Baseline): BaselineRecord {
  return { format: FORMAT, text: b.reference.text, doc: b.reference.doc, kind: b.kind, fileName: b.fileName, at: b.at, reformatted: b.reformatted };
}

/** Reads document `id`'s baseline (once per document and page), unless it already has one. */
function fetchBaseline(id: string): void {
  const storage = currentStorage();
  if (!storage || asked.has(id) || !inStorage.has(id) || useBaselines.getState().byId.has(id)) return;
  asked.add(id);
  const read = storage.readBaseline(id).then((raw) => {
    const b = decode(raw);
    if (!b || useBaselines.getState().byId.has(id)) return;
    stored.set(id, b);
    const byId = new Map(useBaselines.getState().byId);
    byId.set(id, b);
    useBaselines.setState({ byId });
  });
  reads.set(id, waitForXml(read));
}

/**
 * Settles once document `id`'s baseline has been read back (at once when it has none in storage or was read):
 * the first frame of a reload waits for the open document's, so that its preview is the text Download writes.
 */
export function baselineRead(id: string): Promise<void> {
  return reads.get(id) ?? Promise.resolve();
}

/**
 * Starts saving baselines and reading them back. `ids` are the documents read at start, `keys` the keys of the
 * baseline records read with them and `others` those of the other per-document records (undo histories): the
 * records of documents not in `ids` (deleted in an earlier session) go.
 */
export function startBaselines(ids: readonly string[], keys: readonly unknown[], others: readonly unknown[] = []): void {
  const storage = currentStorage();
  if (!storage) return;
  const keep = new Set(ids);
  for (const k of keys) if (typeof k === 'string' && keep.has(k)) inStorage.add(k);
  if ([...keys, ...others].some((k) => typeof k !== 'string' || !keep.has(k))) void enqueue(() => storage.sweepBaselines(keep));
  fetchBaseline(useWorkspace.getState().currentId);
  useWorkspace.subscribe((s, prev) => {
    if (s.currentId !== prev.currentId) fetchBaseline(s.currentId);
  });
  useBaselines.subscribe((s, prev) => {
    for (const [id, b] of s.byId) {
      if (prev.byId.get(id) === b || stored.get(id) === b) continue;
      stored.set(id, b);
      asked.add(id);
      inStorage.add(id);
      void enqueue(() => storage.putBaseline(id, encode(b)));
    }
    for (const id of prev.byId.keys()) {
      if (s.byId.has(id)) continue;
      stored.set(id, undefined);
      void enqueue(() => storage.putBaseline(id, undefined));
    }
  });
}
