// Cross-part facts, built once per validation run (cheap maps), so each part can be checked on its own.

import type { AnswerFile, Target, Variant } from '../types.ts';
import type { TargetKey } from '../ids.ts';
import { targetList } from '../answer-file.ts';

export interface ValidationContext {
  /** /StrictSettingPolicies: unknown paths and names are errors instead of warnings. */
  readonly strict: boolean;
  /** Each Target Id (`""` included) with the key of the first Target carrying it (Ids match case-sensitively). */
  readonly firstTargetById: ReadonlyMap<string, TargetKey>;
  /**
   * The Ids some Variant's TargetRef names. The tool generates a datastore entry only for those Targets, so their
   * condition names that cannot be written (empty, not XML names, duplicates) fail the build; elsewhere they do not.
   */
  readonly referencedTargetIds: ReadonlySet<string>;
}

/** The Ids the Variants' TargetRefs name (as written: ordinal, `""` included). */
export function referencedTargetIds(variants: readonly Variant[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const v of variants) for (const r of v.targetRefs?.refs ?? []) if (r.id !== undefined) ids.add(r.id);
  return ids;
}

/** Whether a Variant refers to the Target (its Id, exactly). */
export function isReferenced(t: Target, ctx: ValidationContext): boolean {
  return t.id !== undefined && ctx.referencedTargetIds.has(t.id);
}

/** Whether two sets hold the same Ids. */
export function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

export function buildContext(doc: AnswerFile, strict: boolean): ValidationContext {
  const firstTargetById = new Map<string, TargetKey>();
  for (const t of targetList(doc)) {
    if (t.id !== undefined && !firstTargetById.has(t.id)) firstTargetById.set(t.id, t.key);
  }
  return { strict, firstTargetById, referencedTargetIds: referencedTargetIds(doc.variants) };
}
