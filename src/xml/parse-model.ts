// Turns a closed known frame into its model object. Optional fields and empty trivia lists are left out
// (not set to undefined) so that an import compares equal to the model the editor builds.

import type {
  AnswerFile,
  Application,
  ApplicationsBlock,
  Asset,
  Attr,
  Condition,
  DataAsset,
  DataAssetsBlock,
  Import,
  ImportsSection,
  Setting,
  SettingsEntry,
  SettingsGroup,
  StaticItem,
  StaticSection,
  Target,
  TargetRef,
  TargetRefs,
  TargetsSection,
  TargetState,
  Trivia,
  Variant,
  VariantItem,
} from '../model/types.ts';
import { asKey } from '../model/ids.ts';
import type { KeyGen } from '../model/ids.ts';
import { EL } from './names.ts';
import type { Frame, KnownKind } from './parse-frames.ts';

/**
 * Adds the parts every built object shares, `extraAttrs` and `end` (only when non-empty), to `out`. Objects are
 * built by assignment, not spreads: a parse builds one per element, tens of thousands in a large file.
 */
function withExtras(out: Record<string, unknown>, extra: readonly Attr[], end: readonly Trivia[] | undefined): Record<string, unknown> {
  if (extra.length > 0) out.extraAttrs = extra;
  if (end && end.length > 0) out.end = end;
  return out;
}

/** `out` (e.g. `{ kind }`) with `key`, then the known attributes in source order, then the extras. */
function entity(
  out: Record<string, unknown>,
  key: string,
  fields: Record<string, string>,
  extra: readonly Attr[],
  end: readonly Trivia[] | undefined,
): Record<string, unknown> {
  out.key = key;
  for (const f in fields) out[f] = fields[f];
  return withExtras(out, extra, end);
}

function childrenOf<T>(frame: Frame, kind: KnownKind): T[] {
  const out: T[] = [];
  for (const c of frame.children) if (c.kind === kind) out.push(c.value as T);
  return out;
}

function childrenOfAny<T>(frame: Frame, kinds: readonly KnownKind[]): T[] {
  const out: T[] = [];
  for (const c of frame.children) if (kinds.includes(c.kind)) out.push(c.value as T);
  return out;
}

function firstChild<T>(frame: Frame, kind: KnownKind): T | undefined {
  for (const c of frame.children) if (c.kind === kind) return c.value as T;
  return undefined;
}

const STATIC_ITEMS: readonly KnownKind[] = [EL.settings, EL.applications, EL.dataAssets];
const VARIANT_ITEMS: readonly KnownKind[] = [EL.settings, EL.applications];
const ENTRIES: readonly KnownKind[] = [EL.setting, EL.asset];

/**
 * Builds the model object of a known element. `fields` are its known attributes (XML name already mapped
 * to the model field), `extra` the rest; `end` is the trivia after its last known child (containers only).
 */
export function buildKnown(
  frame: Frame,
  kind: KnownKind,
  fields: Record<string, string>,
  extra: readonly Attr[],
  keys: KeyGen,
): object {
  const end = frame.pending;
  switch (kind) {
    case EL.root: {
      const doc = withExtras({ ...fields }, extra, end);
      doc.variants = childrenOf<Variant>(frame, EL.variant);
      const imports = firstChild<ImportsSection>(frame, EL.imports);
      const targets = firstChild<TargetsSection>(frame, EL.targets);
      const stat = firstChild<StaticSection>(frame, EL.static);
      if (imports) doc.imports = imports;
      if (targets) doc.targets = targets;
      if (stat) doc.static = stat;
      return doc as unknown as AnswerFile;
    }
    case EL.imports: {
      const o = withExtras({}, extra, end);
      o.imports = childrenOf<Import>(frame, EL.import);
      return o as unknown as ImportsSection;
    }
    case EL.import:
      return entity({}, asKey<'Import'>(keys()), fields, extra, undefined) as unknown as Import;
    case EL.targets: {
      const o = withExtras({}, extra, end);
      o.targets = childrenOf<Target>(frame, EL.target);
      return o as unknown as TargetsSection;
    }
    case EL.target: {
      const o = entity({}, asKey<'Target'>(keys()), fields, extra, end);
      o.states = childrenOf<TargetState>(frame, EL.targetState);
      return o as unknown as Target;
    }
    case EL.targetState: {
      const o = entity({}, asKey<'TargetState'>(keys()), fields, extra, end);
      o.conditions = childrenOf<Condition>(frame, EL.condition);
      return o as unknown as TargetState;
    }
    case EL.condition:
      return entity({}, asKey<'Condition'>(keys()), fields, extra, undefined) as unknown as Condition;
    case EL.static: {
      const o = withExtras({}, extra, end);
      o.items = childrenOfAny<StaticItem>(frame, STATIC_ITEMS);
      return o as unknown as StaticSection;
    }
    case EL.variant: {
      const v = entity({}, asKey<'Variant'>(keys()), fields, extra, end);
      v.items = childrenOfAny<VariantItem>(frame, VARIANT_ITEMS);
      const refs = firstChild<TargetRefs>(frame, EL.targetRefs);
      if (refs) v.targetRefs = refs;
      return v as unknown as Variant;
    }
    case EL.targetRefs: {
      const o = withExtras({}, extra, end);
      o.refs = childrenOf<TargetRef>(frame, EL.targetRef);
      return o as unknown as TargetRefs;
    }
    case EL.targetRef:
      return entity({}, asKey<'TargetRef'>(keys()), fields, extra, undefined) as unknown as TargetRef;
    case EL.settings: {
      const o = entity({ kind: 'settings' }, asKey<'Group'>(keys()), fields, extra, end);
      o.entries = childrenOfAny<SettingsEntry>(frame, ENTRIES);
      return o as unknown as SettingsGroup;
    }
    case EL.setting:
      return entity({ kind: 'setting' }, asKey<'Entry'>(keys()), fields, extra, undefined) as unknown as Setting;
    case EL.asset:
      return entity({ kind: 'asset' }, asKey<'Entry'>(keys()), fields, extra, undefined) as unknown as Asset;
    case EL.applications: {
      const o: Record<string, unknown> = { kind: 'applications', key: asKey<'Group'>(keys()) };
      withExtras(o, extra, end);
      o.apps = childrenOf<Application>(frame, EL.application);
      return o as unknown as ApplicationsBlock;
    }
    case EL.application:
      return entity({}, asKey<'Application'>(keys()), fields, extra, undefined) as unknown as Application;
    case EL.dataAssets: {
      const o = entity({ kind: 'dataAssets' }, asKey<'Group'>(keys()), fields, extra, end);
      o.assets = childrenOf<DataAsset>(frame, EL.dataAsset);
      return o as unknown as DataAssetsBlock;
    }
    case EL.dataAsset:
      return entity({}, asKey<'DataAsset'>(keys()), fields, extra, undefined) as unknown as DataAsset;
  }
}
