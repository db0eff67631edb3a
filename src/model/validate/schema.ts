// Customization.xsd's content model, checked on the model (docs/format.md §2.3): the parser keeps what the
// schema does not allow in place, as trivia (misplaced and unknown elements, text, CDATA), in `extraAttrs`
// (undeclared attributes) and in a leaf's `inner`; the imaging tool refuses such a file at load, so each is an
// error here. See schema-rules.ts for what the tool's reader accepts and schema-walk.ts for the checks.
//
// Where each finding belongs (so that validate.ts's identity cache stays correct): what stands inside a Target,
// Static or a Variant, and their own attributes, belong to that part (`schemaOfTarget`...), computed from the
// part alone plus the namespace declarations above it (`SchemaScopes.facts`, part of the cache key). What stands
// among the root's children (the root's attributes and `end`, the `before` of Imports, Targets, Static and each
// Variant, whose misplacement reasons depend on their siblings), and the Imports and Targets sections, belong
// to the root (`schemaOfRoot`), which is re-checked on every run: a loop over the Variants that finds no
// `before` costs next to nothing.

import type {
  AnswerFile,
  ApplicationsBlock,
  DataAssetsBlock,
  LeafExtras,
  SettingsGroup,
  StaticItem,
  StaticSection,
  Target,
  Variant,
  VariantItem,
} from '../types.ts';
import type { FieldRef, PartRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { Scope, SchemaElement } from './schema-rules.ts';
import { isNamespaceDecl, ROOT_SCOPE, within } from './schema-rules.ts';
import type { MisplacedReason, Where } from './schema-walk.ts';
import { anywhereReason, checkAttrs, checkInner, checkTrivia, NO_DIAGNOSTICS, placeReason, tag, troubled } from './schema-walk.ts';

/** The namespace scopes the parts are checked in, and a string that says what they declare (a cache fact). */
export interface SchemaScopes {
  /** Inside the root element: where Static and the Variants stand. */
  readonly root: Scope;
  /** Inside `<Targets>`: where the Targets stand. */
  readonly targets: Scope;
  /** '' when neither the root nor Targets declares a namespace (nearly always). */
  readonly facts: string;
}

const NO_SCOPES: SchemaScopes = { root: ROOT_SCOPE, targets: ROOT_SCOPE, facts: '' };

function declFacts(attrs: AnswerFile['extraAttrs']): string {
  let s = '';
  if (attrs) for (const a of attrs) if (isNamespaceDecl(a.name)) s += `${a.name}=${a.value} `;
  return s;
}

export function schemaScopes(doc: AnswerFile): SchemaScopes {
  const rootFacts = declFacts(doc.extraAttrs);
  const targetsFacts = declFacts(doc.targets?.extraAttrs);
  if (rootFacts === '' && targetsFacts === '') return NO_SCOPES;
  const root = within(ROOT_SCOPE, doc.extraAttrs);
  return { root, targets: within(root, doc.targets?.extraAttrs), facts: `${rootFacts}|${targetsFacts}` };
}

const result = (out: Diagnostic[]): readonly Diagnostic[] => (out.length === 0 ? NO_DIAGNOSTICS : out);

/** A leaf child of `container` (its scope `cs`, described by `cwhere`): what stands before it, its attributes, what stands inside it. */
function checkLeaf(out: Diagnostic[], container: SchemaElement, cs: Scope, cwhere: Where, element: SchemaElement, leaf: LeafExtras, ref: FieldRef, where: Where): void {
  checkTrivia(out, leaf.before, container, cs, ref, cwhere, anywhereReason(container));
  checkAttrs(out, element, leaf.extraAttrs, cs, ref, where);
  checkInner(out, element, leaf.inner, ref, where);
}

// ---- Targets ----

const stateClean = (s: Target['states'][number]): boolean => !troubled(s) && !s.conditions.some(troubled);
const itemClean = (item: StaticItem): boolean => !troubled(item) && !itemChildren(item).some(troubled);

export function schemaOfTarget(t: Target, scopes: SchemaScopes): readonly Diagnostic[] {
  if (!troubled(t) && t.states.every(stateClean)) return NO_DIAGNOSTICS;
  const out: Diagnostic[] = [];
  const part: PartRef = { kind: 'target', key: t.key };
  const label = t.id !== undefined ? `Target "${t.id}"` : 'a Target without Id';
  const ref: FieldRef = { part, path: [] };
  checkTrivia(out, t.before, 'Targets', scopes.targets, ref, () => '<Targets>', anywhereReason('Targets'));
  const ts = checkAttrs(out, 'Target', t.extraAttrs, scopes.targets, ref, () => tag('Target', 'Id', t.id));
  for (const state of t.states) {
    if (stateClean(state)) continue;
    const sref: FieldRef = { part, path: [state.key] };
    const swhere = () => `a <TargetState> of ${label}`;
    checkTrivia(out, state.before, 'Target', ts, sref, () => tag('Target', 'Id', t.id), anywhereReason('Target'));
    const ss = checkAttrs(out, 'TargetState', state.extraAttrs, ts, sref, swhere);
    for (const c of state.conditions) {
      if (!troubled(c)) continue;
      const cref: FieldRef = { part, path: [state.key, c.key] };
      const cwhere = () => `${tag('Condition', 'Name', c.name)} of ${label}`;
      checkLeaf(out, 'TargetState', ss, swhere, 'Condition', c, cref, cwhere);
    }
    checkTrivia(out, state.end, 'TargetState', ss, sref, swhere, anywhereReason('TargetState'));
  }
  checkTrivia(out, t.end, 'Target', ts, ref, () => tag('Target', 'Id', t.id), anywhereReason('Target'));
  return result(out);
}

// ---- Static and Variant items ----

function itemChildren(item: StaticItem): readonly object[] {
  return item.kind === 'settings' ? item.entries : item.kind === 'applications' ? item.apps : item.assets;
}

function checkItem(out: Diagnostic[], item: StaticItem, container: SchemaElement, scope: Scope, part: PartRef, label: string): void {
  if (itemClean(item)) return;
  const ref: FieldRef = { part, path: [item.key] };
  switch (item.kind) {
    case 'settings':
      return checkSettings(out, item, scope, ref, part, label);
    case 'applications':
      return checkApplications(out, item, scope, ref, part, label);
    case 'dataAssets':
      return checkDataAssets(out, item, scope, ref, part, label, container);
  }
}

function checkSettings(out: Diagnostic[], g: SettingsGroup, scope: Scope, ref: FieldRef, part: PartRef, label: string): void {
  const where = () => `${tag('Settings', 'Path', g.path)} of ${label}`;
  const gs = checkAttrs(out, 'Settings', g.extraAttrs, scope, ref, where);
  for (const e of g.entries) {
    if (!troubled(e)) continue;
    const element = e.kind === 'asset' ? 'Asset' : 'Setting';
    const eref: FieldRef = { part, path: [g.key, e.key] };
    const ewhere = () => `${tag(element, 'Name', e.name)} in ${where()}`;
    checkLeaf(out, 'Settings', gs, where, element, e, eref, ewhere);
  }
  checkTrivia(out, g.end, 'Settings', gs, ref, where, anywhereReason('Settings'));
}

function checkApplications(out: Diagnostic[], b: ApplicationsBlock, scope: Scope, ref: FieldRef, part: PartRef, label: string): void {
  const where = () => `<Applications> of ${label}`;
  const bs = checkAttrs(out, 'Applications', b.extraAttrs, scope, ref, where);
  for (const a of b.apps) {
    if (!troubled(a)) continue;
    const aref: FieldRef = { part, path: [b.key, a.key] };
    const awhere = () => `${tag('Application', 'Source', a.source)} in ${where()}`;
    checkLeaf(out, 'Applications', bs, where, 'Application', a, aref, awhere);
  }
  checkTrivia(out, b.end, 'Applications', bs, ref, where, anywhereReason('Applications'));
}

function checkDataAssets(out: Diagnostic[], b: DataAssetsBlock, scope: Scope, ref: FieldRef, part: PartRef, label: string, container: SchemaElement): void {
  const where = () => `${tag('DataAssets', 'Type', b.type)} of ${label}`;
  if (container !== 'Static') return; // the model holds DataAssets in Static only
  const bs = checkAttrs(out, 'DataAssets', b.extraAttrs, scope, ref, where);
  for (const a of b.assets) {
    if (!troubled(a)) continue;
    const aref: FieldRef = { part, path: [b.key, a.key] };
    const awhere = () => `${tag('DataAsset', 'Source', a.source)} in ${where()}`;
    checkLeaf(out, 'DataAssets', bs, where, 'DataAsset', a, aref, awhere);
  }
  checkTrivia(out, b.end, 'DataAssets', bs, ref, where, anywhereReason('DataAssets'));
}

const STATIC: PartRef = { kind: 'static' };

/** Static's attributes, items and `end` (its `before` stands among the root's children: schemaOfRoot). */
export function schemaOfStatic(s: StaticSection, scopes: SchemaScopes): readonly Diagnostic[] {
  if (!troubled(s) && s.items.every(itemClean)) return NO_DIAGNOSTICS;
  const out: Diagnostic[] = [];
  const ref: FieldRef = { part: STATIC, path: [] };
  const where = () => '<Static>';
  const ss = checkAttrs(out, 'Static', s.extraAttrs, scopes.root, ref, where);
  for (const item of s.items) {
    if (item.before && item.before.length > 0) checkTrivia(out, item.before, 'Static', ss, { part: STATIC, path: [item.key] }, where, anywhereReason('Static'));
    checkItem(out, item, 'Static', ss, STATIC, 'Static');
  }
  checkTrivia(out, s.end, 'Static', ss, ref, where, anywhereReason('Static'));
  return result(out);
}

/** A Variant's attributes, TargetRefs, items and `end` (its `before` stands among the root's children). */
export function schemaOfVariant(v: Variant, scopes: SchemaScopes): readonly Diagnostic[] {
  const refs = v.targetRefs;
  // Nearly every Variant: nothing to check, nothing allocated (a keystroke re-checks one part).
  if (!troubled(v) && (!refs || (!troubled(refs) && !refs.refs.some(troubled))) && v.items.every(itemClean)) return NO_DIAGNOSTICS;
  const out: Diagnostic[] = [];
  const part: PartRef = { kind: 'variant', key: v.key };
  const label = v.name !== undefined ? `Variant "${v.name}"` : 'a Variant without Name';
  const ref: FieldRef = { part, path: [] };
  const where = () => tag('Variant', 'Name', v.name);
  const vs = checkAttrs(out, 'Variant', v.extraAttrs, scopes.root, ref, where);
  let itemsSeen = false;
  const reason: MisplacedReason = (local) => {
    const r = placeReason('Variant', local);
    if (r !== null) return r;
    if (local === 'TargetRefs' && v.targetRefs) return 'a second <TargetRefs>; the schema allows one';
    if (local === 'TargetRefs' && itemsSeen) return `<TargetRefs> must come first in a <Variant>, before its Settings and Applications`;
    return anywhereReason('Variant')(local);
  };
  if (refs) {
    const rref: FieldRef = { part, path: [], field: 'targetRefs' };
    const rwhere = () => `<TargetRefs> of ${label}`;
    checkTrivia(out, refs.before, 'Variant', vs, rref, where, reason);
    const rs = checkAttrs(out, 'TargetRefs', refs.extraAttrs, vs, rref, rwhere);
    for (const r of refs.refs) {
      if (!troubled(r)) continue;
      const tref: FieldRef = { part, path: [r.key] };
      const twhere = () => `${tag('TargetRef', 'Id', r.id)} of ${label}`;
      checkLeaf(out, 'TargetRefs', rs, rwhere, 'TargetRef', r, tref, twhere);
    }
    checkTrivia(out, refs.end, 'TargetRefs', rs, rref, rwhere, anywhereReason('TargetRefs'));
  }
  for (const item of v.items as readonly VariantItem[]) {
    if (item.before && item.before.length > 0) checkTrivia(out, item.before, 'Variant', vs, { part, path: [item.key] }, where, reason);
    itemsSeen = true;
    checkItem(out, item, 'Variant', vs, part, label);
  }
  checkTrivia(out, v.end, 'Variant', vs, ref, where, reason);
  return result(out);
}

// ---- the root ----

const DOC: PartRef = { kind: 'document' };
const IMPORTS: PartRef = { kind: 'imports' };
const ROOT_ORDER: readonly SchemaElement[] = ['Imports', 'Targets', 'Static', 'Variant'];

/**
 * The root's attributes and what stands among its children (its `end`, the `before` of each section and
 * Variant), and the Imports and Targets sections' own attributes and trivia (the Targets' are their parts').
 */
export function schemaOfRoot(doc: AnswerFile): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  const rootWhere = () => '<ImageCustomizations>';
  const docRef: FieldRef = { part: DOC, path: [] };
  const rs = checkAttrs(out, 'ImageCustomizations', doc.extraAttrs, ROOT_SCOPE, docRef, rootWhere);
  const seen = new Set<SchemaElement>();
  const present: Partial<Record<SchemaElement, boolean>> = { Imports: !!doc.imports, Targets: !!doc.targets, Static: !!doc.static };
  const reason: MisplacedReason = (local) => {
    const r = placeReason('ImageCustomizations', local);
    if (r !== null) return r;
    if (local !== 'Variant' && present[local]) return `a second <${local}>; the schema allows one`;
    const later = ROOT_ORDER.slice(ROOT_ORDER.indexOf(local) + 1).filter((k) => seen.has(k));
    if (later.includes('Variant')) return `<${local}> must come before every <Variant>`;
    if (later.length > 0) return `<${local}> must come before <${later[0]}>`;
    return anywhereReason('ImageCustomizations')(local);
  };
  const imports = doc.imports;
  if (imports) {
    const iref: FieldRef = { part: IMPORTS, path: [] };
    const iwhere = () => '<Imports>';
    checkTrivia(out, imports.before, 'ImageCustomizations', rs, iref, rootWhere, reason);
    seen.add('Imports');
    const is = checkAttrs(out, 'Imports', imports.extraAttrs, rs, iref, iwhere);
    for (const imp of imports.imports) {
      if (!troubled(imp)) continue;
      const ref: FieldRef = { part: IMPORTS, path: [imp.key] };
      const where = () => tag('Import', 'Source', imp.source);
      checkLeaf(out, 'Imports', is, iwhere, 'Import', imp, ref, where);
    }
    checkTrivia(out, imports.end, 'Imports', is, iref, iwhere, anywhereReason('Imports'));
  }
  const targets = doc.targets;
  if (targets) {
    const tref: FieldRef = { part: DOC, path: [], field: 'targets' };
    const twhere = () => '<Targets>';
    checkTrivia(out, targets.before, 'ImageCustomizations', rs, tref, rootWhere, reason);
    seen.add('Targets');
    const ts = checkAttrs(out, 'Targets', targets.extraAttrs, rs, tref, twhere);
    checkTrivia(out, targets.end, 'Targets', ts, tref, twhere, anywhereReason('Targets'));
  }
  if (doc.static) {
    checkTrivia(out, doc.static.before, 'ImageCustomizations', rs, { part: STATIC, path: [] }, rootWhere, reason);
    seen.add('Static');
  }
  // Runs on every validation (a keystroke at 1000 Variants): a test of each Variant's `before`, nothing more.
  const variants = doc.variants;
  for (let i = 0; i < variants.length; i++) {
    const v = variants[i];
    if (v.before === undefined || v.before.length === 0) continue;
    if (i > 0) seen.add('Variant');
    checkTrivia(out, v.before, 'ImageCustomizations', rs, { part: { kind: 'variant', key: v.key }, path: [] }, rootWhere, reason);
  }
  if (variants.length > 0) seen.add('Variant');
  checkTrivia(out, doc.end, 'ImageCustomizations', rs, docRef, rootWhere, reason);
  return result(out);
}
