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

/** The parts every built object shares: `extraAttrs` and `end` (only when non-empty). */
function extras(extra: readonly Attr[], end: readonly Trivia[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (extra.length > 0) out.extraAttrs = extra;
  if (end && end.length > 0) out.end = end;
  return out;
}

function childrenOf<T>(frame: Frame, ...kinds: KnownKind[]): T[] {
  return frame.children.filter((c) => kinds.includes(c.kind)).map((c) => c.value as T);
}

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
      const variants = childrenOf<Variant>(frame, EL.variant);
      const doc: Record<string, unknown> = { ...fields, ...extras(extra, end), variants };
      const [imports] = childrenOf<ImportsSection>(frame, EL.imports);
      const [targets] = childrenOf<TargetsSection>(frame, EL.targets);
      const [stat] = childrenOf<StaticSection>(frame, EL.static);
      if (imports) doc.imports = imports;
      if (targets) doc.targets = targets;
      if (stat) doc.static = stat;
      return doc as unknown as AnswerFile;
    }
    case EL.imports:
      return { ...extras(extra, end), imports: childrenOf<Import>(frame, EL.import) } satisfies ImportsSection;
    case EL.import:
      return { key: asKey<'Import'>(keys()), ...fields, ...extras(extra, undefined) } satisfies Import;
    case EL.targets:
      return { ...extras(extra, end), targets: childrenOf<Target>(frame, EL.target) } satisfies TargetsSection;
    case EL.target:
      return {
        key: asKey<'Target'>(keys()),
        ...fields,
        ...extras(extra, end),
        states: childrenOf<TargetState>(frame, EL.targetState),
      } satisfies Target;
    case EL.targetState:
      return {
        key: asKey<'TargetState'>(keys()),
        ...extras(extra, end),
        conditions: childrenOf<Condition>(frame, EL.condition),
      } satisfies TargetState;
    case EL.condition:
      return { key: asKey<'Condition'>(keys()), ...fields, ...extras(extra, undefined) } satisfies Condition;
    case EL.static:
      return {
        ...extras(extra, end),
        items: childrenOf<StaticItem>(frame, EL.settings, EL.applications, EL.dataAssets),
      } satisfies StaticSection;
    case EL.variant: {
      const v: Record<string, unknown> = {
        key: asKey<'Variant'>(keys()),
        ...fields,
        ...extras(extra, end),
        items: childrenOf<VariantItem>(frame, EL.settings, EL.applications),
      };
      const [refs] = childrenOf<TargetRefs>(frame, EL.targetRefs);
      if (refs) v.targetRefs = refs;
      return v as unknown as Variant;
    }
    case EL.targetRefs:
      return { ...extras(extra, end), refs: childrenOf<TargetRef>(frame, EL.targetRef) } satisfies TargetRefs;
    case EL.targetRef:
      return { key: asKey<'TargetRef'>(keys()), ...fields, ...extras(extra, undefined) } satisfies TargetRef;
    case EL.settings:
      return {
        kind: 'settings',
        key: asKey<'Group'>(keys()),
        ...fields,
        ...extras(extra, end),
        entries: childrenOf<SettingsEntry>(frame, EL.setting, EL.asset),
      } satisfies SettingsGroup;
    case EL.setting:
      return { kind: 'setting', key: asKey<'Entry'>(keys()), ...fields, ...extras(extra, undefined) } satisfies Setting;
    case EL.asset:
      return { kind: 'asset', key: asKey<'Entry'>(keys()), ...fields, ...extras(extra, undefined) } satisfies Asset;
    case EL.applications:
      return {
        kind: 'applications',
        key: asKey<'Group'>(keys()),
        ...extras(extra, end),
        apps: childrenOf<Application>(frame, EL.application),
      } satisfies ApplicationsBlock;
    case EL.application:
      return { key: asKey<'Application'>(keys()), ...fields, ...extras(extra, undefined) } satisfies Application;
    case EL.dataAssets:
      return {
        kind: 'dataAssets',
        key: asKey<'Group'>(keys()),
        ...fields,
        ...extras(extra, end),
        assets: childrenOf<DataAsset>(frame, EL.dataAsset),
      } satisfies DataAssetsBlock;
    case EL.dataAsset:
      return { key: asKey<'DataAsset'>(keys()), ...fields, ...extras(extra, undefined) } satisfies DataAsset;
  }
}
