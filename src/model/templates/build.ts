// Factories the document templates are built from: a Setting, a settings group, an operator Target and the
// Variant that points at it, and the Static pair that turns run-time configuration on (docs/format.md §4.3).
// Every key comes from the given generator (invariant 2).

import type { AnswerFile, Setting, SettingsGroup, Target, Variant, VariantItem } from '../types.ts';
import type { KeyGen } from '../ids.ts';
import { asKey } from '../ids.ts';

/** A `<Setting Name Value>`; '' is a value only the user knows (the validator or the form asks for it). */
export function setting(keys: KeyGen, name: string, value: string): Setting {
  return { kind: 'setting', key: asKey<'Entry'>(keys()), name, value };
}

/** A `<Settings Path>` group of settings, in the given order. */
export function group(keys: KeyGen, path: string, settings: readonly (readonly [string, string])[]): SettingsGroup {
  const key = asKey<'Group'>(keys());
  return { kind: 'settings', key, path, entries: settings.map(([n, v]) => setting(keys, n, v)) };
}

/** A Target `id` with one TargetState whose conditions are named and left empty (the user's SIM values). */
export function operatorTarget(keys: KeyGen, id: string, conditions: readonly string[]): Target {
  return {
    key: asKey<'Target'>(keys()),
    id,
    states: [
      {
        key: asKey<'TargetState'>(keys()),
        conditions: conditions.map((name) => ({ key: asKey<'Condition'>(keys()), name, value: '' })),
      },
    ],
  };
}

/** A Variant `name` pointing at the Target `targetId`, holding `items`. */
export function operatorVariant(keys: KeyGen, name: string, targetId: string, items: (keys: KeyGen) => readonly VariantItem[]): Variant {
  const key = asKey<'Variant'>(keys());
  const targetRefs = { refs: [{ key: asKey<'TargetRef'>(keys()), id: targetId }] };
  return { key, name, targetRefs, items: items(keys) };
}

/** Run-time configuration on, legacy AutoDataConfig off: every per-SIM docs template carries this pair. */
export function multivariantStatic(keys: KeyGen): NonNullable<AnswerFile['static']> {
  return { items: [group(keys, 'Multivariant', [['Enable', '1']]), group(keys, 'AutoDataConfig', [['Enable', '0']])] };
}

/**
 * A one-operator document: Target `Operator` on MCC and MNC (left empty), the Static pair, and one Variant
 * `Operator` holding `items`. Owner is left empty: only the user knows it.
 */
export function operatorDocument(keys: KeyGen, name: string, description: string, items: (keys: KeyGen) => readonly VariantItem[]): AnswerFile {
  const target = operatorTarget(keys, 'Operator', ['MCC', 'MNC']);
  const staticSection = multivariantStatic(keys);
  return {
    name,
    description,
    owner: '',
    ownerType: 'OEM',
    targets: { targets: [target] },
    static: staticSection,
    variants: [operatorVariant(keys, 'Operator', 'Operator', items)],
  };
}
