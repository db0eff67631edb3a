// Parses an answer file in a Web Worker (src/xml/parse-worker.ts), so that reading, decoding and parsing a
// large file never blocks the page; reports progress. Falls back to the main thread when no worker starts.

import type { AnswerFile } from '../model/types.ts';
import { counterKeys } from '../model/ids.ts';
import { fromXml } from '../xml/parse.ts';
import { fragmentsOf } from '../xml/serialize.ts';
import type { ImportError, ImportNote } from '../xml/parse-types.ts';
import { DocAssembler, type ParseMessage, type ParseRequest } from '../xml/parse-transfer.ts';
import { readTextFile } from './read-file.ts';

export type ParsedFile = { readonly ok: true; readonly doc: AnswerFile; readonly report: readonly ImportNote[] } | { readonly ok: false; readonly error: ImportError };

export interface Progress {
  readonly phase: 'read' | 'parse';
  /** 0..1 */
  readonly fraction: number;
}

/** Reads and parses `input` (a file, or text already read) off the main thread where possible. */
export async function parseInWorker(input: Blob | string, keyPrefix: string, onProgress: (p: Progress) => void): Promise<ParsedFile> {
  const viaWorker = await tryWorker(input, keyPrefix, onProgress);
  if (viaWorker) {
    // The worker sends each part's XML along; when that failed, write it here a slice at a time before the
    // document is shown, so that the preview's first serialization is not one long task.
    if (viaWorker.ok && !viaWorker.primed) await serializeInSlices(viaWorker.doc);
    return strip(viaWorker);
  }
  // No worker (blocked, unsupported, failed to load): parse here, as before.
  let text: string;
  try {
    text = typeof input === 'string' ? input : await readTextFile(input);
  } catch (e) {
    return { ok: false, error: { code: 'not-well-formed', message: `The file could not be read: ${e instanceof Error ? e.message : String(e)}` } };
  }
  const r = fromXml(text, { keys: counterKeys(keyPrefix) });
  if (!r.ok) return r;
  await serializeInSlices(r.doc);
  return { ok: true, doc: r.doc, report: r.report };
}

/** Parts serialized per task when the worker's texts are missing. */
const SLICE = 100;

/** Fills the serializer's caches for `doc`'s parts, SLICE parts per task, yielding to the page between tasks. */
export async function serializeInSlices(doc: AnswerFile): Promise<void> {
  const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  if (doc.imports) fragmentsOf('imports', [doc.imports]);
  if (doc.static) fragmentsOf('static', [doc.static]);
  const targets = doc.targets?.targets ?? [];
  for (let i = 0; i < targets.length; i += SLICE) {
    await pause();
    fragmentsOf('target', targets.slice(i, i + SLICE));
  }
  for (let i = 0; i < doc.variants.length; i += SLICE) {
    await pause();
    fragmentsOf('variant', doc.variants.slice(i, i + SLICE));
  }
}

function strip(r: ParsedFile | WorkerResult): ParsedFile {
  return r.ok ? { ok: true, doc: r.doc, report: r.report } : r;
}

type WorkerResult = (ParsedFile & { readonly ok: false }) | { readonly ok: true; readonly doc: AnswerFile; readonly report: readonly ImportNote[]; readonly primed: boolean };

/** The worker's result, or null when the worker could not start or failed before answering. */
function tryWorker(input: Blob | string, keyPrefix: string, onProgress: (p: Progress) => void): Promise<WorkerResult | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../xml/parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const doc = new DocAssembler();
    const finish = (r: WorkerResult | null) => {
      worker.terminate();
      resolve(r);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      finish(null);
    };
    worker.onmessageerror = () => finish(null);
    worker.onmessage = (e: MessageEvent<ParseMessage>) => {
      const m = e.data;
      switch (m.type) {
        case 'progress':
          onProgress({ phase: m.phase, fraction: m.total > 0 ? m.done / m.total : 0 });
          return;
        case 'refused':
          finish({ ok: false, error: m.error });
          return;
        case 'done': {
          const result = doc.result();
          finish(result ? { ok: true, doc: result, report: doc.report, primed: doc.primed } : null);
          return;
        }
        default:
          doc.add(m);
      }
    };
    const req: ParseRequest = typeof input === 'string' ? { text: input, keyPrefix } : { file: input, keyPrefix };
    worker.postMessage(req);
  });
}
