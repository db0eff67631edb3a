// Cross-part facts, built once per validation run (cheap maps), so each part can be checked on its own.

import type { AnswerFile } from '../types.ts';
import type { TargetKey } from '../ids.ts';
import { targetList } from '../answer-file.ts';

export interface ValidationContext {
  /** /StrictSettingPolicies: unknown paths and names are errors instead of warnings. */
  readonly strict: boolean;
  /** Each Target Id with the key of the first Target carrying it (Ids match case-sensitively). */
  readonly firstTargetById: ReadonlyMap<string, TargetKey>;
}

export function buildContext(doc: AnswerFile, strict: boolean): ValidationContext {
  const firstTargetById = new Map<string, TargetKey>();
  for (const t of targetList(doc)) {
    if (t.id !== undefined && t.id !== '' && !firstTargetById.has(t.id)) firstTargetById.set(t.id, t.key);
  }
  return { strict, firstTargetById };
}
