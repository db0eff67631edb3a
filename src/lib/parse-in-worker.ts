// Parses an answer file in a Web Worker (src/xml/parse-worker.ts), so that reading, decoding and parsing a
// large file never blocks the page; reports progress. The document is returned as soon as it is whole; its
// XML follows (ParsedFile.texts). Falls back to the main thread when no worker starts.

import type { AnswerFile } from '../model/types.ts';
import { counterKeys } from '../model/ids.ts';
import { fromXml } from '../xml/parse.ts';
import type { ImportError, ImportNote } from '../xml/parse-types.ts';
import type { DecodedXml } from '../xml/decode.ts';
import { documentSizeError } from '../xml/size-limit.ts';
import { DocAssembler, type ParseMessage, type ParseRequest, type WarmUpRequest } from '../xml/parse-transfer.ts';
import { readTextFile } from './read-file.ts';
import { layoutText } from '../xml/layout/layout-text.ts';
import { joinInAdvance, serializeInSlices } from './serialize-in-slices.ts';

export type ParsedFile =
  | {
      readonly ok: true;
      readonly doc: AnswerFile;
      readonly report: readonly ImportNote[];
      /**
       * Settles once the serializer's caches hold every part's XML (sent by the worker after the parts, or else
       * written here a slice at a time): until then, serializing `doc` would be one long task on the page.
       */
      readonly texts: Promise<void>;
      /** The text the document was read from, as its layout keeps it (xml/layout/layout-text.ts). */
      readonly source: string;
    }
  | { readonly ok: false; readonly error: ImportError };

export interface Progress {
  readonly phase: 'read' | 'parse';
  /** 0..1 */
  readonly fraction: number;
}

/** Reads and parses `input` (a file, or text already read) off the main thread where possible. */
export async function parseInWorker(input: Blob | string, keyPrefix: string, onProgress: (p: Progress) => void): Promise<ParsedFile> {
  const viaWorker = await tryWorker(input, keyPrefix, onProgress);
  if (viaWorker) {
    if (!viaWorker.ok) return viaWorker;
    const { doc, report, primed, source } = viaWorker;
    // The worker sends each part's XML after the parts; when that failed, write it here a slice at a time.
    return { ok: true, doc, report, source, texts: primed.then((all) => (all ? joinInAdvance(doc) : serializeInSlices(doc))) };
  }
  // No worker (blocked, unsupported, failed to load): parse here, as before.
  let decoded: DecodedXml;
  try {
    decoded = typeof input === 'string' ? { ok: true, text: input, encoding: 'utf-8', bom: false, notes: [] } : await readTextFile(input);
  } catch (e) {
    return { ok: false, error: { code: 'not-well-formed', message: `The file could not be read: ${e instanceof Error ? e.message : String(e)}` } };
  }
  if (!decoded.ok) return decoded;
  const r = fromXml(decoded.text, { keys: counterKeys(keyPrefix) });
  if (!r.ok) return r;
  // As in the worker: refused when written out it would be over the limit; the encoding's notes first.
  const tooLarge = documentSizeError(r.doc, decoded.text, undefined, typeof input === 'string' ? undefined : input.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  return { ok: true, doc: r.doc, report: [...decoded.notes, ...r.report], source: layoutText(decoded), texts: serializeInSlices(r.doc) };
}

function startWorker(): Worker {
  return new Worker(new URL('../xml/parse-worker.ts', import.meta.url), { type: 'module' });
}

/** A worker started ahead of the next import; null once taken, or when it failed to start. */
let spare: Worker | null = null;

/**
 * Starts the parse worker ahead of the next import, so that its script is loaded and compiled by the time a file
 * is chosen (~150 ms saved on every import). Call it when the page is idle; it does nothing when one is ready.
 */
export function prepareParseWorker(): void {
  if (spare || typeof Worker === 'undefined') return;
  try {
    const w = startWorker();
    // A spare that fails to load is dropped; an import then starts its own.
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      if (spare === w) spare = null;
    };
    // Parsing a small file now makes the next import run in optimized code from its first byte.
    w.postMessage({ warmUp: true } satisfies WarmUpRequest);
    spare = w;
  } catch {
    spare = null;
  }
}

/** The spare worker (prepareParseWorker) if there is one, else a new one. */
function takeWorker(): Worker {
  const w = spare ?? startWorker();
  spare = null;
  return w;
}

type WorkerResult =
  | (ParsedFile & { readonly ok: false })
  | { readonly ok: true; readonly doc: AnswerFile; readonly report: readonly ImportNote[]; readonly primed: Promise<boolean>; readonly source: string };

/**
 * The worker's result as soon as the document is whole (its XML may still be on its way: `primed` settles when
 * it has arrived, true when every part's XML primed the serializer), or null when the worker could not start
 * or failed before the document was whole.
 */
function tryWorker(input: Blob | string, keyPrefix: string, onProgress: (p: Progress) => void): Promise<WorkerResult | null> {
  let worker: Worker;
  try {
    worker = takeWorker();
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const doc = new DocAssembler();
    let settlePrimed: ((all: boolean) => void) | null = null;
    const primed = new Promise<boolean>((r) => (settlePrimed = r));
    const finish = (r: WorkerResult | null) => {
      worker.terminate();
      // The next import gets a fresh worker, started when the page is idle again.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(prepareParseWorker, { timeout: 5000 });
      resolve(r);
      settlePrimed?.(false);
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
        case 'parsed': {
          const result = doc.result();
          if (!result) return finish(null);
          // Resolving twice is a no-op: from here, finish() only stops the worker and settles `primed`.
          resolve({ ok: true, doc: result, report: doc.report, primed, source: doc.source ?? (typeof input === 'string' ? input : '') });
          return;
        }
        case 'done':
          settlePrimed?.(doc.primed);
          settlePrimed = null;
          finish(null);
          return;
        default:
          doc.add(m);
      }
    };
    const req: ParseRequest = typeof input === 'string' ? { text: input, keyPrefix } : { file: input, keyPrefix };
    worker.postMessage(req);
  });
}
