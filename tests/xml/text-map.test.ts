// The text map (src/xml/text-map.ts): for documents in the house style and in random layouts (LF line breaks, as the
// preview shows them), every entity and every attribute it writes is found where it is written, and a lookup at any
// offset of an attribute gives that attribute's field back.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerFile, StaticItem } from '../../src/model/types.ts';
import { fieldId, type FieldRef, type PartRef } from '../../src/model/refs.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { ATTRS_BY_ELEMENT, EL, type ElementName } from '../../src/xml/names.ts';
import { textMap } from '../../src/xml/text-map.ts';
import { arbAnswerFile } from '../support/arbitrary-doc.ts';
import { arbLayoutChoice, randomLayout } from '../support/random-layout.ts';

interface Expected {
  readonly ref: FieldRef;
  readonly element: ElementName;
  readonly values: Record<string, string | undefined>;
}

/** Every entity of the document with its part, path and attribute values, walked from the model. */
function entities(doc: AnswerFile): Expected[] {
  const out: Expected[] = [];
  const add = (part: PartRef, path: readonly string[], element: ElementName, values: object) => out.push({ ref: { part, path }, element, values: values as Record<string, string | undefined> });
  add({ kind: 'document' }, [], EL.root, doc);
  if (doc.imports) {
    const part = { kind: 'imports' } as const;
    for (const i of doc.imports.imports) add(part, [i.key], EL.import, i);
  }
  for (const t of doc.targets?.targets ?? []) {
    const part = { kind: 'target', key: t.key } as const;
    add(part, [], EL.target, t);
    for (const s of t.states) {
      add(part, [s.key], EL.targetState, s);
      for (const c of s.conditions) add(part, [s.key, c.key], EL.condition, c);
    }
  }
  const items = (part: PartRef, list: readonly StaticItem[]) => {
    for (const g of list) {
      if (g.kind === 'settings') {
        add(part, [g.key], EL.settings, g);
        for (const e of g.entries) add(part, [g.key, e.key], e.kind === 'setting' ? EL.setting : EL.asset, e);
      } else if (g.kind === 'applications') {
        add(part, [g.key], EL.applications, g);
        for (const a of g.apps) add(part, [g.key, a.key], EL.application, a);
      } else {
        add(part, [g.key], EL.dataAssets, g);
        for (const a of g.assets) add(part, [g.key, a.key], EL.dataAsset, a);
      }
    }
  };
  if (doc.static) {
    add({ kind: 'static' }, [], EL.static, doc.static);
    items({ kind: 'static' }, doc.static.items);
  }
  for (const v of doc.variants) {
    const part = { kind: 'variant', key: v.key } as const;
    add(part, [], EL.variant, v);
    for (const r of v.targetRefs?.refs ?? []) add(part, [r.key], EL.targetRef, r);
    items(part, v.items);
  }
  return out;
}

function parsed(text: string): AnswerFile {
  const r = fromXml(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

/** Checks every entity and attribute of `doc` against the map of `text`. */
function checkMap(text: string, doc: AnswerFile) {
  const map = textMap(text, doc);
  expect(map).toBeDefined();
  for (const e of entities(doc)) {
    const at = map!.rangeOf(fieldId(e.ref));
    expect(at, fieldId(e.ref)).toBeDefined();
    expect(text.slice(at!.from, at!.to)).toMatch(new RegExp(`^<([A-Za-z_][\\w.-]*:)?${e.element}[ \\t\\n/>]`));
    expect(map!.at(at!.from)?.ref).toEqual(e.ref);
    for (const [field, xml] of ATTRS_BY_ELEMENT[e.element] ?? []) {
      const id = fieldId({ ...e.ref, field });
      const r = map!.rangeOf(id);
      if (e.values[field] === undefined) {
        // Not written: the entity's start tag stands in for it.
        expect(r).toEqual(at);
        continue;
      }
      expect(text.slice(r!.from, r!.to)).toMatch(new RegExp(`^${xml}\\s*=\\s*["']`));
      for (const offset of [r!.from, r!.to - 1, (r!.from + r!.to) >> 1]) expect(map!.at(offset)).toEqual({ ref: { ...e.ref, field }, range: r });
    }
  }
}

const arbChoice = arbLayoutChoice;

describe('textMap', () => {
  it('finds every entity and attribute of a document in the house style', () => {
    fc.assert(
      fc.property(arbAnswerFile, (doc) => checkMap(toXml(doc), doc)),
      { numRuns: 120 },
    );
  });

  it('finds every entity and attribute of a document in a random layout, shown with LF line breaks', () => {
    fc.assert(
      fc.property(arbAnswerFile, arbChoice, (doc, choice) => {
        const text = randomLayout(toXml(doc), choice);
        const base = parsed(text);
        const shown = toXml(base, { text, doc: base }).replace(/\r\n?/g, '\n');
        checkMap(shown, base);
      }),
      { numRuns: 120 },
    );
  });

  it('gives the element (not a field) between attributes and in content, and nothing outside the root', () => {
    const text = '<?xml version="1.0"?>\n<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="N" Owner="O">\n  <Static>\n    <Settings Path="A/B">\n      <Setting Name="X" Value="1234" />\n    </Settings>\n  </Static>\n</ImageCustomizations>\n';
    const doc = parsed(text);
    const map = textMap(text, doc)!;
    const g = doc.static!.items[0];
    if (g.kind !== 'settings') throw new Error('settings expected');
    const entry = g.entries[0];
    const value = text.indexOf('1234');
    expect(map.at(value)?.ref).toEqual({ part: { kind: 'static' }, path: [g.key, entry.key], field: 'value' });
    expect(text.slice(map.at(value)!.range.from, map.at(value)!.range.to)).toBe('Value="1234"');
    expect(map.at(text.indexOf('<Setting '))?.ref).toEqual({ part: { kind: 'static' }, path: [g.key, entry.key] });
    expect(map.at(text.indexOf('</Settings>'))?.ref).toEqual({ part: { kind: 'static' }, path: [g.key] });
    expect(map.at(text.indexOf('xmlns'))?.ref).toEqual({ part: { kind: 'document' }, path: [] });
    expect(map.at(text.indexOf('O"'))?.ref).toEqual({ part: { kind: 'document' }, path: [], field: 'owner' });
    expect(map.at(0)).toBeUndefined();
    // A field the document does not write: its entity's start tag.
    expect(map.rangeOf(fieldId({ part: { kind: 'static' }, path: [g.key, entry.key], field: 'type' }))).toEqual(map.rangeOf(fieldId({ part: { kind: 'static' }, path: [g.key, entry.key] })));
    expect(map.rangeOf('variant:nope/')).toBeUndefined();
  });

  it('is undefined for text that is not well-formed', () => {
    const doc = parsed('<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="N"/>');
    expect(textMap('<ImageCustomizations', doc)).toBeUndefined();
  });
});
