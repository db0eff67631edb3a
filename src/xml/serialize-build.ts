// Adds model entities to an xmlbuilder2 tree. Shared by the one-pass serializer (toXmlUncached) and the
// fragment serializer (toXml), so that both produce the same nodes and therefore the same text.
//
// Every node is created WITHOUT a namespace, and attributes go through the DOM's plain setAttribute:
// xmlbuilder2's att() turns `xmlns` / `xmlns:p` into namespace declarations and re-creates the element
// in that namespace, after which its namespace-aware writer adds `xmlns=""` to unprefixed unknown
// elements, drops redundant declarations and names fragments differently from the full document.
// With null namespaces everywhere the writer prints every name and attribute exactly as stored.

import type {
  AnswerFile,
  ApplicationsBlock,
  Asset,
  DataAssetsBlock,
  Extras,
  ImportsSection,
  LeafExtras,
  Setting,
  SettingsGroup,
  StaticItem,
  StaticSection,
  Target,
  TargetRefs,
  TargetsSection,
  Trivia,
  Variant,
} from '../model/types.ts';
import { assertNever } from '../model/types.ts';
import type { AttrTable } from './names.ts';
import {
  APPLICATION_ATTRS,
  ASSET_ATTRS,
  CAF_NAMESPACE,
  CONDITION_ATTRS,
  DATA_ASSET_ATTRS,
  DATA_ASSETS_ATTRS,
  EL,
  IMPORT_ATTRS,
  knownAttrs,
  ROOT_ATTRS,
  SETTING_ATTRS,
  SETTINGS_ATTRS,
  TARGET_ATTRS,
  TARGET_REF_ATTRS,
  VARIANT_ATTRS,
} from './names.ts';
import type { BuildNotes, XMLBuilder } from './serialize-raw.ts';
import { cdataSections, rawTrivia } from './serialize-raw.ts';
import { ampersands, setAttr, setExtraAttrs } from './serialize-attrs.ts';

/** An xmlbuilder2 node builder (its interface type lives on a deep path the lint rules keep out). */
export type { XMLBuilder } from './serialize-raw.ts';

export type { BuildNotes } from './serialize-raw.ts';

const NO_ATTRS: readonly [] = [];

/** Writes `obj.before`, then the element with its known attributes (schema order) and extraAttrs. */
function addElement<T extends Extras>(
  parent: XMLBuilder,
  name: string,
  obj: T,
  table: AttrTable<T>,
  notes: BuildNotes,
): XMLBuilder {
  addTrivia(parent, obj.before, notes);
  const el = parent.ele(name);
  for (const a of knownAttrs(obj, table)) setAttr(el, a.name, a.value, notes);
  setExtraAttrs(el, obj.extraAttrs, notes);
  return el;
}

/**
 * A leaf (an element whose content must be empty): `obj.before`, then the element, self-closing when nothing stood
 * inside it, else holding its `inner` exactly as kept (serialize-raw.ts), with no white space added.
 */
function addLeaf<T extends LeafExtras>(parent: XMLBuilder, name: string, obj: T, table: AttrTable<T>, notes: BuildNotes): void {
  const el = addElement(parent, name, obj, table, notes);
  if (obj.inner && obj.inner.length > 0) addRaw(el, obj.inner, notes);
}

/** `list` inside `el` as written: a mark the writer prints inline, replaced afterwards (serialize-raw.ts). */
function addRaw(el: XMLBuilder, list: readonly Trivia[], notes: BuildNotes): void {
  el.txt(notes.mark);
  notes.raw.push(rawTrivia(list));
}

export function addTrivia(parent: XMLBuilder, list: readonly Trivia[] | undefined, notes: BuildNotes): void {
  if (list) for (const t of list) addTriviaNode(parent, t, notes);
}

function addTriviaNode(parent: XMLBuilder, t: Trivia, notes: BuildNotes): void {
  switch (t.kind) {
    case 'comment':
      parent.com(t.text);
      return;
    case 'pi':
      parent.ins(t.target, t.data);
      return;
    case 'text':
      if (t.text.includes('\r')) notes.fix = true;
      parent.txt(ampersands(t.text));
      return;
    case 'cdata':
      // A CDATA section cannot hold `]]>` (xmlbuilder2 throws): split it between `]]` and `>`.
      for (const part of cdataSections(t.text)) parent.dat(part);
      return;
    case 'element': {
      // Its content as read: another schema's content model may forbid the white space a re-indent would add.
      const el = parent.ele(t.name);
      setExtraAttrs(el, t.attrs, notes);
      if (t.children.length > 0) addRaw(el, t.children, notes);
      return;
    }
    default:
      assertNever(t);
  }
}

/** Only comments and PIs may stand outside the root element; anything else would make the file ill-formed. */
export function documentLevel(list: readonly Trivia[] | undefined): readonly Trivia[] {
  return (list ?? []).filter((t) => t.kind === 'comment' || t.kind === 'pi');
}

/** The root element with its attributes and no children: `xmlns` first, then schema order, then extras. */
export function addRootElement(parent: XMLBuilder, doc: AnswerFile, notes: BuildNotes): XMLBuilder {
  const el = parent.ele(EL.root);
  setAttr(el, 'xmlns', CAF_NAMESPACE, notes);
  for (const a of knownAttrs(doc, ROOT_ATTRS)) setAttr(el, a.name, a.value, notes);
  setExtraAttrs(el, doc.extraAttrs, notes);
  return el;
}

export function addImports(parent: XMLBuilder, s: ImportsSection, notes: BuildNotes): void {
  const el = addElement(parent, EL.imports, s, NO_ATTRS, notes);
  for (const i of s.imports) addLeaf(el, EL.import, i, IMPORT_ATTRS, notes);
  addTrivia(el, s.end, notes);
}

/** The `<Targets>` element without its Target children (the fragment serializer joins those itself). */
export function addTargetsElement(parent: XMLBuilder, s: TargetsSection, notes: BuildNotes): XMLBuilder {
  return addElement(parent, EL.targets, s, NO_ATTRS, notes);
}

export function addTargets(parent: XMLBuilder, s: TargetsSection, notes: BuildNotes): void {
  const el = addTargetsElement(parent, s, notes);
  for (const t of s.targets) addTarget(el, t, notes);
  addTrivia(el, s.end, notes);
}

export function addTarget(parent: XMLBuilder, t: Target, notes: BuildNotes): void {
  const el = addElement(parent, EL.target, t, TARGET_ATTRS, notes);
  for (const st of t.states) {
    const sel = addElement(el, EL.targetState, st, NO_ATTRS, notes);
    for (const c of st.conditions) addLeaf(sel, EL.condition, c, CONDITION_ATTRS, notes);
    addTrivia(sel, st.end, notes);
  }
  addTrivia(el, t.end, notes);
}

export function addStatic(parent: XMLBuilder, s: StaticSection, notes: BuildNotes): void {
  const el = addElement(parent, EL.static, s, NO_ATTRS, notes);
  for (const item of s.items) addItem(el, item, notes);
  addTrivia(el, s.end, notes);
}

export function addVariant(parent: XMLBuilder, v: Variant, notes: BuildNotes): void {
  const el = addVariantElement(parent, v, notes);
  if (v.targetRefs) addTargetRefs(el, v.targetRefs, notes);
  for (const item of v.items) addItem(el, item, notes);
  addTrivia(el, v.end, notes);
}

/** `<Variant>` with its attributes (and the trivia before it), without children. */
export function addVariantElement(parent: XMLBuilder, v: Variant, notes: BuildNotes): XMLBuilder {
  return addElement(parent, EL.variant, v, VARIANT_ATTRS, notes);
}

export function addTargetRefs(parent: XMLBuilder, refs: TargetRefs, notes: BuildNotes): void {
  const el = addElement(parent, EL.targetRefs, refs, NO_ATTRS, notes);
  for (const r of refs.refs) addLeaf(el, EL.targetRef, r, TARGET_REF_ATTRS, notes);
  addTrivia(el, refs.end, notes);
}

export function addItem(parent: XMLBuilder, item: StaticItem, notes: BuildNotes): void {
  switch (item.kind) {
    case 'settings':
      return addSettings(parent, item, notes);
    case 'applications':
      return addApplications(parent, item, notes);
    case 'dataAssets':
      return addDataAssets(parent, item, notes);
    default:
      assertNever(item);
  }
}

export function addSettings(parent: XMLBuilder, g: SettingsGroup, notes: BuildNotes): void {
  const el = addSettingsElement(parent, g, notes);
  for (const e of g.entries) addEntry(el, e, notes);
  addTrivia(el, g.end, notes);
}

/** `<Settings>` with its attributes (and the trivia before it), without children. */
export function addSettingsElement(parent: XMLBuilder, g: SettingsGroup, notes: BuildNotes): XMLBuilder {
  return addElement(parent, EL.settings, g, SETTINGS_ATTRS, notes);
}

/** A `<Setting>` or `<Asset>` of a Settings group. */
export function addEntry(parent: XMLBuilder, e: Setting | Asset, notes: BuildNotes): void {
  if (e.kind === 'setting') addLeaf(parent, EL.setting, e, SETTING_ATTRS, notes);
  else addLeaf(parent, EL.asset, e, ASSET_ATTRS, notes);
}

function addApplications(parent: XMLBuilder, b: ApplicationsBlock, notes: BuildNotes): void {
  const el = addElement(parent, EL.applications, b, NO_ATTRS, notes);
  for (const a of b.apps) addLeaf(el, EL.application, a, APPLICATION_ATTRS, notes);
  addTrivia(el, b.end, notes);
}

function addDataAssets(parent: XMLBuilder, b: DataAssetsBlock, notes: BuildNotes): void {
  const el = addElement(parent, EL.dataAssets, b, DATA_ASSETS_ATTRS, notes);
  for (const a of b.assets) addLeaf(el, EL.dataAsset, a, DATA_ASSET_ATTRS, notes);
  addTrivia(el, b.end, notes);
}
