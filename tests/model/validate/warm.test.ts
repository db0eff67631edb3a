// Validator.warm spreads a first validation over several steps; afterwards a run is all cache hits and equals
// validate(doc), including after edits made between the steps.

import { describe, expect, it, vi } from 'vitest';
import type { AnswerFile } from '../../../src/model/types.ts';
import { createValidator, validate } from '../../../src/model/validate/validate.ts';
import * as variants from '../../../src/model/validate/variants.ts';
import { cleanDoc, group, setting, simTarget, variant } from './fixtures.ts';

function bigDoc(n: number): AnswerFile {
  const targets = Array.from({ length: n }, (_, i) => simTarget(`T${i}`, String(300 + (i % 100)), '26'));
  const vs = Array.from({ length: n }, (_, i) =>
    variant(`V${i}`, [i % 11 === 0 ? `Missing${i}` : `T${i}`], group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', i % 5 === 0 ? '900' : '10'))),
  );
  return cleanDoc({ targets: { targets }, variants: vs });
}

describe('Validator.warm', () => {
  it('checks every part in slices, after which a run equals validate() and checks nothing again', () => {
    const cached = createValidator();
    const doc = bigDoc(250);
    const steps = [...cached.warm(doc, { strict: false }, 100)];
    expect(steps).toHaveLength(5); // 500 parts, a pause after each 100
    const spy = vi.spyOn(variants, 'validateVariant');
    const warmed = cached(doc, { strict: false });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(warmed).toEqual(validate(doc, { strict: false }));
  });

  it('stays correct when the document changes between slices', () => {
    const cached = createValidator();
    let doc = bigDoc(120);
    const steps = cached.warm(doc, { strict: false }, 50);
    steps.next();
    doc = { ...doc, targets: { targets: doc.targets!.targets.map((t, i) => (i === 7 ? { ...t, id: 'Renamed' } : t)) } };
    for (const step of steps) void step;
    expect(cached(doc, { strict: false })).toEqual(validate(doc, { strict: false }));
  });
});
