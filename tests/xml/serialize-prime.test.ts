// Priming the serializer's caches with texts the import worker wrote (fragmentsOf → structured clone →
// primeFragments): the first toXml is then a join of the received texts and must equal the one-pass serializer
// byte for byte; texts that cannot belong to the parts are refused.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/model/types.ts';
import { DocAssembler, docMessages } from '../../src/xml/parse-transfer.ts';
import { fragmentBuilds, fragmentsOf, primeFragments, resetFragmentBuilds, SERIALIZER_VERSION, toXml, toXmlUncached } from '../../src/xml/serialize.ts';
import { arbDocument, arbVariant } from './serialize-docgen.ts';

/** The document as the page receives it from the worker: messages with XML, each one a structured clone. */
function received(doc: AnswerFile): { doc: AnswerFile; primed: boolean } {
  const a = new DocAssembler();
  for (const m of docMessages(doc, [], true)) a.add(structuredClone(m));
  return { doc: a.result()!, primed: a.primed };
}

describe('priming the fragment caches', () => {
  it('gives byte-identical output to toXmlUncached, building no primed fragment on the page', () => {
    let primedRuns = 0;
    fc.assert(
      fc.property(arbDocument, (doc) => {
        const page = received(doc);
        resetFragmentBuilds();
        const xml = toXml(page.doc);
        expect(xml).toBe(toXmlUncached(doc));
        expect(xml).toBe(toXmlUncached(page.doc));
        if (page.primed) {
          primedRuns++;
          expect(fragmentBuilds.variant + fragmentBuilds.target + fragmentBuilds.imports + fragmentBuilds.static).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
    expect(primedRuns).toBeGreaterThan(200);
  });

  it('refuses texts of another count, kind or serializer version, and texts that are not fragments', () => {
    const variants = fc.sample(arbVariant, { numRuns: 3, seed: 7 });
    const good = fragmentsOf('variant', variants);
    const clones = structuredClone(variants);
    expect(primeFragments('variant', clones.slice(1), good)).toBe(false);
    expect(primeFragments('variant', clones, { ...good, version: SERIALIZER_VERSION + 'x' })).toBe(false);
    expect(primeFragments('variant', clones, { ...good, kind: 'target' } as never)).toBe(false);
    expect(primeFragments('variant', clones, { ...good, texts: good.texts.map(() => 'nonsense') })).toBe(false);
    expect(primeFragments('variant', clones, undefined)).toBe(false);
    // Refused texts prime nothing: the page serializes those parts itself.
    resetFragmentBuilds();
    expect(toXml({ ...emptyDoc(), variants: clones })).toBe(toXmlUncached({ ...emptyDoc(), variants: clones }));
    expect(fragmentBuilds.variant).toBe(3);
    expect(primeFragments('variant', structuredClone(variants), good)).toBe(true);
  });

  it('a batch whose XML could not be written arrives without it, and the document is still whole', () => {
    const doc = fc.sample(arbDocument.filter((d) => d.variants.length > 0), { numRuns: 1, seed: 3 })[0];
    const a = new DocAssembler();
    for (const m of docMessages(doc, [], true)) {
      const clone = structuredClone(m);
      a.add(clone.type === 'texts' && clone.kind === 'variant' ? { ...clone, xml: undefined } : clone);
    }
    expect(a.primed).toBe(false);
    expect(toXml(a.result()!)).toBe(toXmlUncached(doc));
  });
});

function emptyDoc(): AnswerFile {
  const doc = fc.sample(arbDocument, { numRuns: 1, seed: 1 })[0];
  return { ...doc, variants: [] };
}
