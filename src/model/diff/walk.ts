// The diff itself: walks the two documents side by side along spec.ts, pairing list items (match.ts) and comparing
// what each pair holds, and lists each change with how to undo it (locate.ts). Output is in the after document's
// order; a removed element stands where it stood, after the changes of its previous sibling.

import type { Step, Undo } from './locate.ts';
import { matchList } from './match.ts';
import type { ListChild, Node, SingleChild, Spec } from './node.ts';
import { attrName } from './spec.ts';
import { attrChanges, triviaChange } from './extras.ts';
import type { Ctx, Entry } from './emit.ts';
import { emit, joinWhat } from './emit.ts';

/** The context of a child element, `a` in the before document and `b` in the after one (the same for a removed one). */
function enter(ctx: Ctx, spec: Spec, a: Node, b: Node, step: Step, seg: string, index: number, siblings: number): Ctx {
  const key = step.key;
  const loc = [...ctx.loc, step];
  const id = `${ctx.id}/${seg}`;
  if (spec.part) {
    const partLabel = spec.partLabel?.(b) ?? '';
    const beforePartLabel = spec.partLabel?.(a) ?? '';
    return { part: spec.part(b), partLabel, beforePart: spec.part(a), beforePartLabel, ancestry: [], what: '', refPath: [], loc, id };
  }
  const own = spec.inAncestry ? (siblings > 1 ? `${spec.label(b)} ${index + 1}` : spec.label(b)) : spec.label(b);
  return {
    ...ctx,
    ancestry: spec.inAncestry && siblings > 1 ? [...ctx.ancestry, own] : ctx.ancestry,
    what: joinWhat(...ctx.ancestry, own),
    refPath: key === undefined ? ctx.refPath : [...ctx.refPath, key],
    refField: spec.refField,
    loc,
    id,
  };
}

export interface WalkOptions {
  /** Pair elements by key first. */
  readonly byKey: boolean;
  /** Pair what is left by position (match.ts). */
  readonly guess: boolean;
}

/** Compares one element with its partner and everything below them. */
export function diffNode(spec: Spec, a: Node, b: Node, ctx: Ctx, out: Entry[], opts: WalkOptions): void {
  if (a === b) return;
  for (const f of spec.fields) {
    const before = a[f] as string | undefined;
    const after = b[f] as string | undefined;
    if (before === after) continue;
    const what = f === spec.primary?.field ? joinWhat(...ctx.ancestry, spec.primary.what ?? spec.label(b)) : joinWhat(ctx.what, attrName(f));
    const undo: Undo = { op: 'patch', at: ctx.loc, patch: { [f]: before } };
    const caseOnly = spec.caseless?.includes(f) && before?.toLowerCase() === after?.toLowerCase();
    emit(out, { kind: 'changed', ctx, tag: f, what, undo, meaningful: !caseOnly && !spec.unread?.includes(f), before, after, field: f });
  }
  attrChanges(a, b, ctx, out);
  triviaChange(a, b, ctx, out);
  for (const child of spec.children) {
    if (child.type === 'single') diffSingle(child, a, b, ctx, out, opts);
    else diffList(child, a, b, ctx, out, opts);
  }
}

/** A section or TargetRefs: an absent one compares as an empty one; being there or not is a change of its own only when nothing else differs. */
function diffSingle(child: SingleChild, a: Node, b: Node, ctx: Ctx, out: Entry[], opts: WalkOptions): void {
  const sa = a[child.prop] as Node | undefined;
  const sb = b[child.prop] as Node | undefined;
  if (sa === sb) return;
  const { spec, prop } = child;
  const empty = spec.empty?.() ?? {};
  const inner = enter(ctx, spec, sa ?? empty, sb ?? empty, { prop, single: spec, absentBefore: sa === undefined }, prop, 0, 1);
  const count = out.length;
  diffNode(spec, sa ?? empty, sb ?? empty, inner, out, opts);
  if (out.length > count || (sa === undefined) === (sb === undefined)) return;
  // An empty section means nothing to the imaging tool (docs/format.md §2.1: its content may be empty).
  const common = { ctx: inner, what: inner.what, meaningful: false };
  if (sb) emit(out, { ...common, kind: 'added', tag: 'added', undo: { op: 'remove', parent: ctx.loc, prop } });
  else if (sa) emit(out, { ...common, kind: 'removed', tag: 'removed', removedFrom: ctx, undo: { op: 'insert', parent: ctx.loc, prop, node: sa, spec } });
}

function diffList(child: ListChild, a: Node, b: Node, ctx: Ctx, out: Entry[], opts: WalkOptions): void {
  const la = (a[child.prop] ?? []) as readonly Node[];
  const lb = (b[child.prop] ?? []) as readonly Node[];
  if (la === lb) return;
  const { partner, kept, moved } = matchList(child, la, lb, opts.byKey, opts.guess);
  const afterOf = new Map<number, number>();
  partner.forEach((p, bi) => p >= 0 && afterOf.set(p, bi));
  /** The after key of the nearest earlier sibling (in before order) that kept its place: where a revert puts it back. */
  const anchor = (ai: number): string | undefined => {
    for (let j = ai - 1; j >= 0; j--) {
      const bi = afterOf.get(j);
      if (bi !== undefined && !moved.has(bi)) return lb[bi].key as string;
    }
    return undefined;
  };
  // Removed elements, by the nearest earlier sibling that is still there (-1: none).
  const removedAfter = new Map<number, number[]>();
  let last = -1;
  la.forEach((_, ai) => {
    if (kept[ai]) last = ai;
    else removedAfter.set(last, [...(removedAfter.get(last) ?? []), ai]);
  });
  const removed = (after: number) => {
    for (const ai of removedAfter.get(after) ?? []) {
      const node = la[ai];
      const spec = child.of(node);
      const key = node.key as string;
      const gone = enter(ctx, spec, node, node, { prop: child.prop, key }, `${child.prop}:-${key}`, ai, la.length);
      const undo: Undo = { op: 'insert', parent: ctx.loc, prop: child.prop, node, spec, anchor: anchor(ai) };
      emit(out, { kind: 'removed', ctx: gone, tag: 'removed', what: gone.what, undo, meaningful: true, removedFrom: ctx });
    }
  };
  removed(-1);
  lb.forEach((node, bi) => {
    const spec = child.of(node);
    const key = node.key as string;
    const ai = partner[bi];
    if (ai >= 0 && la[ai] === node && !moved.has(bi)) {
      removed(ai);
      return;
    }
    const inner = enter(ctx, spec, ai >= 0 ? la[ai] : node, node, { prop: child.prop, key }, `${child.prop}:${key}`, bi, lb.length);
    if (ai < 0) {
      emit(out, { kind: 'added', ctx: inner, tag: 'added', what: inner.what, undo: { op: 'remove', parent: ctx.loc, prop: child.prop, key }, meaningful: true });
      return;
    }
    if (moved.has(bi)) {
      const undo: Undo = { op: 'move', parent: ctx.loc, prop: child.prop, key, anchor: anchor(ai) };
      emit(out, { kind: 'moved', ctx: inner, tag: 'moved', what: inner.what, undo, meaningful: spec.orderMatters !== false });
    }
    diffNode(spec, la[ai], node, inner, out, opts);
    removed(ai);
  });
}
