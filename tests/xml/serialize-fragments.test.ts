// The fragment serializer (toXml) must equal the one-pass serializer (toXmlUncached) byte for byte,
// whatever the document and whatever sequence of edits led to it, and must reuse cached fragments.

import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { AnswerFile, SettingsGroup, Variant } from '../../src/model/types.ts';
import { asKey } from '../../src/model/ids.ts';
import { forgetWrittenVariants, fragmentBuilds, resetFragmentBuilds, toXml, toXmlUncached } from '../../src/xml/serialize.ts';
import { arbDocument, arbEdit } from './serialize-docgen.ts';

function wellFormedError(xml: string): string | undefined {
  let error: string | undefined;
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

describe('toXml by fragment', () => {
  it('equals the uncached serialization, and is well-formed, for random documents', () => {
    fc.assert(
      fc.property(arbDocument, (doc) => {
        const uncached = toXmlUncached(doc);
        // Each Variant written in one pass (its key not seen before) ...
        forgetWrittenVariants();
        const xml = toXml(doc);
        expect(xml).toBe(uncached);
        expect(wellFormedError(xml)).toBeUndefined();
        // ... and joined around its children and Settings (a copy: new objects, keys seen before).
        expect(toXml(structuredClone(doc))).toBe(uncached);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the uncached serialization after every step of random edit sequences', () => {
    fc.assert(
      fc.property(arbDocument, fc.array(arbEdit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        let doc = start;
        toXml(doc); // fill the cache
        for (const edit of edits) {
          doc = edit(doc);
          expect(toXml(doc)).toBe(toXmlUncached(doc));
        }
      }),
      { numRuns: 200 },
    );
  });
});

function bigDoc(n: number, prefix = 'v'): AnswerFile {
  const variants: Variant[] = [];
  for (let i = 0; i < n; i++) {
    variants.push({
      key: asKey(`${prefix}${i}`),
      name: `V${i}`,
      targetRefs: { refs: [{ key: asKey(`r${i}`), id: `T${i}` }] },
      items: [
        {
          kind: 'settings',
          key: asKey(`g${i}`),
          path: 'Messaging/PerSimSettings/$(__ICCID)',
          entries: [{ kind: 'setting', key: asKey(`e${i}`), name: 'AllowSMStoSMTPAddress', value: '1' }],
        },
      ],
    });
  }
  return {
    owner: 'Contoso',
    ownerType: 'OEM',
    imports: { imports: [{ key: asKey('i1'), source: 'C:\\a.xml' }] },
    targets: {
      targets: Array.from({ length: n }, (_, i) => ({
        key: asKey(`t${i}`),
        id: `T${i}`,
        states: [{ key: asKey(`s${i}`), conditions: [{ key: asKey(`c${i}`), name: 'MCC', value: '310' }] }],
      })),
    },
    static: { items: [] },
    variants,
  };
}

describe('identity cache', () => {
  it('re-serializes only the variant that changed', () => {
    const doc = bigDoc(5, 'only');
    resetFragmentBuilds();
    const first = toXml(doc);
    // Variants never written before are written in one pass each, not by Setting.
    expect(fragmentBuilds).toEqual({ imports: 1, targets: 1, target: 5, static: 1, variant: 5, variants: 1, entry: 0 });

    resetFragmentBuilds();
    expect(toXml(doc)).toBe(first);
    expect(fragmentBuilds).toEqual({ imports: 0, targets: 0, target: 0, static: 0, variant: 0, variants: 0, entry: 0 });

    const variants = doc.variants.slice();
    variants[2] = { ...variants[2], name: 'Renamed' };
    const edited: AnswerFile = { ...doc, variants };
    resetFragmentBuilds();
    const second = toXml(edited);
    // one Variant (now joined around its one Setting), plus the cheap re-join of the variant list
    expect(fragmentBuilds).toEqual({ imports: 0, targets: 0, target: 0, static: 0, variant: 1, variants: 1, entry: 1 });
    expect(second).toBe(toXmlUncached(edited));
    expect(second).toContain('<Variant Name="Renamed">');
    expect(second.replace('Name="Renamed"', 'Name="V2"')).toBe(first);
  });

  it('renders only the Setting that changed when a variant is edited again', () => {
    const doc = bigDoc(3, 'fine');
    const v = doc.variants[1];
    const group = v.items[0] as SettingsGroup;
    const many: SettingsGroup = { ...group, entries: Array.from({ length: 20 }, (_, i) => ({ kind: 'setting' as const, key: asKey(`m${i}`), name: `S${i}`, value: String(i) })) };
    const typed = (d: AnswerFile, value: string): AnswerFile => {
      const g = d.variants[1].items[0] as SettingsGroup;
      const entries = g.entries.map((e, i) => (i === 7 ? { ...e, value } : e));
      return { ...d, variants: d.variants.map((x, i) => (i === 1 ? { ...x, items: [{ ...g, entries }] } : x)) };
    };
    let d: AnswerFile = { ...doc, variants: doc.variants.map((x) => (x === v ? { ...v, items: [many] } : x)) };
    toXml(d);
    // The first key in the variant renders its Settings one by one (and keeps them) ...
    d = typed(d, '7x');
    resetFragmentBuilds();
    expect(toXml(d)).toBe(toXmlUncached(d));
    expect(fragmentBuilds.entry).toBe(20);
    // ... and each key after it renders the one Setting it changed.
    d = typed(d, '7xy');
    resetFragmentBuilds();
    const xml = toXml(d);
    expect(xml).toBe(toXmlUncached(d));
    expect(xml).toContain('<Setting Name="S7" Value="7xy" />');
    expect(fragmentBuilds).toEqual({ imports: 0, targets: 0, target: 0, static: 0, variant: 1, variants: 1, entry: 1 });
  });

  it('re-serializes only the target that changed, and no variant', () => {
    const doc = bigDoc(4);
    toXml(doc);
    const targets = doc.targets!.targets.slice();
    targets[1] = { ...targets[1], id: 'Changed' };
    const edited: AnswerFile = { ...doc, targets: { ...doc.targets!, targets } };
    resetFragmentBuilds();
    expect(toXml(edited)).toBe(toXmlUncached(edited));
    expect(fragmentBuilds).toEqual({ imports: 0, targets: 1, target: 1, static: 0, variant: 0, variants: 0, entry: 0 });
  });

  it('rebuilds nothing but the root start tag when a root attribute changes', () => {
    const doc = bigDoc(3);
    toXml(doc);
    const edited: AnswerFile = { ...doc, owner: 'Fabrikam' };
    resetFragmentBuilds();
    const xml = toXml(edited);
    expect(xml).toBe(toXmlUncached(edited));
    expect(xml).toContain('Owner="Fabrikam"');
    expect(Object.values(fragmentBuilds).every((n) => n === 0)).toBe(true);
  });
});
