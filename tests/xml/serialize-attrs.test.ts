// Writing many attributes, and deep trees within the depth limit. The DOM's setAttribute scans the element's
// attribute list, so writing n attributes through it is quadratic (100,000 took 42 s); past RAW_ATTRS_FROM unknown
// attributes they are written raw behind a mark (serialize-attrs.ts). These tests hold the raw text identical to
// what the DOM path writes, the attributes read back as they were, and the DOM touched a bounded number of times
// (counted, not timed). A document nesting MAX_DEPTH levels is written, cloned as postMessage and IndexedDB clone
// it, checked and read back.

import { fragment } from 'xmlbuilder2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerFile, Attr, Trivia } from '../../src/model/types.ts';
import { validate } from '../../src/model/validate/validate.ts';
import { MAX_ATTRIBUTES, MAX_DEPTH } from '../../src/xml/import-limits.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { RAW_ATTRS_FROM } from '../../src/xml/serialize-attrs.ts';
import { toXml, toXmlUncached } from '../../src/xml/serialize.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const base: AnswerFile = { variants: [] };

/** Values that need every escape the writer and the whitespace pass make. */
const attrs = (n: number, prefix = 'a'): Attr[] => Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i}`, value: `v${i} & <"'> \t\n\r` }));
const element = (list: readonly Attr[], children: readonly Trivia[] = []): Trivia => ({ kind: 'element', name: 'x', attrs: list, children });

function parsed(text: string): AnswerFile {
  const r = fromXml(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

afterEach(() => vi.restoreAllMocks());

describe('many attributes', () => {
  // (MAX_ATTRIBUTES - 2: with the root's xmlns and Name, the most the parser reads back)
  for (const n of [RAW_ATTRS_FROM - 1, RAW_ATTRS_FROM, MAX_ATTRIBUTES - 2]) {
    it(`${n} unknown attributes on the root and on a kept element are written as the DOM writes them and read back`, () => {
      const doc: AnswerFile = { ...base, name: 'N', extraAttrs: attrs(n, 'r'), end: [element(attrs(n), [element(attrs(n))])] };
      const text = toXml(doc);
      expect(toXmlUncached(doc)).toBe(text);
      const back = parsed(text);
      expect(back.extraAttrs).toEqual(doc.extraAttrs);
      expect(back.end).toEqual(doc.end);
      expect(toXml(back)).toBe(text);
    });
  }

  it('writes the raw text exactly as the DOM path writes the same attributes', () => {
    // The DOM path: RAW_ATTRS_FROM - 1 attributes, twice on one element (each element under the threshold).
    const list = attrs(2 * (RAW_ATTRS_FROM - 1));
    const split = toXml({ ...base, end: [element(list.slice(0, RAW_ATTRS_FROM - 1))] }).split('<x ')[1];
    const whole = toXml({ ...base, end: [element(list)] }).split('<x ')[1];
    expect(whole.startsWith(split.slice(0, split.indexOf(' />')))).toBe(true);
  });

  it('a name given twice takes its later value where it first stood, as setAttribute does', () => {
    const list = [...attrs(RAW_ATTRS_FROM), { name: 'a1', value: 'later' }, { name: 'Name', value: 'extra' }];
    const text = toXml({ ...base, name: 'known', extraAttrs: list });
    expect(text).toContain(' Name="extra" a0=');
    expect(text).toContain(' a1="later" a2=');
    expect(text.match(/ a1=/g)).toHaveLength(1);
  });

  it('sets a bounded number of attributes through the DOM, however many the element has', () => {
    const proto = Object.getPrototypeOf(fragment().ele('x').node) as { setAttribute(name: string, value: string): void };
    const spy = vi.spyOn(proto, 'setAttribute');
    const text = toXmlUncached({ ...base, extraAttrs: attrs(20_000, 'r'), end: [element(attrs(100_000))] });
    // xmlns and the first unknown attribute of the root, the first of <x>
    expect(spy).toHaveBeenCalledTimes(3);
    expect(text).toContain(' a99999="v99999 &amp; &lt;&quot;\'&gt; &#x9;&#xA;&#xD;" />');
  });
});

describe(`${MAX_DEPTH} levels`, () => {
  const levels = MAX_DEPTH;
  const text = `<ImageCustomizations xmlns="${NS}"><Static>${'<a x="1">'.repeat(levels - 2)}${'</a>'.repeat(levels - 2)}</Static></ImageCustomizations>`;

  it('are written, read back the same, cloned and checked', () => {
    const doc = parsed(text);
    const written = toXml(doc);
    expect(toXmlUncached(doc)).toBe(written);
    const back = parsed(written);
    expect(toXml(back)).toBe(written);
    // postMessage and IndexedDB store a structured clone: it must not run out of stack either
    expect(structuredClone(back)).toEqual(back);
    expect(() => validate(back, { strict: false })).not.toThrow();
  });
});
