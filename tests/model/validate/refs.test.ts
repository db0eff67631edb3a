// Diagnostics point at the exact field: part + key path + field name.

import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/model/validate/validate.ts';
import { cleanDoc, cond, group, setting, state, target, variant, withStatic } from './fixtures.ts';

describe('diagnostic refs', () => {
  it('a condition value points at target/state/condition/value', () => {
    const c = cond('MCC', '31');
    const s = state(c);
    const t = target('T2', s);
    const doc = cleanDoc({ targets: { targets: [t] }, variants: [] });
    const d = validate(doc, { strict: false }).find((x) => x.code === 'condition-value-invalid');
    expect(d?.ref).toEqual({ part: { kind: 'target', key: t.key }, path: [s.key, c.key], field: 'value' });
    expect(d?.message).toBe('MCC "31" must be exactly three digits (e.g. 310).');
  });

  it('a setting value in a Variant points at variant/group/entry/value', () => {
    const e = setting('LimitRecipients', 'many');
    const g = group('Messaging/PerSimSettings/$(__ICCID)', e);
    const v = variant('V1', ['T1'], g);
    const d = validate(cleanDoc({ variants: [v] }), { strict: false }).find((x) => x.code === 'setting-value-invalid');
    expect(d?.ref).toEqual({ part: { kind: 'variant', key: v.key }, path: [g.key, e.key], field: 'value' });
    expect(d?.message).toContain('LimitRecipients');
  });

  it('a setting value in Static points at static/group/entry/value', () => {
    const e = setting('PostVariantCleanupDelay', '20000');
    const g = group('Multivariant', e);
    const d = validate(withStatic(g), { strict: false }).find((x) => x.code === 'setting-value-invalid');
    expect(d?.ref).toEqual({ part: { kind: 'static' }, path: [g.key, e.key], field: 'value' });
  });

  it('a missing TargetRef points at the variant field targetRef; a root field at the document', () => {
    const v = variant('V', undefined);
    const ds = validate(cleanDoc({ owner: '', variants: [v] }), { strict: false });
    expect(ds.find((d) => d.code === 'variant-no-targetref')?.ref).toEqual({ part: { kind: 'variant', key: v.key }, path: [], field: 'targetRef' });
    expect(ds.find((d) => d.code === 'owner-empty')?.ref).toEqual({ part: { kind: 'document' }, path: [], field: 'owner' });
  });

  it('reports duplicates on the second occurrence only', () => {
    const first = target('X', state(cond('MCC', '310')));
    const second = target('X', state(cond('MCC', '311')));
    const ds = validate(cleanDoc({ targets: { targets: [first, second] }, variants: [] }), { strict: false });
    const dups = ds.filter((d) => d.code === 'target-id-duplicate');
    expect(dups.map((d) => d.ref.part)).toEqual([{ kind: 'target', key: second.key }]);
  });

  it('orders diagnostics root, targets, Static, Variants', () => {
    const doc = cleanDoc({
      owner: '',
      targets: { targets: [target('T1')] },
      static: { items: [group('Multivariant', setting('Enable', '1')), group('Bogus/Path', setting('A', '1'))] },
      variants: [variant('V', ['Nope'])],
    });
    // T1: no TargetState, and no Variant uses it (the target audit).
    expect(validate(doc, { strict: false }).map((d) => d.ref.part.kind)).toEqual(['document', 'target', 'target', 'static', 'variant']);
  });
});
