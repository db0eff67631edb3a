// Part and field ids: a field's id starts with its part's id and a '/', which the diagnostics' per-part index
// and the problems panel's grouping rely on.

import { describe, expect, it } from 'vitest';
import { asKey } from '../../src/model/ids.ts';
import { fieldId, partId, type PartRef } from '../../src/model/refs.ts';

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
