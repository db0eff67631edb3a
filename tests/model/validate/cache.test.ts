// createValidator() reuses diagnostics of unchanged parts and gives the same result as validate().

import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../../src/model/types.ts';
import { createValidator, validate } from '../../../src/model/validate/validate.ts';
import { cleanDoc, cond, group, setting, simTarget, state, target, variant } from './fixtures.ts';

function bigDoc(n: number): AnswerFile {
  const targets = Array.from({ length: n }, (_, i) => simTarget(`T${i}`, String(300 + (i % 100)), i % 7 === 0 ? '1' : '26'));
  const variants = Array.from({ length: n }, (_, i) =>
    variant(`V${i}`, [i % 11 === 0 ? `Missing${i}` : `T${i}`], group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', i % 5 === 0 ? '900' : '10'))),
  );
  return cleanDoc({ targets: { targets }, variants });
}

describe('createValidator', () => {
  it('matches validate() on a first run, after edits, and in strict mode', () => {
    const cached = createValidator();
    let doc = bigDoc(200);
    expect(cached(doc, { strict: false })).toEqual(validate(doc, { strict: false }));
    // Edit one variant (a value), one target (its id: breaks the refs to it), and Static.
    const v3 = doc.variants[3];
    doc = {
      ...doc,
      variants: doc.variants.map((v) => (v === v3 ? { ...v, items: [group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', 'x'))] } : v)),
      targets: { targets: doc.targets!.targets.map((t, i) => (i === 4 ? { ...t, id: 'Renamed' } : t)) },
    };
    expect(cached(doc, { strict: false })).toEqual(validate(doc, { strict: false }));
    expect(cached(doc, { strict: true })).toEqual(validate(doc, { strict: true }));
    // A new target that makes a dangling ref resolve, and one that duplicates an id.
    doc = { ...doc, targets: { targets: [...doc.targets!.targets, simTarget('Missing0'), target('T1', state(cond('MCC', '001')))] } };
    expect(cached(doc, { strict: false })).toEqual(validate(doc, { strict: false }));
  });

  it('returns the same diagnostics objects for parts that did not change', () => {
    const cached = createValidator();
    const doc = bigDoc(20);
    const first = cached(doc, { strict: false });
    const edited = { ...doc, owner: '' };
    const second = cached(edited, { strict: false });
    const shared = second.filter((d) => first.includes(d));
    expect(shared.length).toBe(first.length);
  });

  it('returns the previous list itself while an edit changes no diagnostic, and a fresh one when it does', () => {
    const cached = createValidator();
    const doc = bigDoc(30);
    const first = cached(doc, { strict: false });
    // A variant renamed: its part is re-checked but says the same, and the root's diagnostics are the same.
    const v = doc.variants[2];
    const renamed = { ...doc, variants: doc.variants.map((x) => (x === v ? { ...x, name: 'Renamed' } : x)) };
    expect(cached(renamed, { strict: false })).toBe(first);
    // The variant's value out of range: a new list, with the new diagnostic, equal to a full validation.
    const broken = { ...renamed, variants: renamed.variants.map((x, i) => (i === 2 ? { ...x, items: [group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', '900'))] } : x)) };
    const after = cached(broken, { strict: false });
    expect(after).not.toBe(first);
    expect(after).toEqual(validate(broken, { strict: false }));
    expect(after.length).toBe(first.length + 1);
    // A root change alone (Owner emptied) is seen too, though no part changed.
    const noOwner = { ...broken, owner: '' };
    expect(cached(noOwner, { strict: false })).toEqual(validate(noOwner, { strict: false }));
    expect(cached(noOwner, { strict: false }).some((d) => d.code === 'owner-empty')).toBe(true);
    // Strict mode is never served from the non-strict run.
    expect(cached(noOwner, { strict: true })).toEqual(validate(noOwner, { strict: true }));
  });

  it('is fast enough for a keystroke on a 1000-target/1000-variant document', () => {
    const cached = createValidator();
    const doc = bigDoc(1000);
    cached(doc, { strict: false });
    const v = doc.variants[500];
    const edited = { ...doc, variants: doc.variants.map((x) => (x === v ? { ...x, name: 'Edited' } : x)) };
    const t0 = performance.now();
    cached(edited, { strict: false });
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
