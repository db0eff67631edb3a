// Which documents have their preview written in the first frame (src/ui/preview/first-frame.ts).

import { describe, expect, it } from 'vitest';
import { counterKeys, asKey } from '../../src/model/ids.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { FIRST_FRAME_MAX_ELEMENTS, smallEnoughForFirstFrame } from '../../src/ui/app/first-frame.ts';
import type { AnswerFile, Variant } from '../../src/model/types.ts';

function withVariants(doc: AnswerFile, n: number): AnswerFile {
  const base = doc.variants[0];
  const variants: Variant[] = Array.from({ length: n }, (_, i) => ({ ...base, key: asKey<'Variant'>(`v${i}`), name: `V${i}` }));
  return { ...doc, variants };
}

describe('smallEnoughForFirstFrame', () => {
  it('is true for the founding document and false for a thousand variants', () => {
    const doc = createFoundingDocument(counterKeys('k'));
    expect(smallEnoughForFirstFrame(doc)).toBe(true);
    expect(smallEnoughForFirstFrame(withVariants(doc, 1000))).toBe(false);
  });

  it('turns at the limit: each founding variant counts its Variant, TargetRefs, TargetRef, Settings and two Settings', () => {
    const doc = createFoundingDocument(counterKeys('k'));
    const rest = 1 + 1 + 3 + 4; // Target, TargetState, 3 Conditions; Static: 2 groups of 1 setting
    const per = 6;
    const fit = Math.floor((FIRST_FRAME_MAX_ELEMENTS - rest) / per);
    expect(smallEnoughForFirstFrame(withVariants(doc, fit))).toBe(true);
    expect(smallEnoughForFirstFrame(withVariants(doc, fit + 1))).toBe(false);
  });
});
