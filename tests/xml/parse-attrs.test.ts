// Attributes as the parser keeps them. parse.ts collects saxes' own attribute objects (which carry prefix,
// local name and URI too) and the model takes copies of only what it keeps: these tests hold that every kept
// attribute is a plain { name, value } pair, in source order, whether on a known element (fields and
// extraAttrs) or inside an element kept as is (trivia), and that an export writes them back as they were.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml } from '../../src/xml/serialize.ts';
import type { Attr, Setting, SettingsGroup, Trivia } from '../../src/model/types.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const wrap = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations xmlns="${NS}" xmlns:f="urn:f" OwnerType="OEM">\n${body}\n</ImageCustomizations>\n`;
const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Every attribute object reachable from `value` (extraAttrs and trivia attrs). */
function attrsIn(value: unknown, out: Attr[][] = []): Attr[][] {
  if (Array.isArray(value)) for (const v of value) attrsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'extraAttrs' || k === 'attrs') && Array.isArray(v)) out.push(v as Attr[]);
      attrsIn(v, out);
    }
  }
  return out;
}

// Known attributes of <Setting> and names it does not know, with and without a namespace prefix.
const arbName = fc.constantFrom('Name', 'Value', 'Type', 'Extra', 'f:tag', 'f:Name', 'xmlns:g', 'Zed');
// (A namespace declaration needs a value that is not blank: XML 1.0 cannot undeclare a prefix, and saxes takes a
// blank one for an attempt to.)
const arbAttrs = fc
  .uniqueArray(fc.tuple(arbName, fc.string({ minLength: 1, maxLength: 6 })), { selector: ([n]) => n, maxLength: 6 })
  .map((list) => list.map(([n, v]): [string, string] => [n, n.startsWith('xmlns:') ? `urn:${v}` : v]));

describe('fromXml: attributes', () => {
  it('keeps plain { name, value } pairs in source order, on known elements and inside kept elements', () => {
    fc.assert(
      fc.property(arbAttrs, fc.boolean(), (attrs, asTrivia) => {
        const written = attrs.map(([n, v]) => ` ${n}="${escape(v)}"`).join('');
        const setting = `<Setting${written} />`;
        // Inside an unknown element, the Setting is kept as is (trivia) with all of its attributes.
        const body = asTrivia ? `<Static><Settings Path="p"><f:Box>${setting}</f:Box></Settings></Static>` : `<Static><Settings Path="p">${setting}</Settings></Static>`;
        const r = fromXml(wrap(body));
        if (!r.ok) throw new Error(r.error.message);
        for (const list of attrsIn(r.doc)) for (const a of list) expect(Object.keys(a)).toEqual(['name', 'value']);
        const group = r.doc.static?.items[0] as SettingsGroup;
        if (asTrivia) {
          const box = group.end?.[0] as Extract<Trivia, { kind: 'element' }>;
          const kept = box.children[0] as Extract<Trivia, { kind: 'element' }>;
          expect(kept.attrs).toEqual(attrs.map(([name, value]) => ({ name, value })));
        } else {
          const s = group.entries[0] as Setting;
          const known = new Map([['Name', 'name'], ['Value', 'value'], ['Type', 'type']]);
          for (const [n, v] of attrs) if (known.has(n)) expect(s[known.get(n) as 'name' | 'value' | 'type']).toBe(v);
          expect(s.extraAttrs ?? []).toEqual(attrs.filter(([n]) => !known.has(n)).map(([name, value]) => ({ name, value })));
        }
        // The export reads back to the same document.
        const again = fromXml(toXml(r.doc));
        if (!again.ok) throw new Error(again.error.message);
        expect(toXml(again.doc)).toBe(toXml(r.doc));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
