// The messages between the import worker (parse-worker.ts) and the page (lib/parse-in-worker.ts).
// A parsed document is sent in parts: the document without its targets and variants, then those in batches.
// Receiving a structured clone is a main-thread task proportional to its size, so batches keep each task short.
// Each batch also carries its parts' XML fragments, serialized in the worker (fragmentsOf), which the page puts
// in the serializer's caches (primeFragments) so that its first toXml is a join instead of a full serialization.

import type { AnswerFile, Target, Variant } from '../model/types.ts';
import type { ImportError, ImportNote } from './parse-types.ts';
import { fragmentsOf, primeFragments, type Fragments } from './serialize.ts';

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
  | {
      readonly type: 'head';
      readonly doc: AnswerFile;
      readonly report: readonly ImportNote[];
      readonly targets: number;
      readonly variants: number;
      readonly xml?: { readonly imports?: Fragments<'imports'>; readonly static?: Fragments<'static'> };
    }
  | { readonly type: 'targets'; readonly items: readonly Target[]; readonly xml?: Fragments<'target'> }
  | { readonly type: 'variants'; readonly items: readonly Variant[]; readonly xml?: Fragments<'variant'> }
  | { readonly type: 'done' };

/** Targets or variants per message: small enough that receiving one (a structured clone on the page) stays a short task. */
export const BATCH = 50;

/** `make()`, or undefined when it throws: a batch is still sent without its XML, which the page then writes itself. */
function attempt<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/** Splits a parsed document into the messages that carry it; with `xml`, each part's serialized text goes along. */
export function* docMessages(doc: AnswerFile, report: readonly ImportNote[], xml = false): Generator<ParseMessage> {
  const targets = doc.targets?.targets ?? [];
  const head: AnswerFile = { ...doc, variants: [], ...(doc.targets ? { targets: { ...doc.targets, targets: [] } } : {}) };
  const { imports, static: stat } = doc;
  const headXml = xml
    ? {
        ...(imports ? { imports: attempt(() => fragmentsOf('imports', [imports])) } : {}),
        ...(stat ? { static: attempt(() => fragmentsOf('static', [stat])) } : {}),
      }
    : undefined;
  yield { type: 'head', doc: head, report, targets: targets.length, variants: doc.variants.length, ...(headXml ? { xml: headXml } : {}) };
  for (let i = 0; i < targets.length; i += BATCH) {
    const items = targets.slice(i, i + BATCH);
    yield { type: 'targets', items, ...(xml ? { xml: attempt(() => fragmentsOf('target', items)) } : {}) };
  }
  for (let i = 0; i < doc.variants.length; i += BATCH) {
    const items = doc.variants.slice(i, i + BATCH);
    yield { type: 'variants', items, ...(xml ? { xml: attempt(() => fragmentsOf('variant', items)) } : {}) };
  }
  yield { type: 'done' };
}

/** Puts a document back together from its messages (the inverse of docMessages). */
export class DocAssembler {
  private head: AnswerFile | null = null;
  report: readonly ImportNote[] = [];
  private readonly targets: Target[] = [];
  private readonly variants: Variant[] = [];
  /** Whether every part so far came with its XML and primed the serializer's cache with it. */
  primed = true;

  add(m: ParseMessage): void {
    if (m.type === 'head') {
      this.head = m.doc;
      this.report = m.report;
      const { imports, static: stat } = m.doc;
      if (imports && !primeFragments('imports', [imports], m.xml?.imports)) this.primed = false;
      if (stat && !primeFragments('static', [stat], m.xml?.static)) this.primed = false;
    } else if (m.type === 'targets') {
      this.targets.push(...m.items);
      if (!primeFragments('target', m.items, m.xml)) this.primed = false;
    } else if (m.type === 'variants') {
      this.variants.push(...m.items);
      if (!primeFragments('variant', m.items, m.xml)) this.primed = false;
    }
  }

  result(): AnswerFile | null {
    const head = this.head;
    if (!head) return null;
    return { ...head, variants: this.variants, ...(head.targets ? { targets: { ...head.targets, targets: this.targets } } : {}) };
  }
}
