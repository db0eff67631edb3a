// The messages between the import worker (parse-worker.ts) and the page (lib/parse-in-worker.ts).
// A parsed document is sent in parts: the document without its targets and variants, then those in batches.
// Receiving a structured clone is a main-thread task proportional to its size, so batches keep each task short.

import type { AnswerFile, Target, Variant } from '../model/types.ts';
import type { ImportError, ImportNote } from './parse-types.ts';

export interface ParseRequest {
  /** The file to read and decode in the worker, or text already read. */
  readonly file?: Blob;
  readonly text?: string;
  /** Keys are `${keyPrefix}${n}`, so they cannot clash with keys minted on the page. */
  readonly keyPrefix: string;
  readonly maxBytes?: number;
}

export type ParseMessage =
  | { readonly type: 'progress'; readonly phase: 'read' | 'parse'; readonly done: number; readonly total: number }
  | { readonly type: 'refused'; readonly error: ImportError }
  | { readonly type: 'head'; readonly doc: AnswerFile; readonly report: readonly ImportNote[]; readonly targets: number; readonly variants: number }
  | { readonly type: 'targets'; readonly items: readonly Target[] }
  | { readonly type: 'variants'; readonly items: readonly Variant[] }
  | { readonly type: 'done' };

/** Targets or variants per message. */
export const BATCH = 250;

/** Splits a parsed document into the messages that carry it. */
export function* docMessages(doc: AnswerFile, report: readonly ImportNote[]): Generator<ParseMessage> {
  const targets = doc.targets?.targets ?? [];
  const head: AnswerFile = { ...doc, variants: [], ...(doc.targets ? { targets: { ...doc.targets, targets: [] } } : {}) };
  yield { type: 'head', doc: head, report, targets: targets.length, variants: doc.variants.length };
  for (let i = 0; i < targets.length; i += BATCH) yield { type: 'targets', items: targets.slice(i, i + BATCH) };
  for (let i = 0; i < doc.variants.length; i += BATCH) yield { type: 'variants', items: doc.variants.slice(i, i + BATCH) };
  yield { type: 'done' };
}

/** Puts a document back together from its messages (the inverse of docMessages). */
export class DocAssembler {
  private head: AnswerFile | null = null;
  report: readonly ImportNote[] = [];
  private readonly targets: Target[] = [];
  private readonly variants: Variant[] = [];

  add(m: ParseMessage): void {
    if (m.type === 'head') {
      this.head = m.doc;
      this.report = m.report;
    } else if (m.type === 'targets') this.targets.push(...m.items);
    else if (m.type === 'variants') this.variants.push(...m.items);
  }

  result(): AnswerFile | null {
    const head = this.head;
    if (!head) return null;
    return { ...head, variants: this.variants, ...(head.targets ? { targets: { ...head.targets, targets: this.targets } } : {}) };
  }
}
