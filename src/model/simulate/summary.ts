// What the simulator page needs around a result: the SIM fields to offer for a document (the usual ones and any
// other condition name it uses), and a summary of a result to store with a saved SIM, so that re-running it after
// an edit can say whether its result changed (issue 20: a SIM whose result changed since it was saved says so).

import type { AnswerFile } from '../types.ts';
import { targetList } from '../answer-file.ts';
import { SIM_FIELDS } from './sim-input.ts';
import type { SimulationResult } from './simulate.ts';

/** SIM_FIELDS, then every other condition name the document uses (its first spelling, ignoring case), in order. */
export function simFieldsOf(doc: AnswerFile): readonly string[] {
  const out: string[] = [...SIM_FIELDS];
  const seen = new Set(out.map((n) => n.toLowerCase()));
  for (const t of targetList(doc)) {
    for (const s of t.states) {
      for (const c of s.conditions) {
        if (c.name === undefined || c.name === '' || seen.has(c.name.toLowerCase())) continue;
        seen.add(c.name.toLowerCase());
        out.push(c.name);
      }
    }
  }
  return out;
}

/**
 * A result in one string: each Target's Id and outcome, the applied Targets in order, and each effective setting's
 * path, name, value and source. Two results with the same summary show the same thing; keys are not included, so a
 * summary survives a reload of the document.
 */
export function simulationSummary(r: SimulationResult): string {
  return JSON.stringify({
    targets: r.targets.map((t) => [t.target.id ?? null, t.outcome]),
    applied: r.applied.map((a) => a.merged.id),
    possible: r.possible.map((a) => a.merged.id),
    settings: r.settings.map((s) => [s.path, s.name, s.value ?? null, s.source ?? null]),
  });
}
