// After a large import the first validation runs in slices: the view says `checking` until it is done, then
// equals validate(doc); a forced view (Download) never waits.

import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/model/types.ts';
import type { Diagnostic } from '../../src/model/validate/diagnostic.ts';
import { fieldId } from '../../src/model/refs.ts';
import { validate } from '../../src/model/validate/validate.ts';
import { checkInSlices, diagnosticsOf, useChecking } from '../../src/store/diagnostics.ts';
import { cleanDoc, group, setting, simTarget, variant } from '../model/validate/fixtures.ts';

function bigDoc(n: number): AnswerFile {
  const targets = Array.from({ length: n }, (_, i) => simTarget(`T${i}`, String(300 + (i % 100)), '26'));
  const vs = Array.from({ length: n }, (_, i) => variant(`V${i}`, [i % 3 === 0 ? `Missing${i}` : `T${i}`], group('Messaging/PerSimSettings/$(__ICCID)', setting('LimitRecipients', '10'))));
  return cleanDoc({ targets: { targets }, variants: vs });
}

describe('checkInSlices', () => {
  it('shows checking until the sliced validation is done, then the full diagnostics', async () => {
    const doc = bigDoc(500);
    const done = checkInSlices(doc, false);
    expect(useChecking.getState().running).toBe(1);
    expect(diagnosticsOf(doc, false)).toMatchObject({ checking: true, all: [] });
    await done;
    expect(useChecking.getState().running).toBe(0);
    const view = diagnosticsOf(doc, false);
    expect(view.checking).toBe(false);
    expect(view.all).toEqual(validate(doc, { strict: false }));
    expect(view.errors).toBeGreaterThan(0);
  });

  it('gives the full diagnostics when forced, even while checking', async () => {
    const doc = bigDoc(300);
    const done = checkInSlices(doc, true);
    expect(diagnosticsOf(doc, true, true).all).toEqual(validate(doc, { strict: true }));
    await done;
  });
});

describe('diagnosticsOf: identity', () => {
  it('keeps the same view when an edit changes no diagnostic, and a new one when it does', () => {
    const doc = bigDoc(5);
    const before = diagnosticsOf(doc, false);
    expect(before.errors).toBeGreaterThan(0);
    // Rename variant V1: a new document, the same problems, so the same view (nothing re-renders).
    const v1 = doc.variants[1];
    const renamed: AnswerFile = { ...doc, variants: [doc.variants[0], { ...v1, name: 'Renamed' }, ...doc.variants.slice(2)] };
    expect(diagnosticsOf(renamed, false)).toBe(before);
    // Point V1 (whose target exists) at a missing target: one more error, so a new view.
    const broken: AnswerFile = {
      ...doc,
      variants: [doc.variants[0], { ...v1, targetRefs: { refs: [{ ...v1.targetRefs!.refs[0], id: 'Nowhere' }] } }, ...doc.variants.slice(2)],
    };
    const after = diagnosticsOf(broken, false);
    expect(after).not.toBe(before);
    expect(after.errors).toBe(before.errors + 1);
    expect(after.all).toEqual(validate(broken, { strict: false }));
  });
});

describe('diagnosticsOf: the per-field index', () => {
  it('gives each field exactly its diagnostics, for fields of any part, as a full grouping would', () => {
    const doc = bigDoc(60);
    const view = diagnosticsOf(doc, true);
    const expected = new Map<string, Diagnostic[]>();
    for (const d of view.all) expected.set(fieldId(d.ref), [...(expected.get(fieldId(d.ref)) ?? []), d]);
    expect(expected.size).toBeGreaterThan(10);
    // Asked in an order that visits parts back and forth (each part is indexed on first use).
    const ids = [...expected.keys()].reverse();
    for (const id of [...ids, ...ids.reverse()]) expect(view.byField.get(id)).toEqual(expected.get(id));
    expect(view.byField.get('variant:nope/x/value')).toBeUndefined();
    expect(view.byField.get('document/no-such-field')).toBeUndefined();
  });
});
