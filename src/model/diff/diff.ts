// diffDocuments: the changes from one document to another, by part (issue 21: the Changes view, Compare and
// `caf diff`). Elements are paired by key first (a document and its baseline share keys, ids.ts), then by meaning
// (spec.ts), so that a rename is a change of that field, not a removal and an addition.

import type { AnswerFile } from '../types.ts';
import type { Change } from './change.ts';
import type { Ctx, Entry } from './emit.ts';
import { keysIn } from './locate.ts';
import type { Node } from './node.ts';
import { ROOT } from './spec.ts';
import { diffNode } from './walk.ts';

export interface DiffOptions {
  /**
   * Pair elements by their keys first (default true). Give false for two documents whose keys are unrelated but may
   * collide (two files each parsed with the same key generator): they are then paired by meaning only. Elements
   * without names (TargetStates, Applications blocks, TargetRefs) left unpaired are paired by position only when
   * the documents share no key.
   */
  readonly byKey?: boolean;
}

/** The options each change was found with, so that revertChange finds it again the same way. */
const optionsOf = new WeakMap<Change, DiffOptions>();

export function diffOptionsOf(change: Change): DiffOptions {
  return optionsOf.get(change) ?? {};
}

/** The keys of the document's parts and top-level items: enough to tell whether two documents share keys. */
function topKeys(doc: AnswerFile): readonly string[] {
  return [
    ...(doc.imports?.imports ?? []),
    ...(doc.targets?.targets ?? []),
    ...(doc.static?.items ?? []),
    ...doc.variants,
  ].map((n) => n.key);
}

function shareKeys(before: AnswerFile, after: AnswerFile): boolean {
  const top = topKeys(after);
  if (top.length === 0) {
    const keys = keysIn(before as unknown as Node, ROOT, new Set());
    return [...keysIn(after as unknown as Node, ROOT, new Set())].some((k) => keys.has(k));
  }
  const keys = new Set(topKeys(before));
  return top.some((k) => keys.has(k));
}

/** Every change with how to undo it, in the after document's order. */
export function diffEntries(before: AnswerFile, after: AnswerFile, options: DiffOptions = {}): readonly Entry[] {
  const a = before as unknown as Node;
  const b = after as unknown as Node;
  const part = ROOT.part?.(b) ?? { kind: 'document' as const };
  const label = ROOT.partLabel?.(b) ?? '';
  const ctx: Ctx = { part, partLabel: label, beforePart: part, beforePartLabel: label, ancestry: [], what: '', refPath: [], loc: [], id: '' };
  const out: Entry[] = [];
  const byKey = options.byKey ?? true;
  diffNode(ROOT, a, b, ctx, out, { byKey, guess: !byKey || !shareKeys(before, after) });
  // Keys are unique in a document; should a hostile one repeat them, ids stay unique anyway.
  const seen = new Map<string, number>();
  return out.map((e) => {
    const n = seen.get(e.change.id) ?? 0;
    seen.set(e.change.id, n + 1);
    return n === 0 ? e : { ...e, change: { ...e.change, id: `${e.change.id}~${n + 1}` } };
  });
}

/** The changes from `before` to `after`, grouped by part in the after document's order (removed things at their old place). */
export function diffDocuments(before: AnswerFile, after: AnswerFile, options: DiffOptions = {}): readonly Change[] {
  return diffEntries(before, after, options).map((e) => {
    optionsOf.set(e.change, options);
    return e.change;
  });
}
