// The target audit (docs/format.md §3.6), warnings only, since the imaging tool accepts all of it: a Target whose
// conditions contradict in every TargetState (it never matches), a Target no Variant uses, and two Targets that can
// match one SIM while their Variants set one setting to different values. The first two are facts of one Target
// (validateTarget calls them, cached with the Target); the overlap is a document-level rule, cached by the
// identities of the targets and variants arrays, of each Target pair, and of each Variant's settings.

import type { Condition, Target, Variant } from '../types.ts';
import type { PartRef } from '../refs.ts';
import { findSim, type Witness } from '../simulate/witness.ts';
import { candidatePairs } from '../simulate/overlap-pairs.ts';
import { finalSettings, mergeByTarget, type VariantSetting } from '../simulate/merged.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';

const label = (t: Target): string => (t.id ? `Target "${t.id}"` : 'this Target');

function conditionText(c: Condition): string {
  return c.isWildCard !== undefined && /^\s*(true|1)\s*$/.test(c.isWildCard) ? `${c.name ?? ''} (wildcard)` : `${c.name ?? ''}="${c.value ?? ''}"`;
}

/** A SIM in words: `MCC=310, MNC=260`, or "any SIM". */
export function simText(values: Readonly<Record<string, string>>): string {
  const parts = Object.entries(values).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return parts.length > 0 ? parts.join(', ') : 'any SIM';
}

/** A warning when no TargetState of the Target can match any SIM (proved for plain values and ranges only). */
export function neverMatches(target: Target, part: PartRef): Diagnostic | undefined {
  if (target.states.length === 0) return undefined; // target-no-states says it
  const why: string[] = [];
  for (const [i, s] of target.states.entries()) {
    const w = findSim(s.conditions);
    if (w.kind !== 'never') return undefined;
    const what = w.conditions.map(conditionText);
    why.push(`in TargetState ${i + 1}, ${what.length === 1 ? `${what[0]} matches no value` : `${what.join(' and ')} cannot all hold`}`);
  }
  return diag('target-never-matches', `${label(target)[0].toUpperCase()}${label(target).slice(1)} can never match a SIM: ${why.join('; ')}. Fix the conditions (use separate TargetStates for alternatives) or remove the Target.`, { part, path: [] });
}

/**
 * A warning for a Target no Variant refers to. About the Target as a whole, not its Id field: the Id field's own
 * note already says "Not used by any variant" as the user types, and a warning there would hide it.
 */
export function unusedTarget(target: Target, part: PartRef): Diagnostic {
  return diag('target-unused', `No Variant uses ${label(target)}: its conditions do nothing. Add a Variant for it, or remove it.`, { part, path: [] });
}

// ---- overlaps ----

const pairCache = new WeakMap<Target, WeakMap<Target, Witness | null>>();

/** A SIM both Targets match (a state of each, together), or null; cached per pair of Target objects. */
function overlapOf(a: Target, b: Target, states: readonly (readonly [Target['states'][number], Target['states'][number]])[]): Witness | null {
  let m = pairCache.get(a);
  if (!m) pairCache.set(a, (m = new WeakMap()));
  const hit = m.get(b);
  if (hit !== undefined) return hit;
  let found: Witness | null = null;
  for (const [x, y] of states) {
    const w = findSim([...x.conditions, ...y.conditions]);
    if (w.kind === 'sim') {
      found = w;
      break;
    }
  }
  m.set(b, found);
  return found;
}

const candidatesCache = new WeakMap<readonly Target[], ReturnType<typeof candidatePairs>>();
const resultCache = new WeakMap<readonly Target[], { readonly variants: readonly Variant[]; readonly result: ReadonlyMap<Target, readonly Diagnostic[]> }>();

/** How many times the candidate pairs were computed (not served from the cache): tests read it. */
export const overlapPairRuns = { count: 0 };

const EMPTY: ReadonlyMap<Target, readonly Diagnostic[]> = new Map();
const MAX_LISTED = 3;

/** The overlap warnings, by the Target they are reported on (the later of the two). */
export function targetOverlaps(targets: readonly Target[], variants: readonly Variant[]): ReadonlyMap<Target, readonly Diagnostic[]> {
  const hit = resultCache.get(targets);
  if (hit && hit.variants === variants) return hit.result;
  const result = computeOverlaps(targets, variants);
  resultCache.set(targets, { variants, result });
  return result;
}

function computeOverlaps(targets: readonly Target[], variants: readonly Variant[]): ReadonlyMap<Target, readonly Diagnostic[]> {
  if (targets.length < 2 || variants.length < 2) return EMPTY;
  // The pairs that might match one SIM depend on the targets alone; most files have none, and then the
  // variants are not even looked at.
  let pairs = candidatesCache.get(targets);
  if (!pairs) {
    overlapPairRuns.count++;
    candidatesCache.set(targets, (pairs = candidatePairs(targets)));
  }
  if (pairs.size === 0) return EMPTY;
  const involved = new Set<Target>();
  for (const [a, partners] of pairs) {
    involved.add(a);
    for (const b of partners.keys()) involved.add(b);
  }
  const ids = new Set<string>();
  const firstOfId = new Map<string, Target>();
  for (const t of targets) if (t.id !== undefined && !firstOfId.has(t.id)) firstOfId.set(t.id, t);
  for (const t of involved) if (t.id !== undefined && firstOfId.get(t.id) === t) ids.add(t.id);
  const merged = mergeByTarget(variants, ids);
  const finals = new Map<Target, ReadonlyMap<string, VariantSetting>>();
  for (const t of involved) {
    const m = t.id === undefined ? undefined : merged.get(t.id);
    if (m && firstOfId.get(m.id) === t) finals.set(t, finalSettings(m));
  }
  const out = new Map<Target, Diagnostic[]>();
  for (const [a, partners] of pairs) {
    const fa = finals.get(a);
    if (!fa) continue;
    for (const [b, states] of partners) {
      const fb = finals.get(b);
      if (!fb) continue;
      const differ: string[] = [];
      for (const [k, sa] of fa) {
        const sb = fb.get(k);
        if (sb && sb.value !== sa.value) differ.push(`${sa.path}/${sa.name} ("${sa.value ?? ''}" and "${sb.value ?? ''}")`);
      }
      if (differ.length === 0) continue;
      const w = overlapOf(a, b, states);
      if (!w || w.kind !== 'sim') continue;
      const more = differ.length > MAX_LISTED ? `, and ${differ.length - MAX_LISTED} more` : '';
      const best = w.viaPattern ? ' (found by trying values for the patterns: patterns are checked best effort)' : '';
      const message = `${label(b)} and ${label(a)} can both match one SIM, e.g. ${simText(w.values)}${best}, and their Variants set ${differ.slice(0, MAX_LISTED).join(', ')}${more}. Which value the phone keeps is decided on the device (the simulator ranks the Targets and applies the later one last). Make the conditions exclusive, or set the same value.`;
      const list = out.get(b) ?? [];
      list.push(diag('target-overlap-conflict', message, { part: { kind: 'target', key: b.key }, path: [], field: 'id' }));
      out.set(b, list);
    }
  }
  return out.size === 0 ? EMPTY : out;
}
