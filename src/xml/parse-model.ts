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
import { CAF_NAMESPACE, EL } from './names.ts';
import { assignAttrs } from './parse-frames.ts';
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
function entity(out: Record<string, unknown>, key: string, frame: Frame, kind: KnownKind, end: readonly Trivia[] | undefined): Record<string, unknown> {
  out.key = key;
  return withExtras(out, assignAttrs(out, kind, frame.attrs), end);
}

/** A leaf (empty-content element): `out` as entity() makes it, with what stood inside it as `inner` (when anything). */
function leaf(out: Record<string, unknown>, key: string, frame: Frame, kind: KnownKind): Record<string, unknown> {
  entity(out, key, frame, kind, undefined);
  if (frame.pending.length > 0) out.inner = frame.pending;
  return out;
}

/** An element without known attributes: all of its attributes are extras. */
function section(frame: Frame, kind: KnownKind, end: readonly Trivia[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  return withExtras(out, assignAttrs(out, kind, frame.attrs), end);
}

function childrenOf<T>(frame: Frame, kind: KnownKind): T[] {
  const out: T[] = [];
  const { children, childKinds } = frame;
  for (let i = 0; i < children.length; i++) if (childKinds[i] === kind) out.push(children[i] as T);
  return out;
}

function childrenOfAny<T>(frame: Frame, kinds: readonly KnownKind[]): T[] {
  const out: T[] = [];
  const { children, childKinds } = frame;
  for (let i = 0; i < children.length; i++) if (kinds.includes(childKinds[i])) out.push(children[i] as T);
  return out;
}

function firstChild<T>(frame: Frame, kind: KnownKind): T | undefined {
  const i = frame.childKinds.indexOf(kind);
  return i < 0 ? undefined : (frame.children[i] as T);
}

/** `xmlns="<format namespace>"` on the root: written by the serializer itself, so not an extra attribute. */
function isDefaultNsDecl(a: Attr): boolean {
  return a.name === 'xmlns' && a.value === CAF_NAMESPACE;
}

const STATIC_ITEMS: readonly KnownKind[] = [EL.settings, EL.applications, EL.dataAssets];
const VARIANT_ITEMS: readonly KnownKind[] = [EL.settings, EL.applications];
const ENTRIES: readonly KnownKind[] = [EL.setting, EL.asset];

/**
 * Builds the model object of a known element from its frame: its known attributes become fields (XML name
 * mapped to the model field), the rest `extraAttrs`; `end` is the trivia after its last known child
 * (containers), `inner` everything inside a leaf. Keys are drawn here, as each element closes.
 */
export function buildKnown(frame: Frame, kind: KnownKind, keys: KeyGen): object {
  const end = frame.pending;
  switch (kind) {
    case EL.root: {
      const doc: Record<string, unknown> = {};
      withExtras(doc, assignAttrs(doc, kind, frame.attrs, isDefaultNsDecl), end);
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
      const o = section(frame, kind, end);
      o.imports = childrenOf<Import>(frame, EL.import);
      return o as unknown as ImportsSection;
    }
    case EL.import:
      return leaf({}, asKey<'Import'>(keys()), frame, kind) as unknown as Import;
    case EL.targets: {
      const o = section(frame, kind, end);
      o.targets = childrenOf<Target>(frame, EL.target);
      return o as unknown as TargetsSection;
    }
    case EL.target: {
      const o = entity({}, asKey<'Target'>(keys()), frame, kind, end);
      o.states = childrenOf<TargetState>(frame, EL.targetState);
      return o as unknown as Target;
    }
    case EL.targetState: {
      const o = entity({}, asKey<'TargetState'>(keys()), frame, kind, end);
      o.conditions = childrenOf<Condition>(frame, EL.condition);
      return o as unknown as TargetState;
    }
    case EL.condition:
      return leaf({}, asKey<'Condition'>(keys()), frame, kind) as unknown as Condition;
    case EL.static: {
      const o = section(frame, kind, end);
      o.items = childrenOfAny<StaticItem>(frame, STATIC_ITEMS);
      return o as unknown as StaticSection;
    }
    case EL.variant: {
      const v = entity({}, asKey<'Variant'>(keys()), frame, kind, end);
      v.items = childrenOfAny<VariantItem>(frame, VARIANT_ITEMS);
      const refs = firstChild<TargetRefs>(frame, EL.targetRefs);
      if (refs) v.targetRefs = refs;
      return v as unknown as Variant;
    }
    case EL.targetRefs: {
      const o = section(frame, kind, end);
      o.refs = childrenOf<TargetRef>(frame, EL.targetRef);
      return o as unknown as TargetRefs;
    }
    case EL.targetRef:
      return leaf({}, asKey<'TargetRef'>(keys()), frame, kind) as unknown as TargetRef;
    case EL.settings: {
      const o = entity({ kind: 'settings' }, asKey<'Group'>(keys()), frame, kind, end);
      o.entries = childrenOfAny<SettingsEntry>(frame, ENTRIES);
      return o as unknown as SettingsGroup;
    }
    case EL.setting:
      return leaf({ kind: 'setting' }, asKey<'Entry'>(keys()), frame, kind) as unknown as Setting;
    case EL.asset:
      return leaf({ kind: 'asset' }, asKey<'Entry'>(keys()), frame, kind) as unknown as Asset;
    case EL.applications: {
      const o = entity({ kind: 'applications' }, asKey<'Group'>(keys()), frame, kind, end);
      o.apps = childrenOf<Application>(frame, EL.application);
      return o as unknown as ApplicationsBlock;
    }
    case EL.application:
      return leaf({}, asKey<'Application'>(keys()), frame, kind) as unknown as Application;
    case EL.dataAssets: {
      const o = entity({ kind: 'dataAssets' }, asKey<'Group'>(keys()), frame, kind, end);
      o.assets = childrenOf<DataAsset>(frame, EL.dataAsset);
      return o as unknown as DataAssetsBlock;
    }
    case EL.dataAsset:
      return leaf({}, asKey<'DataAsset'>(keys()), frame, kind) as unknown as DataAsset;
  }
}
