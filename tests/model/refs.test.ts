// Part and field ids: a field's id starts with its part's id and a '/', which the diagnostics' per-part index
// and the problems panel's grouping rely on.

import { describe, expect, it } from 'vitest';
import { asKey } from '../../src/model/ids.ts';
import { fieldId, isSettingsMatrix, partId, samePart, type PartRef } from '../../src/model/refs.ts';

describe('partId and fieldId', () => {
  it('names each part once, and starts every field id of that part with it', () => {
    const parts: PartRef[] = [
      { kind: 'document' },
      { kind: 'static' },
      { kind: 'target', key: asKey<'Target'>('k1') },
      { kind: 'variant', key: asKey<'Variant'>('w2_7') },
    ] as PartRef[];
    expect(parts.map(partId)).toEqual(['document', 'static', 'target:k1', 'variant:w2_7']);
    for (const part of parts) {
      for (const ref of [{ part, path: [] }, { part, path: ['g1', 'e2'], field: 'value' }]) {
        const id = fieldId(ref);
        expect(id.slice(0, id.indexOf('/'))).toBe(partId(part));
      }
    }
    // Equal parts given as different objects get the same id.
    expect(partId({ kind: 'variant', key: asKey<'Variant'>('w2_7') })).toBe('variant:w2_7');
    expect(fieldId({ part: parts[3], path: ['g1'], field: 'name' })).toBe('variant:w2_7/g1/name');
  });
});

describe('the two matrix views', () => {
  it('are different parts with ids of their own; a stored view CAF Studio does not know is the membership matrix', () => {
    const members: PartRef = { kind: 'matrix' };
    const settings: PartRef = { kind: 'matrix', view: 'settings' };
    expect([partId(members), partId(settings)]).toEqual(['matrix', 'settings-matrix']);
    expect(samePart(members, settings)).toBe(false);
    expect(samePart(settings, { kind: 'matrix', view: 'settings' })).toBe(true);
    expect(isSettingsMatrix(settings)).toBe(true);
    expect(isSettingsMatrix({ kind: 'matrix', view: 'other' } as unknown as PartRef)).toBe(false);
    expect(isSettingsMatrix({ kind: 'static' })).toBe(false);
  });
});
