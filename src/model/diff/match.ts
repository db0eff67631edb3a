// Pairs the elements of one list in two documents: first by key (a document and its baseline share keys), then by
// meaning (spec.ts: a Target by Id, a Condition by Name...), then, for elements without names, by position. What is
// paired but out of order is "moved": everything off one longest run that kept its order.

import type { ListChild, Node } from './node.ts';

export interface ListMatch {
  /** For each element of the after list, the index of its partner in the before list, or -1 (added). */
  readonly partner: readonly number[];
  /** Whether each element of the before list has a partner (false: removed). */
  readonly kept: readonly boolean[];
  /** After indices of paired elements whose place among the others changed. */
  readonly moved: ReadonlySet<number>;
}

const keyOf = (n: Node): string | undefined => (typeof n.key === 'string' ? n.key : undefined);

/**
 * `byKey`: pair by keys first. `guess`: pair what is left by position too; only for documents that do not share
 * keys, since documents that do (a document and its baseline) have said which elements are the same.
 */
export function matchList(child: ListChild, before: readonly Node[], after: readonly Node[], byKey: boolean, guess: boolean): ListMatch {
  const partner = after.map(() => -1);
  const kept = before.map(() => false);
  const spec = (n: Node) => child.of(n).name;
  const pair = (ai: number, bi: number) => {
    partner[bi] = ai;
    kept[ai] = true;
  };
  if (byKey) {
    const at = new Map<string, number>();
    before.forEach((n, i) => {
      const k = keyOf(n);
      if (k !== undefined && !at.has(k)) at.set(k, i);
    });
    after.forEach((n, bi) => {
      const ai = at.get(keyOf(n) ?? '');
      if (ai !== undefined && !kept[ai] && spec(before[ai]) === spec(n)) pair(ai, bi);
    });
  }
  for (const meaning of child.meanings) {
    const queues = new Map<string, number[]>();
    before.forEach((n, ai) => {
      const m = kept[ai] ? undefined : meaning(n);
      if (m === undefined) return;
      const id = `${spec(n)}\u0002${m}`;
      const q = queues.get(id);
      if (q) q.push(ai);
      else queues.set(id, [ai]);
    });
    after.forEach((n, bi) => {
      if (partner[bi] >= 0) return;
      const m = meaning(n);
      const ai = m === undefined ? undefined : queues.get(`${spec(n)}\u0002${m}`)?.shift();
      if (ai !== undefined) pair(ai, bi);
    });
  }
  const { byPosition } = child;
  if (byPosition && guess) {
    const left = new Map<string, number[]>();
    before.forEach((n, ai) => {
      if (kept[ai] || !byPosition(n)) return;
      left.set(spec(n), [...(left.get(spec(n)) ?? []), ai]);
    });
    after.forEach((n, bi) => {
      if (partner[bi] >= 0 || !byPosition(n)) return;
      const ai = left.get(spec(n))?.shift();
      if (ai !== undefined) pair(ai, bi);
    });
  }
  return { partner, kept, moved: movedOf(partner) };
}

/** The paired after indices off one longest increasing run of partner indices (patience sorting, O(n log n)). */
function movedOf(partner: readonly number[]): ReadonlySet<number> {
  const tails: number[] = []; // after index ending the best run of each length
  const prev = new Map<number, number>();
  partner.forEach((p, bi) => {
    if (p < 0) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (partner[tails[mid]] < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev.set(bi, tails[lo - 1]);
    tails[lo] = bi;
  });
  const run = new Set<number>();
  for (let bi: number | undefined = tails[tails.length - 1]; bi !== undefined; bi = prev.get(bi)) run.add(bi);
  const moved = new Set<number>();
  partner.forEach((p, bi) => {
    if (p >= 0 && !run.has(bi)) moved.add(bi);
  });
  return moved;
}
