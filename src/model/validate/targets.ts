// Checks of one Target: its Id, its TargetStates and their Conditions (docs/format.md §3). What the tool does with
// a Target depends on whether a Variant refers to it: only then does it write its conditions to the datastore.

import type { Target } from '../types.ts';
import type { PartRef } from '../refs.ts';
import { checkCondition, sameConditionName } from '../conditions-grammar.ts';
import type { ValidationContext } from './context.ts';
import { isReferenced } from './context.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { neverMatches, unusedTarget } from './target-audit.ts';

export function validateTarget(target: Target, ctx: ValidationContext): readonly Diagnostic[] {
  const part: PartRef = { kind: 'target', key: target.key };
  const out: Diagnostic[] = [];
  const idRef = { part, path: [], field: 'id' };
  if (target.id === undefined) {
    out.push(diag('target-id-missing', 'This Target has no Id attribute, which the schema requires: give it one (e.g. Id_Contoso) so a Variant can refer to it.', idRef));
  } else if (ctx.firstTargetById.get(target.id) !== target.key) {
    const what = target.id === '' ? 'an empty Id' : `the Id "${target.id}"`;
    out.push(diag('target-id-duplicate', `Another Target already has ${what}: rename one of them (Ids are case-sensitive).`, idRef));
  } else if (target.id === '') {
    out.push(diag('target-id-empty', 'This Target\'s Id is empty: the tool accepts it (a TargetRef Id="" names it), but give it a name (e.g. Id_Contoso) so its Variants say which SIM they are for.', idRef));
  }
  const label = target.id ? `Target "${target.id}"` : 'this Target';
  const Label = target.id ? label : 'This Target';
  if (target.states.length === 0) {
    out.push(diag('target-no-states', `${Label} has no TargetState, so it never matches: add one with conditions such as MCC and MNC.`, { part, path: [] }));
  }
  const referenced = isReferenced(target, ctx);
  for (const state of target.states) {
    if (state.conditions.length === 0) {
      out.push(diag('target-state-empty', `A TargetState of ${label} has no condition: add one (e.g. MCC) or remove the state.`, { part, path: [state.key] }));
    }
    const seen: string[] = [];
    for (const c of state.conditions) {
      const path = [state.key, c.key];
      for (const issue of checkCondition(c.name, c.value, c.isWildCard, referenced)) {
        out.push(diag(issue.code, issue.message, { part, path, field: issue.field }, issue.severity));
      }
      if (c.name === undefined) continue;
      const name = c.name;
      const twin = seen.find((s) => sameConditionName(s, name));
      if (twin !== undefined) {
        const how = twin === name ? '' : ` (as "${twin}": names are compared ignoring case)`;
        const fate = referenced
          ? 'the imaging tool fails while generating the packages of this Target'
          : 'the imaging tool will fail once a Variant refers to this Target';
        out.push(diag('condition-name-duplicate', `Condition ${name || '""'} appears twice in one TargetState of ${label}${how}: ${fate}. Keep one (use another TargetState for an alternative).`, { part, path, field: 'name' }, referenced ? 'error' : 'warning'));
      }
      seen.push(name);
    }
  }
  // The target audit (target-audit.ts): after the Target's own checks.
  if (!referenced && target.id !== undefined && ctx.firstTargetById.get(target.id) === target.key) out.push(unusedTarget(target, part));
  const never = neverMatches(target, part);
  if (never) out.push(never);
  return out;
}
