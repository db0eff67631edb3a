// Multivariant/Enable and AutoDataConfig/Enable in Static (docs/format.md §4.3): exactly one may be 1.

import type { StaticSection, SettingsGroup, Setting } from '../types.ts';
import type { FieldRef } from '../refs.ts';
import { parseSettingInteger } from '../setting-value.ts';

export interface MultivariantState {
  readonly multivariantOn: boolean;
  /** The Multivariant/Enable value, when the setting exists. */
  readonly multivariantRef?: FieldRef;
  readonly adcOn: boolean;
  readonly adcRef?: FieldRef;
}

const OFF: MultivariantState = { multivariantOn: false, adcOn: false };
const memo = new WeakMap<StaticSection, MultivariantState>();

function isOn(value: string | undefined): boolean {
  if (value === undefined) return false;
  return parseSettingInteger(value) === 1 || value.toLowerCase() === 'true';
}

function enableSetting(group: SettingsGroup): Setting | undefined {
  for (const e of group.entries) if (e.kind === 'setting' && e.name?.toLowerCase() === 'enable') return e;
  return undefined;
}

/** Where the two switches are and whether they are on; memoised by the Static section's identity. */
export function multivariantState(section: StaticSection | undefined): MultivariantState {
  if (!section) return OFF;
  const hit = memo.get(section);
  if (hit) return hit;
  let state: { -readonly [K in keyof MultivariantState]: MultivariantState[K] } = { ...OFF };
  for (const item of section.items) {
    if (item.kind !== 'settings') continue;
    const path = item.path?.toLowerCase();
    if (path !== 'multivariant' && path !== 'autodataconfig') continue;
    const s = enableSetting(item);
    if (!s) continue;
    const ref: FieldRef = { part: { kind: 'static' }, path: [item.key, s.key], field: 'value' };
    if (path === 'multivariant' && !state.multivariantOn) state = { ...state, multivariantOn: isOn(s.value), multivariantRef: ref };
    if (path === 'autodataconfig' && !state.adcOn) state = { ...state, adcOn: isOn(s.value), adcRef: ref };
  }
  memo.set(section, state);
  return state;
}
