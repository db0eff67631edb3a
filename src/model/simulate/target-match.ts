// A Target against one SIM, in three-valued logic (docs/format.md §3.1, §3.6): the conditions of a TargetState
// are AND-ed (any no-match makes no match; else any unknown makes unknown), the TargetStates of a Target OR-ed (any
// match makes a match; else any unknown makes unknown). Each result says which condition of which state decided.

import type { Target, TargetState } from '../types.ts';
import type { AssumptionId } from './assumptions.ts';
import type { ConditionResult, Outcome } from './condition-match.ts';
import { matchCondition } from './condition-match.ts';
import type { SimValues } from './sim-input.ts';

export interface StateResult {
  readonly state: TargetState;
  /** The state's position in its Target, from 0. */
  readonly index: number;
  readonly outcome: Outcome;
  readonly conditions: readonly ConditionResult[];
  /** The conditions that decided: the failing ones (no match), the unknown ones (unknown), all (match). */
  readonly deciding: readonly ConditionResult[];
  readonly reason: string;
}

export interface TargetResult {
  readonly target: Target;
  readonly outcome: Outcome;
  readonly states: readonly StateResult[];
  readonly reason: string;
  readonly assumptions: readonly AssumptionId[];
}

const ordinal = (i: number): string => `TargetState ${i + 1}`;

export function matchState(state: TargetState, index: number, sim: SimValues): StateResult {
  const conditions = state.conditions.map((c) => matchCondition(c, sim));
  const failed = conditions.filter((r) => r.outcome === 'no-match');
  const unknown = conditions.filter((r) => r.outcome === 'unknown');
  const at = ordinal(index);
  if (failed.length > 0) return { state, index, outcome: 'no-match', conditions, deciding: failed, reason: `${at}: ${failed.map((r) => r.reason).join('; ')}` };
  if (unknown.length > 0) return { state, index, outcome: 'unknown', conditions, deciding: unknown, reason: `${at}: ${unknown.map((r) => r.reason).join('; ')}` };
  const why = conditions.length === 0 ? 'no condition, so every SIM matches' : conditions.map((r) => r.reason).join('; ');
  return { state, index, outcome: 'match', conditions, deciding: conditions, reason: `${at}: ${why}` };
}

export function matchTarget(target: Target, sim: SimValues): TargetResult {
  const states = target.states.map((s, i) => matchState(s, i, sim));
  const assumptions = new Set<AssumptionId>();
  for (const s of states) for (const c of s.conditions) for (const a of c.assumptions) assumptions.add(a);
  if (states.some((s) => s.conditions.length === 0)) assumptions.add('empty-state');
  const pick = (o: Outcome) => states.filter((s) => s.outcome === o);
  const matched = pick('match');
  const unknown = pick('unknown');
  let outcome: Outcome;
  let reason: string;
  if (states.length === 0) {
    outcome = 'no-match';
    reason = 'it has no TargetState, so it never matches';
    assumptions.add('empty-state');
  } else if (matched.length > 0) {
    outcome = 'match';
    reason = matched.map((s) => s.reason).join(' | ');
  } else if (unknown.length > 0) {
    outcome = 'unknown';
    reason = unknown.map((s) => s.reason).join(' | ');
  } else {
    outcome = 'no-match';
    reason = states.map((s) => s.reason).join(' | ');
  }
  return { target, outcome, states, reason, assumptions: [...assumptions] };
}
