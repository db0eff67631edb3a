// Which documents have their preview and problems in the first frame (src/ui/app/first-frame.ts).

import { describe, expect, it } from 'vitest';
import { counterKeys, asKey } from '../../src/model/ids.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { FIRST_FRAME_MAX_ELEMENTS, smallEnoughForFirstFrame } from '../../src/ui/app/first-frame.ts';
import type { AnswerFile, Variant } from '../../src/model/types.ts';

/** `doc` with `n` copies of its variant, each group given `settings` settings (default: as founded, two). */
function withVariants(doc: AnswerFile, n: number, settings?: number): AnswerFile {
  const founded = doc.variants[0];
  const base: Variant =
    settings === undefined
      ? founded
      : {
          ...founded,
          items: founded.items.map((it) =>
            it.kind === 'settings' ? { ...it, entries: Array.from({ length: settings }, (_, i) => ({ ...it.entries[0], key: asKey<'Entry'>(`e${i}`), name: `S${i}` })) } : it,
          ),
        };
  const variants: Variant[] = Array.from({ length: n }, (_, i) => ({ ...base, key: asKey<'Variant'>(`v${i}`), name: `V${i}` }));
  return { ...doc, variants };
}

describe('smallEnoughForFirstFrame', () => {
  it('is true for the founding document and false for a thousand variants', () => {
    const doc = createFoundingDocument(counterKeys('k'));
    expect(smallEnoughForFirstFrame(doc)).toBe(true);
    expect(smallEnoughForFirstFrame(withVariants(doc, 1000))).toBe(false);
  });

  it('turns at the limit: each variant counts its Variant, TargetRefs, TargetRef, Settings and each Setting', () => {
    const doc = createFoundingDocument(counterKeys('k'));
    const rest = 1 + 1 + 3 + 4; // Target, TargetState, 3 Conditions; Static: 2 groups of 1 setting
    const per = 4 + 20;
    const fit = Math.floor((FIRST_FRAME_MAX_ELEMENTS - rest) / per);
    expect(smallEnoughForFirstFrame(withVariants(doc, fit, 20))).toBe(true);
    expect(smallEnoughForFirstFrame(withVariants(doc, fit + 1, 20))).toBe(false);
  });

  it('is false for a large document (its data is checked after the first screen) without reading its parts', () => {
    const doc = withVariants(createFoundingDocument(counterKeys('k')), 200);
    // 201 parts, each of a handful of elements; the variants' data is damaged (not a list): never read.
    const damaged = { ...doc, variants: doc.variants.map((v) => ({ ...v, items: 7 as unknown as Variant['items'] })) };
    expect(smallEnoughForFirstFrame(damaged)).toBe(false);
  });
});
