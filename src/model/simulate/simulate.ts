// What a phone gets for a SIM (docs/format.md §3.6): every Target's result, the Targets whose merged Variants
// apply in the order they apply, and the effective settings: Static (the image) and then the applied Variants,
// `$(__ICCID)`/`$(__IMSI)` expanded, each value with where it comes from and what it overrides. Targets that may
// match contribute "possible" values but apply nothing. `simulateSlots` resolves each slot of a dual-SIM phone
// on its own. Pure; never throws.

import type { AnswerFile, Setting, SettingsGroup, Target, Variant } from '../types.ts';
import { targetList } from '../answer-file.ts';
import type { AssumptionId } from './assumptions.ts';
import { ASSUMPTIONS } from './assumptions.ts';
import type { MergedTarget, Stage } from './merged.ts';
import { mergeByTarget, settingKey } from './merged.ts';
import type { Rank } from './priority.ts';
import { compareRank, targetRank } from './priority.ts';
import type { SimInput, SimValues } from './sim-input.ts';
import { simValue, simValues } from './sim-input.ts';
import type { TargetResult } from './target-match.ts';
import { matchTarget } from './target-match.ts';

export type SettingSource =
  | { readonly kind: 'static' }
  | { readonly kind: 'variant'; readonly variant: Variant; readonly targetId: string };

export type ContributionStatus =
  /** The value the phone ends with. */
  | 'applied'
  /** Applied, then overwritten by a later value. */
  | 'overridden'
  /** Not applied at this SIM (FirstVariationOnly on a later SIM, ImageTimeOnly in a Variant): see `note`. */
  | 'skipped'
  /** From a Target that may match: applied only if it does. */
  | 'possible';

export interface Contribution {
  readonly value: string | undefined;
  readonly source: SettingSource;
  /** "Static" or `Variant "name" (Target "id")`. */
  readonly label: string;
  readonly stage: Stage | 'static';
  readonly status: ContributionStatus;
  readonly note?: string;
  readonly group: SettingsGroup;
  readonly setting: Setting;
}

export interface EffectiveSetting {
  /** The Path with `$(__ICCID)`/`$(__IMSI)` replaced by the SIM's values where known. */
  readonly path: string;
  readonly name: string;
  /** The applied value; undefined when nothing applies (only skipped or possible values). */
  readonly value: string | undefined;
  /** The label of the applied value's source. */
  readonly source: string | undefined;
  /** Every value for this path and name, in the order they apply. */
  readonly contributions: readonly Contribution[];
}

export interface AppliedTarget {
  readonly target: Target;
  readonly merged: MergedTarget;
  readonly rank: Rank;
}

export interface SimulationResult {
  readonly sim: SimInput;
  /** Every Target, in document order. */
  readonly targets: readonly TargetResult[];
  /** The matching Targets that have Variants, in the order they apply (the last one wins). */
  readonly applied: readonly AppliedTarget[];
  /** The Targets that may match and have Variants. */
  readonly possible: readonly AppliedTarget[];
  /** Static's settings, then each applied Target's, in first-appearance order. */
  readonly settings: readonly EffectiveSetting[];
  /** The assumptions this result depends on (ids of ASSUMPTIONS). */
  readonly assumptions: readonly AssumptionId[];
}

export { ASSUMPTIONS };

export const variantLabel = (v: Variant, targetId: string): string => `Variant ${v.name ? JSON.stringify(v.name) : '(unnamed)'} (Target ${JSON.stringify(targetId)})`;

/** A path with the built-in macros replaced by the SIM's ICCID and IMSI where known. */
export function expandPath(path: string, sim: SimValues): string {
  let out = path;
  const iccid = simValue(sim, 'ICCID');
  const imsi = simValue(sim, 'IMSI');
  if (iccid !== undefined) out = out.split('$(__ICCID)').join(iccid);
  if (imsi !== undefined) out = out.split('$(__IMSI)').join(imsi);
  return out;
}

class Table {
  readonly rows = new Map<string, { path: string; name: string; list: Contribution[] }>();
  add(path: string, name: string, c: Contribution): void {
    const k = settingKey(path, name);
    const row = this.rows.get(k);
    if (row) row.list.push(c);
    else this.rows.set(k, { path, name, list: [c] });
  }
  settings(): EffectiveSetting[] {
    return [...this.rows.values()].map(({ path, name, list }) => {
      let last = -1;
      list.forEach((c, i) => {
        if (c.status === 'applied') last = i;
      });
      const contributions = list.map((c, i) => (c.status === 'applied' && i !== last ? { ...c, status: 'overridden' as const } : c));
      const final = last >= 0 ? list[last] : undefined;
      return { path, name, value: final?.value, source: final?.label, contributions };
    });
  }
}

function addStatic(doc: AnswerFile, sim: SimValues, table: Table): void {
  for (const item of doc.static?.items ?? []) {
    if (item.kind !== 'settings' || item.path === undefined) continue;
    for (const e of item.entries) {
      if (e.kind !== 'setting' || e.name === undefined) continue;
      table.add(expandPath(item.path, sim), e.name, { value: e.value, source: { kind: 'static' }, label: 'Static', stage: 'static', status: 'applied', group: item, setting: e });
    }
  }
}

function addTarget(a: AppliedTarget, sim: SimValues, first: boolean, possible: boolean, table: Table): void {
  const id = a.merged.id;
  for (const s of a.merged.settings) {
    let status: ContributionStatus = possible ? 'possible' : 'applied';
    let note: string | undefined;
    if (s.stage === 'image') {
      status = 'skipped';
      note = 'an ImageTimeOnly group belongs in Static: it is part of the image, not of a SIM event (the tool refuses it in a Variant)';
    } else if (s.stage === 'first-sim' && !first) {
      status = 'skipped';
      note = 'a FirstVariationOnly group applies at the first SIM only';
    }
    const source: SettingSource = { kind: 'variant', variant: s.variant, targetId: id };
    table.add(expandPath(s.path, sim), s.name, { value: s.value, source, label: variantLabel(s.variant, id), stage: s.stage, status, ...(note ? { note } : {}), group: s.group, setting: s.setting });
  }
}

/** Simulates one SIM. */
export function simulate(doc: AnswerFile, sim: SimInput): SimulationResult {
  const values = simValues(sim);
  const first = sim.first ?? true;
  const merged = mergeByTarget(doc.variants);
  const targets = targetList(doc).map((t) => matchTarget(t, values));
  const assumptions = new Set<AssumptionId>(['value-case', 'merge-order', 'macros', 'priority', 'first-sim']);
  const seen = new Set<string>();
  const applied: AppliedTarget[] = [];
  const possible: AppliedTarget[] = [];
  for (const r of targets) {
    for (const a of r.assumptions) assumptions.add(a);
    const id = r.target.id;
    // The tool refuses a second Target of one Id; only the first is taken.
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    const m = merged.get(id);
    if (!m || r.outcome === 'no-match') continue;
    (r.outcome === 'match' ? applied : possible).push({ target: r.target, merged: m, rank: targetRank(r) });
  }
  const byOrder = (a: AppliedTarget, b: AppliedTarget) => compareRank(a.rank, b.rank) || a.merged.order - b.merged.order;
  applied.sort(byOrder);
  possible.sort(byOrder);
  const table = new Table();
  addStatic(doc, values, table);
  for (const a of applied) addTarget(a, values, first, false, table);
  for (const a of possible) addTarget(a, values, first, true, table);
  const order = ASSUMPTIONS.map((a) => a.id).filter((id) => assumptions.has(id));
  return { sim, targets, applied, possible, settings: table.settings(), assumptions: order };
}

/**
 * A dual-SIM phone: each slot resolved on its own. A slot is the first SIM (FirstVariationOnly applies) when it
 * says so, else when it is slot 1.
 */
export function simulateSlots(doc: AnswerFile, sims: readonly SimInput[]): readonly SimulationResult[] {
  return sims.map((sim, i) => simulate(doc, sim.first === undefined ? { ...sim, first: i === 0 } : sim));
}
