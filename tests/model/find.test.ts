// Find in the document (src/model/find.ts): which fields a query finds, the field each hit goes to, the order.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterKeys } from '../../src/model/ids.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { findInCatalog, findInDocument } from '../../src/model/find.ts';
import type { AnswerFile } from '../../src/model/types.ts';
import { arbAnswerFile } from '../support/arbitrary-doc.ts';

const founding = (): AnswerFile => createFoundingDocument(counterKeys('k'));

describe('findInDocument', () => {
  it('finds target ids, condition names, setting paths, names and values and variant names, each with its field', () => {
    const doc = founding();
    const target = doc.targets!.targets[0];
    const variant = doc.variants[0];
    const hits = findInDocument(doc, 'operator');
    expect(hits.map((h) => [h.field, h.value])).toEqual([
      ['Target · Id', 'Operator'],
      ['Variant · Name', 'Operator'],
    ]);
    expect(hits[0].ref).toEqual({ part: { kind: 'target', key: target.key }, path: [], field: 'id' });
    expect(hits[1].ref).toEqual({ part: { kind: 'variant', key: variant.key }, path: [], field: 'name' });

    const mnc = findInDocument(doc, 'mnc');
    const state = target.states[0];
    expect(mnc).toEqual([{ ref: { part: { kind: 'target', key: target.key }, path: [state.key, state.conditions[1].key], field: 'name' }, value: 'MNC', field: 'Condition · Name', where: 'Target “Operator”' }]);

    const group = variant.items[0];
    if (group.kind !== 'settings') throw new Error('settings expected');
    expect(findInDocument(doc, 'PerSimSettings').map((h) => h.ref)).toEqual([{ part: { kind: 'variant', key: variant.key }, path: [group.key], field: 'path' }]);
    expect(findInDocument(doc, 'shortcode').map((h) => [h.field, h.where])).toEqual([['Setting · Name', 'Variant “Operator” · Messaging/PerSimSettings/$(__ICCID)']]);
  });

  it('puts a whole-value match first, then a start, then the rest', () => {
    const doc = founding();
    // "Enable" is a whole Setting name twice (in Static).
    const hits = findInDocument(doc, 'enable');
    expect(hits.map((h) => h.value)).toEqual(['Enable', 'Enable']);
    const ones = findInDocument(doc, '1');
    expect(ones.every((h) => h.value === '1')).toBe(true);
    expect(ones).toHaveLength(2);
    const mixed = findInDocument({ ...doc, variants: [{ ...doc.variants[0], name: 'xMulti' }] }, 'multi');
    expect(mixed.map((h) => h.value)).toEqual(['Multivariant', 'xMulti']);
  });

  it('finds nothing for an empty or blank query, and keeps to the limit', () => {
    expect(findInDocument(founding(), '')).toEqual([]);
    expect(findInDocument(founding(), '   ')).toEqual([]);
    expect(findInDocument(founding(), 'e', 3)).toHaveLength(3);
  });

  it('every hit holds the query, and every field holding it is found (random documents)', () => {
    fc.assert(
      fc.property(arbAnswerFile, fc.constantFrom('a', 'Z', '&', '0', '日'), (doc, q) => {
        const hits = findInDocument(doc, q, Infinity);
        for (const h of hits) expect(h.value.toLowerCase()).toContain(q.toLowerCase());
        let expected = 0;
        const has = (v: string | undefined) => (v ?? '').toLowerCase().includes(q.toLowerCase());
        for (const t of doc.targets?.targets ?? []) {
          if (has(t.id)) expected++;
          for (const s of t.states) for (const c of s.conditions) expected += Number(has(c.name)) + Number(has(c.value));
        }
        const items = [...(doc.static?.items ?? []), ...doc.variants.flatMap((v) => v.items)];
        for (const g of items) {
          if (g.kind !== 'settings') continue;
          if (has(g.path)) expected++;
          for (const e of g.entries) expected += Number(has(e.name)) + (e.kind === 'setting' ? Number(has(e.value)) : 0);
        }
        for (const v of doc.variants) if (has(v.name)) expected++;
        expect(hits).toHaveLength(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('findInCatalog', () => {
  it('finds catalog entries by name, nothing for an empty query', () => {
    const hits = findInCatalog('SMStoSMTPShortCode');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].name).toBe('SMStoSMTPShortCode');
    expect(findInCatalog(' ')).toEqual([]);
    expect(findInCatalog('e', 4)).toHaveLength(4);
  });
});
