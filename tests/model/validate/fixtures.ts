// Small fixture documents as TypeScript literals. Keys come from one deterministic counter.

import type {
  AnswerFile,
  Application,
  ApplicationsBlock,
  Asset,
  Condition,
  DataAssetsBlock,
  Setting,
  SettingsGroup,
  StaticItem,
  Target,
  TargetState,
  Variant,
  VariantItem,
} from '../../../src/model/types.ts';
import { asKey, counterKeys } from '../../../src/model/ids.ts';
import type { Key } from '../../../src/model/ids.ts';

const next = counterKeys('f');
export const key = <K extends string>(): Key<K> => asKey<K>(next());

export const cond = (name: string | undefined, value: string | undefined, isWildCard?: string): Condition => ({
  key: key(),
  ...(name !== undefined ? { name } : {}),
  ...(value !== undefined ? { value } : {}),
  ...(isWildCard !== undefined ? { isWildCard } : {}),
});

export const state = (...conditions: Condition[]): TargetState => ({ key: key(), conditions });

export const target = (id: string | undefined, ...states: TargetState[]): Target => ({
  key: key(),
  ...(id !== undefined ? { id } : {}),
  states,
});

/** A Target matching one MCC/MNC pair. */
export const simTarget = (id: string, mcc = '310', mnc = '260'): Target => target(id, state(cond('MCC', mcc), cond('MNC', mnc)));

export const setting = (name: string | undefined, value?: string, extra: Partial<Setting> = {}): Setting => ({
  kind: 'setting',
  key: key(),
  ...(name !== undefined ? { name } : {}),
  ...(value !== undefined ? { value } : {}),
  ...extra,
});

export const asset = (name: string, source: string | undefined, extra: Partial<Asset> = {}): Asset => ({
  kind: 'asset',
  key: key(),
  name,
  ...(source !== undefined ? { source } : {}),
  ...extra,
});

export const group = (path: string | undefined, ...entries: (Setting | Asset)[]): SettingsGroup => ({
  kind: 'settings',
  key: key(),
  ...(path !== undefined ? { path } : {}),
  entries,
});

export const app = (fields: Partial<Application> = {}): Application => ({
  key: key(),
  source: 'C:\\Apps\\App.appx',
  license: 'C:\\Apps\\License.xml',
  provXml: 'C:\\Apps\\MPAP_App_01.provxml',
  ...fields,
});

export const apps = (...list: Application[]): ApplicationsBlock => ({ kind: 'applications', key: key(), apps: list });

export const dataAssets = (type: string | undefined, ...sources: string[]): DataAssetsBlock => ({
  kind: 'dataAssets',
  key: key(),
  ...(type !== undefined ? { type } : {}),
  assets: sources.map((source) => ({ key: key(), source })),
});

export const variant = (name: string, refIds: readonly (string | undefined)[] | undefined, ...items: VariantItem[]): Variant => ({
  key: key(),
  name,
  ...(refIds !== undefined
    ? { targetRefs: { refs: refIds.map((id) => ({ key: key(), ...(id !== undefined ? { id } : {}) })) } }
    : {}),
  items,
});

export const multivariantOn = (): readonly StaticItem[] => [
  group('Multivariant', setting('Enable', '1')),
  group('AutoDataConfig', setting('Enable', '0')),
];

/** A clean document: one target, Static with Multivariant on, one Variant with a per-SIM group. */
export function cleanDoc(over: Partial<AnswerFile> = {}): AnswerFile {
  return {
    name: 'Sample',
    owner: 'Contoso',
    ownerType: 'OEM',
    targets: { targets: [simTarget('T1')] },
    static: { items: multivariantOn() },
    variants: [variant('V1', ['T1'], group('Messaging/PerSimSettings/$(__ICCID)', setting('AllowSMStoSMTPAddress', 'True')))],
    ...over,
  };
}

/** The clean document with extra Static items. */
export const withStatic = (...items: StaticItem[]): AnswerFile => cleanDoc({ static: { items: [...multivariantOn(), ...items] } });

/** The clean document with an extra Variant (referring to T1) holding `items`. */
export const withVariantItems = (...items: VariantItem[]): AnswerFile => {
  const d = cleanDoc();
  return { ...d, variants: [...d.variants, variant('V2', ['T1'], ...items)] };
};

/** The clean document with an extra Target. */
export const withTarget = (t: Target): AnswerFile => cleanDoc({ targets: { targets: [simTarget('T1'), t] } });
