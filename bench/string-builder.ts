// The baseline of the serialization budget: a plain hand-written string builder for the model, written for
// the benchmark only. It writes what toXml writes for documents without trivia (the generated ones): same
// declaration, element order, attribute order, escaping and pretty printing, so the benchmark can check the
// two texts are equal. It throws on trivia (comments, unknown elements...) rather than guess their layout.

import type { AnswerFile, Attr, Extras, StaticItem, Variant, Target, ContainerExtras } from '../src/model/types.ts';
import {
  APPLICATION_ATTRS,
  ASSET_ATTRS,
  CAF_NAMESPACE,
  CONDITION_ATTRS,
  DATA_ASSET_ATTRS,
  DATA_ASSETS_ATTRS,
  IMPORT_ATTRS,
  ROOT_ATTRS,
  SETTING_ATTRS,
  SETTINGS_ATTRS,
  TARGET_ATTRS,
  TARGET_REF_ATTRS,
  VARIANT_ATTRS,
} from '../src/xml/names.ts';

const ESC = /[&<>"\t\n\r]/g;
const ESC_MAP: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

function attr(name: string, value: string): string {
  return ` ${name}="${value.replace(ESC, (c) => ESC_MAP[c])}"`;
}

type Table = readonly (readonly [string, string])[];

function attrs(obj: object, table: Table, extra: readonly Attr[] | undefined): string {
  let s = '';
  const rec = obj as Record<string, unknown>;
  for (const [field, xml] of table) {
    const v = rec[field];
    if (typeof v === 'string') s += attr(xml, v);
  }
  if (extra) for (const a of extra) s += attr(a.name, a.value);
  return s;
}

function noTrivia(e: Extras | ContainerExtras): void {
  if (e.before?.length || ('end' in e && e.end?.length)) throw new Error('string-builder: trivia is not supported');
}

const IND = ['', '  ', '    ', '      ', '        ', '          '];

class Out {
  parts: string[] = [];
  /** `<name attrs>` + children + `</name>`, or `<name attrs />` when there are no children. */
  open(level: number, name: string, a: string, hasChildren: boolean): void {
    this.parts.push(`${IND[level]}<${name}${a}${hasChildren ? '>' : ' />'}`);
  }
  close(level: number, name: string): void {
    this.parts.push(`${IND[level]}</${name}>`);
  }
  leaf(level: number, name: string, a: string): void {
    this.parts.push(`${IND[level]}<${name}${a} />`);
  }
}

function target(o: Out, t: Target, lvl: number): void {
  noTrivia(t);
  o.open(lvl, 'Target', attrs(t, TARGET_ATTRS, t.extraAttrs), t.states.length > 0);
  for (const st of t.states) {
    noTrivia(st);
    o.open(lvl + 1, 'TargetState', attrs(st, [], st.extraAttrs), st.conditions.length > 0);
    for (const c of st.conditions) {
      noTrivia(c);
      o.leaf(lvl + 2, 'Condition', attrs(c, CONDITION_ATTRS, c.extraAttrs));
    }
    if (st.conditions.length > 0) o.close(lvl + 1, 'TargetState');
  }
  if (t.states.length > 0) o.close(lvl, 'Target');
}

function item(o: Out, it: StaticItem, lvl: number): void {
  noTrivia(it);
  switch (it.kind) {
    case 'settings':
      o.open(lvl, 'Settings', attrs(it, SETTINGS_ATTRS, it.extraAttrs), it.entries.length > 0);
      for (const e of it.entries) {
        noTrivia(e);
        if (e.kind === 'setting') o.leaf(lvl + 1, 'Setting', attrs(e, SETTING_ATTRS, e.extraAttrs));
        else o.leaf(lvl + 1, 'Asset', attrs(e, ASSET_ATTRS, e.extraAttrs));
      }
      if (it.entries.length > 0) o.close(lvl, 'Settings');
      return;
    case 'applications':
      o.open(lvl, 'Applications', attrs(it, [], it.extraAttrs), it.apps.length > 0);
      for (const a of it.apps) o.leaf(lvl + 1, 'Application', attrs(a, APPLICATION_ATTRS, a.extraAttrs));
      if (it.apps.length > 0) o.close(lvl, 'Applications');
      return;
    case 'dataAssets':
      o.open(lvl, 'DataAssets', attrs(it, DATA_ASSETS_ATTRS, it.extraAttrs), it.assets.length > 0);
      for (const a of it.assets) o.leaf(lvl + 1, 'DataAsset', attrs(a, DATA_ASSET_ATTRS, a.extraAttrs));
      if (it.assets.length > 0) o.close(lvl, 'DataAssets');
      return;
  }
}

function variant(o: Out, v: Variant, lvl: number): void {
  noTrivia(v);
  const has = !!v.targetRefs || v.items.length > 0;
  o.open(lvl, 'Variant', attrs(v, VARIANT_ATTRS, v.extraAttrs), has);
  if (v.targetRefs) {
    const r = v.targetRefs;
    noTrivia(r);
    o.open(lvl + 1, 'TargetRefs', attrs(r, [], r.extraAttrs), r.refs.length > 0);
    for (const ref of r.refs) o.leaf(lvl + 2, 'TargetRef', attrs(ref, TARGET_REF_ATTRS, ref.extraAttrs));
    if (r.refs.length > 0) o.close(lvl + 1, 'TargetRefs');
  }
  for (const it of v.items) item(o, it, lvl + 1);
  if (has) o.close(lvl, 'Variant');
}

/** The whole document as text, in one pass, with plain string concatenation. */
export function toXmlStringBuilder(doc: AnswerFile): string {
  noTrivia(doc);
  if (doc.prolog?.length || doc.epilog?.length) throw new Error('string-builder: trivia is not supported');
  const o = new Out();
  o.parts.push('<?xml version="1.0" encoding="utf-8"?>');
  const rootAttrs = attr('xmlns', CAF_NAMESPACE) + attrs(doc, ROOT_ATTRS, doc.extraAttrs);
  const has = !!doc.imports || !!doc.targets || !!doc.static || doc.variants.length > 0;
  o.open(0, 'ImageCustomizations', rootAttrs, has);
  if (doc.imports) {
    const s = doc.imports;
    o.open(1, 'Imports', attrs(s, [], s.extraAttrs), s.imports.length > 0);
    for (const i of s.imports) o.leaf(2, 'Import', attrs(i, IMPORT_ATTRS, i.extraAttrs));
    if (s.imports.length > 0) o.close(1, 'Imports');
  }
  if (doc.targets) {
    const s = doc.targets;
    noTrivia(s);
    o.open(1, 'Targets', attrs(s, [], s.extraAttrs), s.targets.length > 0);
    for (const t of s.targets) target(o, t, 2);
    if (s.targets.length > 0) o.close(1, 'Targets');
  }
  if (doc.static) {
    const s = doc.static;
    noTrivia(s);
    o.open(1, 'Static', attrs(s, [], s.extraAttrs), s.items.length > 0);
    for (const it of s.items) item(o, it, 2);
    if (s.items.length > 0) o.close(1, 'Static');
  }
  for (const v of doc.variants) variant(o, v, 1);
  if (has) o.close(0, 'ImageCustomizations');
  return o.parts.join('\n') + '\n';
}
