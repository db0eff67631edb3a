import { describe, expect, it } from 'vitest';
import { quickFixFor } from '../../../src/model/validate/quick-fix.ts';
import { validate } from '../../../src/model/validate/validate.ts';
import { lowercaseConditionPrefix } from '../../../src/model/conditions-grammar.ts';
import { cleanDoc, cond, group, setting, state, target, withStatic } from './fixtures.ts';

describe('quickFixFor', () => {
  it('offers to enable Multivariant: at the existing value, or at Static when absent', () => {
    const e = setting('Enable', '0');
    const g = group('Multivariant', e);
    const [d1] = validate(cleanDoc({ static: { items: [g] } }), { strict: false }).filter((d) => d.code === 'multivariant-missing');
    expect(quickFixFor(d1)).toEqual({ kind: 'enable-multivariant', ref: { part: { kind: 'static' }, path: [g.key, e.key], field: 'value' } });
    const [d2] = validate(cleanDoc({ static: undefined }), { strict: false }).filter((d) => d.code === 'multivariant-missing');
    expect(quickFixFor(d2)).toEqual({ kind: 'enable-multivariant', ref: { part: { kind: 'static' }, path: [] } });
  });

  it('offers to lowercase a capitalised prefix, at the condition value', () => {
    const c = cond('UIName', '!Range:310,320');
    const t = target('T1', state(c));
    const [d] = validate(cleanDoc({ targets: { targets: [t] } }), { strict: false }).filter((x) => x.code === 'condition-prefix-case');
    const fix = quickFixFor(d);
    expect(fix).toEqual({ kind: 'lowercase-prefix', ref: d.ref });
    expect(lowercaseConditionPrefix(c.value!)).toBe('!range:310,320');
  });

  it('offers to move a per-SIM group from Static to a Variant', () => {
    const g = group('Messaging/PerSimSettings/$(__ICCID)', setting('RcsEnabled', '1'));
    const [d] = validate(withStatic(g), { strict: false }).filter((x) => x.code === 'per-sim-in-static');
    expect(quickFixFor(d)).toEqual({ kind: 'move-group-to-variant', ref: { part: { kind: 'static' }, path: [g.key] } });
  });

  it('has no fix for diagnostics that need a human decision', () => {
    const [d] = validate(cleanDoc({ owner: '' }), { strict: false });
    expect(quickFixFor(d)).toBeUndefined();
  });
});
