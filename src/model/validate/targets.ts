// Checks of one Target: its Id, its TargetStates and their Conditions (format.md §2, §6).

import type { Target } from '../types.ts';
import type { PartRef } from '../refs.ts';
import { checkCondition } from '../conditions-grammar.ts';
import type { ValidationContext } from './context.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';

export function validateTarget(target: Target, ctx: ValidationContext): readonly Diagnostic[] {
  const part: PartRef = { kind: 'target', key: target.key };
  const out: Diagnostic[] = [];
  if (target.id === undefined || target.id === '') {
    out.push(diag('target-id-empty', 'This Target has no Id: give it one (e.g. Id_Contoso) so a Variant can refer to it.', { part, path: [], field: 'id' }));
  } else if (ctx.firstTargetById.get(target.id) !== target.key) {
    out.push(diag('target-id-duplicate', `Another Target already has the Id "${target.id}": rename one of them (Ids are case-sensitive).`, { part, path: [], field: 'id' }));
  }
  const label = target.id ? `Target "${target.id}"` : 'this Target';
  const Label = target.id ? label : 'This Target';
  if (target.states.length === 0) {
    out.push(diag('target-no-states', `${Label} has no TargetState, so it never matches: add one with conditions such as MCC and MNC.`, { part, path: [] }));
  }
  for (const state of target.states) {
    if (state.conditions.length === 0) {
      out.push(diag('target-state-empty', `A TargetState of ${label} has no condition: add one (e.g. MCC) or remove the state.`, { part, path: [state.key] }));
    }
    const seen = new Set<string>();
    for (const c of state.conditions) {
      const path = [state.key, c.key];
      for (const issue of checkCondition(c.name, c.value, c.isWildCard)) {
        out.push(diag(issue.code, issue.message, { part, path, field: issue.field }));
      }
      if (c.name) {
        const lower = c.name.toLowerCase();
        if (seen.has(lower)) {
          out.push(diag('condition-name-duplicate', `Condition ${c.name} appears twice in one TargetState of ${label}: keep one (use another TargetState for an alternative).`, { part, path, field: 'name' }));
        }
        seen.add(lower);
      }
    }
  }
  return out;
}
