// The model as plain elements: name, attributes in the order the house style writes them, children (known
// elements and kept nodes in document order). The layout-preserving writer walks this beside the source tree of
// the opened file. `id` names an element across edits: an entity's key, or for an element without one (the root
// and the sections Imports, Targets, Static, TargetRefs) its parent's id and its name.

import type {
  AnswerFile,
  ApplicationsBlock,
  Attr,
  ContainerExtras,
  DataAssetsBlock,
  Extras,
  ImportsSection,
  LeafExtras,
  SettingsEntry,
  SettingsGroup,
  StaticItem,
  StaticSection,
  Target,
  TargetRefs,
  TargetsSection,
  Trivia,
  Variant,
} from '../../model/types.ts';
import { assertNever } from '../../model/types.ts';
import { knownAttrs, type AttrTable } from '../names.ts';
import {
  APPLICATION_ATTRS,
  ASSET_ATTRS,
  CAF_NAMESPACE,
  CONDITION_ATTRS,
  DATA_ASSET_ATTRS,
  DATA_ASSETS_ATTRS,
  EL,
  IMPORT_ATTRS,
  ROOT_ATTRS,
  SETTING_ATTRS,
  SETTINGS_ATTRS,
  TARGET_ATTRS,
  TARGET_REF_ATTRS,
  VARIANT_ATTRS,
} from '../names.ts';

export interface Element {
  readonly kind: 'known';
  readonly name: string;
  readonly id: string;
  readonly attrs: readonly Attr[];
  /** A leaf's `inner`, written as read; a container's children with their `before` nodes and its `end`. */
  readonly children: readonly Child[];
  /** Whether the content is written exactly as kept (a leaf), rather than one child per line. */
  readonly leaf: boolean;
  /** The model entity (for caching by identity). */
  readonly entity: object;
}

export type Child = Element | Trivia;

export const ROOT_ID = '#root';

function attrsOf<T extends Extras>(obj: T, table: AttrTable<T>): Attr[] {
  const out = knownAttrs(obj, table);
  if (obj.extraAttrs) out.push(...obj.extraAttrs);
  return out;
}

/** Elements by their entity: an edit keeps untouched entities identical, so only the edited path is rebuilt. */
const elements = new WeakMap<object, Element>();
function memo(entity: object, make: () => Element): Element {
  let el = elements.get(entity);
  if (!el) elements.set(entity, (el = make()));
  return el;
}

function leaf<T extends LeafExtras & { key: string }>(name: string, obj: T, table: AttrTable<T>): Element {
  return memo(obj, () => ({ kind: 'known', name, id: obj.key, attrs: attrsOf(obj, table), children: obj.inner ?? [], leaf: true, entity: obj }));
}

/** `children` flattened: each element preceded by its `before` nodes, then the container's `end`. */
function flat(parts: readonly (readonly [Extras, Element])[], end: ContainerExtras['end']): Child[] {
  const out: Child[] = [];
  for (const [obj, el] of parts) {
    if (obj.before) out.push(...obj.before);
    out.push(el);
  }
  if (end) out.push(...end);
  return out;
}

function container<T extends ContainerExtras>(
  name: string,
  id: string,
  obj: T,
  table: AttrTable<T>,
  parts: () => readonly (readonly [Extras, Element])[],
  keep = true,
): Element {
  const make = (): Element => ({ kind: 'known', name, id, attrs: attrsOf(obj, table), children: flat(parts(), obj.end), leaf: false, entity: obj });
  return keep ? memo(obj, make) : make();
}

const NO_ATTRS: readonly [] = [];

export function importsElement(s: ImportsSection): Element {
  const id = `${ROOT_ID}/${EL.imports}`;
  return container(EL.imports, id, s, NO_ATTRS, () => s.imports.map((i) => [i, leaf(EL.import, i, IMPORT_ATTRS)] as const));
}

/** `<Targets>` alone: its own id and nodes, without the targets (each written as a part of its own). */
export function targetsId(): string {
  return `${ROOT_ID}/${EL.targets}`;
}

export function targetsElement(s: TargetsSection): Element {
  return container(EL.targets, targetsId(), s, NO_ATTRS, () => s.targets.map((t) => [t, targetElement(t)] as const));
}

export function targetElement(t: Target): Element {
  const states = () =>
    t.states.map((st) => {
      const conds = () => st.conditions.map((c) => [c, leaf(EL.condition, c, CONDITION_ATTRS)] as const);
      return [st, container(EL.targetState, st.key, st, NO_ATTRS, conds)] as const;
    });
  return container(EL.target, t.key, t, TARGET_ATTRS, states);
}

export function staticElement(s: StaticSection): Element {
  const id = `${ROOT_ID}/${EL.static}`;
  return container(EL.static, id, s, NO_ATTRS, () => s.items.map((i) => [i, itemElement(i)] as const));
}

export function variantElement(v: Variant): Element {
  const parts = () => {
    const out: (readonly [Extras, Element])[] = [];
    if (v.targetRefs) out.push([v.targetRefs, targetRefsElement(v.key, v.targetRefs)]);
    for (const i of v.items) out.push([i, itemElement(i)]);
    return out;
  };
  return container(EL.variant, v.key, v, VARIANT_ATTRS, parts);
}

function targetRefsElement(variantKey: string, refs: TargetRefs): Element {
  const id = `${variantKey}/${EL.targetRefs}`;
  // Not kept by entity: its id names the Variant it stands in, and a copied Variant may share the object.
  return container(EL.targetRefs, id, refs, NO_ATTRS, () => refs.refs.map((r) => [r, leaf(EL.targetRef, r, TARGET_REF_ATTRS)] as const), false);
}

function itemElement(item: StaticItem): Element {
  switch (item.kind) {
    case 'settings':
      return settingsElement(item);
    case 'applications':
      return applicationsElement(item);
    case 'dataAssets':
      return dataAssetsElement(item);
    default:
      return assertNever(item);
  }
}

function settingsElement(g: SettingsGroup): Element {
  return container(EL.settings, g.key, g, SETTINGS_ATTRS, () => g.entries.map((e) => [e, entryElement(e)] as const));
}

export function entryElement(e: SettingsEntry): Element {
  return e.kind === 'setting' ? leaf(EL.setting, e, SETTING_ATTRS) : leaf(EL.asset, e, ASSET_ATTRS);
}

function applicationsElement(b: ApplicationsBlock): Element {
  return container(EL.applications, b.key, b, NO_ATTRS, () => b.apps.map((a) => [a, leaf(EL.application, a, APPLICATION_ATTRS)] as const));
}

function dataAssetsElement(b: DataAssetsBlock): Element {
  return container(EL.dataAssets, b.key, b, DATA_ASSETS_ATTRS, () => b.assets.map((a) => [a, leaf(EL.dataAsset, a, DATA_ASSET_ATTRS)] as const));
}

/** The root element with its parts; its attributes: `xmlns` first (the house style always writes it), schema order, extras. */
export function rootElement(doc: AnswerFile): Element {
  const parts = () => {
    const out: (readonly [Extras, Element])[] = [];
    if (doc.imports) out.push([doc.imports, importsElement(doc.imports)]);
    if (doc.targets) out.push([doc.targets, targetsElement(doc.targets)]);
    if (doc.static) out.push([doc.static, staticElement(doc.static)]);
    for (const v of doc.variants) out.push([v, variantElement(v)]);
    return out;
  };
  const el = container(EL.root, ROOT_ID, doc, ROOT_ATTRS, parts, false);
  return { ...el, attrs: [{ name: 'xmlns', value: CAF_NAMESPACE }, ...el.attrs] };
}
