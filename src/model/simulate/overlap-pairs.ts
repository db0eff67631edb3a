// Which pairs of Targets might match one SIM, found without comparing every pair: two TargetStates whose plain
// (not negated, not wildcard) values differ on a name they both test can never match one SIM. The states are
// partitioned by such a name's value, name after name, so a file of a thousand operators (each with its own
// MCC and MNC) yields a handful of candidate pairs instead of half a million. The candidates are then decided
// by findSim (witness.ts).

import type { Target, TargetState } from '../types.ts';
import { parseWildCard, readLikeTool } from '../conditions-grammar.ts';

interface StateOf {
  readonly target: Target;
  readonly state: TargetState;
  /** Plain positive values by lowercase name (the value a SIM must have). */
  readonly fixed: ReadonlyMap<string, string>;
}

/** A bucket this small is compared pair by pair instead of partitioned further. */
const SMALL = 3;

const fixedCache = new WeakMap<TargetState, ReadonlyMap<string, string>>();

function fixedValues(state: TargetState): ReadonlyMap<string, string> {
  const hit = fixedCache.get(state);
  if (hit) return hit;
  const out = new Map<string, string>();
  fixedCache.set(state, out);
  for (const c of state.conditions) {
    const wild = parseWildCard(c.isWildCard);
    if (c.name === undefined || c.value === undefined || wild === true || wild === 'invalid') continue;
    const r = readLikeTool(c.value);
    if (!r || r.negated || r.comparison !== '') continue;
    const k = c.name.toLowerCase();
    // Two different plain values of one name in one state: the state never matches; keep a value that no other has.
    out.set(k, out.has(k) && out.get(k) !== r.body ? '\u0000never' : r.body);
  }
  return out;
}

/** Each pair (earlier Target first, in `targets` order) with the state pairs that might match one SIM. */
export function candidatePairs(targets: readonly Target[]): ReadonlyMap<Target, ReadonlyMap<Target, readonly (readonly [TargetState, TargetState])[]>> {
  const states: StateOf[] = [];
  const order = new Map<Target, number>();
  targets.forEach((t, i) => {
    order.set(t, i);
    for (const s of t.states) states.push({ target: t, state: s, fixed: fixedValues(s) });
  });
  const counts = new Map<string, number>();
  for (const s of states) for (const k of s.fixed.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  const out = new Map<Target, Map<Target, (readonly [TargetState, TargetState])[]>>();
  const emit = (a: StateOf, b: StateOf) => {
    if (a.target === b.target) return;
    for (const [k, v] of a.fixed) {
      const w = b.fixed.get(k);
      if (w !== undefined && w !== v) return;
    }
    const [x, y] = order.get(a.target)! < order.get(b.target)! ? [a, b] : [b, a];
    let m = out.get(x.target);
    if (!m) out.set(x.target, (m = new Map()));
    let list = m.get(y.target);
    if (!list) m.set(y.target, (list = []));
    list.push([x.state, y.state]);
  };
  const all = (list: readonly StateOf[]) => {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) emit(list[i], list[j]);
  };
  // Pairs within `list`, partitioned by names[n], names[n+1]...; states that do not fix a name pair with every state.
  const walk = (list: readonly StateOf[], n: number) => {
    if (list.length < 2) return;
    if (list.length <= SMALL || n >= names.length) return all(list);
    const name = names[n];
    const free: StateOf[] = [];
    const byValue = new Map<string, StateOf[]>();
    for (const s of list) {
      const v = s.fixed.get(name);
      if (v === undefined) free.push(s);
      else {
        const g = byValue.get(v);
        if (g) g.push(s);
        else byValue.set(v, [s]);
      }
    }
    for (const g of byValue.values()) walk(g, n + 1);
    walk(free, n + 1);
    for (const f of free) for (const g of byValue.values()) for (const s of g) emit(f, s);
  };
  walk(states, 0);
  return out;
}
