// Which diagnostics have a certain fix, described as data. The store applies a fix with the model's
// edit functions (groups.ts, conditions.ts, ...); nothing here edits the document.

import type { FieldRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';

export type QuickFix =
  /**
   * Turn on runtime configuration. When `ref` points at an existing Multivariant/Enable value
   * (field 'value'), set it to 1; when it points at the Static part itself (path []), add
   * `<Settings Path="Multivariant"><Setting Name="Enable" Value="1"/></Settings>` to Static.
   */
  | { readonly kind: 'enable-multivariant'; readonly ref: FieldRef }
  /** Lowercase the `Pattern:`/`Range:` prefix of the condition value at `ref` (lowercaseConditionPrefix). */
  | { readonly kind: 'lowercase-prefix'; readonly ref: FieldRef }
  /** Move the Static settings group at `ref` (path [groupKey]) to a Variant the user picks (moveItemToOwner). */
  | { readonly kind: 'move-group-to-variant'; readonly ref: FieldRef }
  /** Set AutoDataConfig/Enable (the value at `ref`) to 0. */
  | { readonly kind: 'disable-auto-data-config'; readonly ref: FieldRef };

export function quickFixFor(d: Diagnostic): QuickFix | undefined {
  switch (d.code) {
    case 'multivariant-missing':
      return { kind: 'enable-multivariant', ref: d.ref };
    case 'condition-prefix-case':
      return { kind: 'lowercase-prefix', ref: d.ref };
    case 'per-sim-in-static':
      return { kind: 'move-group-to-variant', ref: { part: d.ref.part, path: d.ref.path.slice(0, 1) } };
    case 'multivariant-and-adc':
      return { kind: 'disable-auto-data-config', ref: d.ref };
    default:
      return undefined;
  }
}
