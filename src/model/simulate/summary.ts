// What the SIM simulator's page needs beside the engine: the SIM fields a document calls for, and a
// fingerprint of a result, so a saved SIM can say when its result changed since it was saved (docs/format.md §3.6).
// Pure.

import type { AnswerFile } from '../types.ts';
import { targetList } from '../answer-file.ts';
import { SIM_FIELDS } from './sim-input.ts';
import type { SimulationResult } from './simulate.ts';

const fieldsCache = new WeakMap<object, readonly string[]>();

/**
 * The fields a SIM form offers for `doc`: SIM_FIELDS, then every other condition name the document's targets use,
 * in order of first use. Names are compared ignoring case (docs/format.md §3.2): the first spelling is kept. Empty
 * names are left out. Cached by the targets section's identity.
 */
export function simFieldsOf(doc: AnswerFile): readonly string[] {
  const key = doc.targets ?? doc;
  const hit = fieldsCache.get(key);
  if (hit) return hit;
  const seen = new Set<string>(SIM_FIELDS.map((f) => f.toLowerCase()));
  const out: string[] = [...SIM_FIELDS];
  for (const t of targetList(doc))
    for (const s of t.states)
      for (const c of s.conditions) {
        const name = c.name?.trim();
        if (!name || seen.has(name.toLowerCase())) continue;
        seen.add(name.toLowerCase());
        out.push(name);
      }
  fieldsCache.set(key, out);
  return out;
}

/**
 * A result as one string: each Target's outcome, the applied and possible Targets in order, and each effective
 * setting's path, name, value, source and contributions. Two results with the same summary show the same thing.
 * The reasons' words are left out, so a change of wording alone does not count as a change of result.
 */
export function simulationSummary(r: SimulationResult): string {
  return JSON.stringify({
    targets: r.targets.map((t) => [t.target.id ?? null, t.outcome]),
    applied: r.applied.map((a) => a.merged.id),
    possible: r.possible.map((a) => a.merged.id),
    settings: r.settings.map((s) => [s.path, s.name, s.value ?? null, s.source ?? null, s.contributions.map((c) => [c.label, c.value ?? null, c.status])]),
  });
}
