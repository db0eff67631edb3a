// What the cross-part checks (merged Variants, asset device paths) do to one part's diagnostics: what they add,
// and which of the part's own diagnostics the merged Variant no longer bears out.

import type { DiagnosticCode } from './codes.ts';
import type { Diagnostic } from './diagnostic.ts';

/** What the cross-part checks add to one part's own diagnostics. */
export interface PartExtras {
  /** Diagnostics shown after the part's own. */
  readonly add: readonly Diagnostic[];
  /**
   * The part's own diagnostics the merged Variant no longer bears out, as `forgiveKey(code, key)`: the key is the
   * entry's (or, for a group's own diagnostic, the group's), and the code '*' stands for every verify-stage code
   * of that entry (a repeated setting the merge dropped is not verified at all).
   */
  readonly forgive: ReadonlySet<string>;
}

export const NO_KEYS: ReadonlySet<string> = new Set();

/** The key of one forgiven diagnostic (see PartExtras.forgive). */
export const forgiveKey = (code: DiagnosticCode | '*', key: string): string => `${code}\u0000${key}`;

/** Whether the merged Variant no longer bears out `d`, one of its part's own diagnostics. */
export function isForgiven(d: Diagnostic, forgive: ReadonlySet<string>): boolean {
  const key = d.ref.path.at(-1);
  if (key === undefined) return false;
  if (forgive.has(forgiveKey(d.code, key))) return true;
  // A dropped entry: what the verifier would say of it goes (schema findings stay: the file is loaded first).
  return forgive.has(forgiveKey('*', key)) && !d.code.startsWith('schema-') && d.code !== 'setting-type-invalid' && d.code !== 'setting-name-empty';
}
