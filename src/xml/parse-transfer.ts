// The messages between the import worker (parse-worker.ts) and the page (lib/parse-in-worker.ts).
// A parsed document is sent in parts: its targets and variants in batches (as the parser completes them), then
// the document without them (`head`), then `parsed`: the page can open the document now. Receiving a structured
// clone is a main-thread task
// proportional to its size, so batches keep each task short.
// With `xml`, the parts' XML fragments follow (`texts`, serialized in the worker by fragmentsOf, the slower half
// of the worker's work), which the page puts in the serializer's caches (primeFragments) so that its first toXml
// is a join instead of a full serialization. They come after `parsed` so that opening the document does not wait
// for them; the page's preview does (store/xml-pending.ts).

import type { AnswerFile, Target, Variant } from '../model/types.ts';
import type { ImportError, ImportNote } from './parse-types.ts';
import { fragmentsOf, primeFragments, type Fragments, type PartKind } from './serialize.ts';

export interface ParseRequest {
  /** The file to read and decode in the worker, or text already read. */
  readonly file?: Blob;
  readonly text?: string;
  /** Keys are `${keyPrefix}${n}`, so they cannot clash with keys minted on the page. */
  readonly keyPrefix: string;
  readonly maxBytes?: number;
}

/** Sent to a spare worker while the page is idle: warm the parser up (parse-warm-up.ts); no reply. */
export interface WarmUpRequest {
  readonly warmUp: true;
}

/** The XML of parts `from`… of one kind (a batch's worth), or no `xml` when the worker could not write it. */
export type TextsMessage = { [K in PartKind]: { readonly type: 'texts'; readonly kind: K; readonly from: number; readonly xml?: Fragments<K> } }[PartKind];

export type ParseMessage =
  | { readonly type: 'progress'; readonly phase: 'read' | 'parse'; readonly done: number; readonly total: number }
  | { readonly type: 'refused'; readonly error: ImportError }
  | {
      readonly type: 'head';
      readonly doc: AnswerFile;
      readonly report: readonly ImportNote[];
      readonly targets: number;
      readonly variants: number;
      /** The text the document was read from, as its layout keeps it (layout/layout-text.ts). */
      readonly source?: string;
    }
  | { readonly type: 'targets'; readonly items: readonly Target[] }
  | { readonly type: 'variants'; readonly items: readonly Variant[] }
  /** Every part has been sent: the document is whole. */
  | { readonly type: 'parsed' }
  | TextsMessage
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

/**
 * Sends targets and variants a batch at a time as the parser completes them (ParseOptions.onPart), so that the page
 * takes in a large document while the rest of it is still being parsed. `flush` sends what is left.
 */
export class PartBatcher {
  private targets: Target[] = [];
  private variants: Variant[] = [];

  constructor(private readonly send: (m: ParseMessage) => void) {}

  readonly part = (kind: 'target' | 'variant', part: Target | Variant): void => {
    if (kind === 'target') {
      this.targets.push(part as Target);
      if (this.targets.length === BATCH) this.flushTargets();
    } else {
      this.variants.push(part as Variant);
      if (this.variants.length === BATCH) this.flushVariants();
    }
  };

  flush(): void {
    this.flushTargets();
    this.flushVariants();
  }

  private flushTargets(): void {
    if (this.targets.length > 0) this.send({ type: 'targets', items: this.targets });
    this.targets = [];
  }

  private flushVariants(): void {
    if (this.variants.length > 0) this.send({ type: 'variants', items: this.variants });
    this.variants = [];
  }
}

/**
 * Splits a parsed document into the messages that carry it; with `xml`, each part's serialized text follows. With
 * `partsSent`, its targets and variants have already gone (PartBatcher) and only the rest is sent.
 */
export function* docMessages(doc: AnswerFile, report: readonly ImportNote[], xml = false, partsSent = false, source?: string): Generator<ParseMessage> {
  const targets = doc.targets?.targets ?? [];
  const head: AnswerFile = { ...doc, variants: [], ...(doc.targets ? { targets: { ...doc.targets, targets: [] } } : {}) };
  if (!partsSent) {
    const batches: ParseMessage[] = [];
    const batcher = new PartBatcher((m) => batches.push(m));
    for (const t of targets) batcher.part('target', t);
    for (const v of doc.variants) batcher.part('variant', v);
    batcher.flush();
    yield* batches;
  }
  yield { type: 'head', doc: head, report, targets: targets.length, variants: doc.variants.length, source };
  yield { type: 'parsed' };
  if (xml) {
    const { imports, static: stat } = doc;
    if (imports) yield { type: 'texts', kind: 'imports', from: 0, xml: attempt(() => fragmentsOf('imports', [imports])) };
    if (stat) yield { type: 'texts', kind: 'static', from: 0, xml: attempt(() => fragmentsOf('static', [stat])) };
    for (let i = 0; i < targets.length; i += BATCH) {
      const items = targets.slice(i, i + BATCH);
      yield { type: 'texts', kind: 'target', from: i, xml: attempt(() => fragmentsOf('target', items)) };
    }
    for (let i = 0; i < doc.variants.length; i += BATCH) {
      const items = doc.variants.slice(i, i + BATCH);
      yield { type: 'texts', kind: 'variant', from: i, xml: attempt(() => fragmentsOf('variant', items)) };
    }
  }
  yield { type: 'done' };
}

/** Puts a document back together from its messages (the inverse of docMessages). */
export class DocAssembler {
  private head: AnswerFile | null = null;
  report: readonly ImportNote[] = [];
  /** The text the document was read from (the head message's). */
  source: string | undefined;
  private readonly targets: Target[] = [];
  private readonly variants: Variant[] = [];
  private primedParts = 0;
  private refused = false;

  add(m: ParseMessage): void {
    if (m.type === 'head') {
      this.head = m.doc;
      this.report = m.report;
      this.source = m.source;
    } else if (m.type === 'targets') this.targets.push(...m.items);
    else if (m.type === 'variants') this.variants.push(...m.items);
    else if (m.type === 'texts') this.prime(m);
  }

  /** Puts a batch's texts in the serializer's caches, keyed by this page's copies of its parts. */
  private prime(m: TextsMessage): void {
    const n = Array.isArray(m.xml?.texts) ? m.xml.texts.length : 0;
    let ok: boolean;
    if (m.kind === 'imports') ok = !!this.head?.imports && primeFragments('imports', [this.head.imports], m.xml);
    else if (m.kind === 'static') ok = !!this.head?.static && primeFragments('static', [this.head.static], m.xml);
    else if (m.kind === 'target') ok = primeFragments('target', this.targets.slice(m.from, m.from + n), m.xml);
    else ok = primeFragments('variant', this.variants.slice(m.from, m.from + n), m.xml);
    if (ok) this.primedParts += n;
    else this.refused = true;
  }

  /** Whether every part came with its XML and primed the serializer's cache with it. */
  get primed(): boolean {
    const head = this.head;
    if (!head || this.refused) return false;
    const parts = this.targets.length + this.variants.length + (head.imports ? 1 : 0) + (head.static ? 1 : 0);
    return this.primedParts === parts;
  }

  result(): AnswerFile | null {
    const head = this.head;
    if (!head) return null;
    return { ...head, variants: this.variants, ...(head.targets ? { targets: { ...head.targets, targets: this.targets } } : {}) };
  }
}
