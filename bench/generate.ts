// Deterministic benchmark documents: N targets (one TargetState of 3 Conditions: MCC, MNC, SPN) and N variants
// (1 TargetRef + 20 settings in two realistic per-SIM / per-IMSI groups), plus a small Static block.
// Names and value kinds come from the settings catalog, so the document looks like a real multivariant
// answer file (the validator sees known paths and names); every 7th variant carries escape-worthy text
// (& < > " '). No randomness: the same N always gives the same model and the same XML.

import type { AnswerFile, Setting, SettingsGroup, Target, Variant } from '../src/model/types.ts';
import type { KeyGen } from '../src/model/ids.ts';
import { asKey, counterKeys } from '../src/model/ids.ts';
import { settingsOfGroup } from '../src/model/catalog/lookup.ts';
import type { CatalogSetting } from '../src/model/catalog/types.ts';

export const PER_SIM_PATH = 'Messaging/PerSimSettings/$(__ICCID)';
export const PER_IMSI_PATH = 'CellCore/PerIMSI/$(__IMSI)/SMS';
/** Settings per variant: 12 per-SIM + 8 per-IMSI. */
export const SETTINGS_PER_VARIANT = 20;

/** The document's Name; the page benchmark waits for it to know the import finished. */
export function benchDocName(n: number): string {
  return `Bench fleet ${n}`;
}

export function targetId(i: number): string {
  return `Operator${String(i).padStart(5, '0')}`;
}

/** A plausible value for a catalog entry; `i` varies strings, `tricky` adds characters that need escaping. */
function valueFor(s: CatalogSetting, i: number, tricky: boolean): string {
  const t = s.valueType;
  switch (t.kind) {
    case 'boolean':
      return t.spellings[i % 2 === 0 ? 1 : 0] ?? '1';
    case 'integer': {
      const lo = t.min ?? 0;
      const hi = t.max ?? lo + 200;
      return String(lo + (i % Math.max(1, hi - lo + 1)));
    }
    case 'enum':
      return t.options[i % t.options.length]?.value ?? '0';
    case 'multistring':
      return t.itemType === 'port' ? `${2948 + (i % 10)}` : `Prefix${i % 100}`;
    case 'string':
      if (t.fixed && t.fixed.length > 0) return t.fixed[0];
      if (t.format === 'absolute-path') return 'C:\\Data\\bench.xml';
      return tricky ? `Op ${i} & "Partners" <mms> 'gateway' for roaming` : `http://mms.operator${String(i).padStart(5, '0')}.example.com/servlets/mms/delivery`;
    default:
      return String(i % 10);
  }
}

/** The first `count` single-valued catalog entries of `path` (asset references and untyped entries skipped). */
function pickEntries(path: string, count: number): readonly CatalogSetting[] {
  const usable = settingsOfGroup(path).filter((s) => s.kind === 'Setting' && s.valueType.kind !== 'asset-ref' && s.valueType.kind !== 'unknown');
  if (usable.length < count) throw new Error(`catalog group ${path} has only ${usable.length} usable entries`);
  return usable.slice(0, count);
}

/** The `Type` attribute written for a catalog value kind (answer files commonly spell it out). */
const TYPE_ATTR: Partial<Record<CatalogSetting['valueType']['kind'], string>> = {
  boolean: 'boolean',
  integer: 'integer',
  enum: 'integer',
  string: 'string',
};

function group(keys: KeyGen, path: string, entries: readonly CatalogSetting[], i: number, tricky: boolean): SettingsGroup {
  return {
    kind: 'settings',
    key: asKey<'Group'>(keys()),
    path,
    entries: entries.map(
      (s, j): Setting => {
        const type = TYPE_ATTR[s.valueType.kind];
        const value = valueFor(s, i + j, tricky && j % 3 === 1);
        return { kind: 'setting', key: asKey<'Entry'>(keys()), name: s.name, value, ...(type ? { type } : {}) };
      },
    ),
  };
}

/** The benchmark document of size n (default 1000 targets and 1000 variants). */
export function generateDocument(n: number, keys: KeyGen = counterKeys('b')): AnswerFile {
  const perSim = pickEntries(PER_SIM_PATH, 12);
  const perImsi = pickEntries(PER_IMSI_PATH, 8);
  const targets: Target[] = [];
  const variants: Variant[] = [];
  for (let i = 0; i < n; i++) {
    const id = targetId(i);
    const tricky = i % 7 === 3;
    targets.push({
      key: asKey<'Target'>(keys()),
      id,
      states: [
        {
          key: asKey<'TargetState'>(keys()),
          conditions: [
            { key: asKey<'Condition'>(keys()), name: 'MCC', value: String(200 + (i % 700)) },
            { key: asKey<'Condition'>(keys()), name: 'MNC', value: String(i % 1000).padStart(3, '0') },
            { key: asKey<'Condition'>(keys()), name: 'SPN', value: tricky ? `Tel & <Co> "${i % 100}"` : `Carrier ${i}` },
          ],
        },
      ],
    });
    variants.push({
      key: asKey<'Variant'>(keys()),
      name: `${id} settings`,
      targetRefs: { refs: [{ key: asKey<'TargetRef'>(keys()), id }] },
      items: [group(keys, PER_SIM_PATH, perSim, i, tricky), group(keys, PER_IMSI_PATH, perImsi, i, tricky)],
    });
  }
  return {
    name: benchDocName(n),
    description: `Benchmark document: ${n} targets, ${n} variants, ${SETTINGS_PER_VARIANT} settings each`,
    owner: 'Bench & Co',
    ownerType: 'MobileOperator',
    targets: { targets },
    static: {
      items: [
        {
          kind: 'settings',
          key: asKey<'Group'>(keys()),
          path: 'Multivariant',
          entries: [{ kind: 'setting', key: asKey<'Entry'>(keys()), name: 'Enable', value: '1' }],
        },
      ],
    },
    variants,
  };
}

/** The N whose XML is about `megabytes` MB (each target+variant pair is about 2.33 kB). */
export function nForMegabytes(megabytes: number, bytesPerUnit: number): number {
  return Math.ceil((megabytes * 1024 * 1024) / bytesPerUnit);
}
