// The matrix's membership cache: a variant's referenced target Ids, built once per variant object, so a toggle
// rebuilds one row's set; and the dangling Ids a row notes instead of showing a column.

import { describe, expect, it } from 'vitest';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { asKey, counterKeys } from '../../src/model/ids.ts';
import { targetList } from '../../src/model/answer-file.ts';
import { addVariant, toggleVariantTargetRef } from '../../src/model/variants.ts';
import { addTarget, setTargetId } from '../../src/model/targets.ts';
import type { AnswerFile, Variant } from '../../src/model/types.ts';
import { danglingIds, referencedIds, targetIdSet } from '../../src/ui/matrix/membership.ts';

function fixture(): AnswerFile {
  const keys = counterKeys('k');
  let doc = createFoundingDocument(keys); // target Operator; variant Operator → Operator
  doc = addTarget(doc, asKey('north'), keys);
  doc = setTargetId(doc, asKey('north'), 'North');
  for (let i = 0; i < 5; i++) doc = addVariant(doc, asKey(`v${i}`), keys, i % 2 ? 'North' : 'Operator');
  return doc;
}

describe('referencedIds', () => {
  it('is the set of Ids the TargetRefs name, without empty Ids', () => {
    const v: Variant = {
      key: asKey('x'),
      items: [],
      targetRefs: { refs: [{ key: asKey('a'), id: 'A' }, { key: asKey('b'), id: '' }, { key: asKey('c') }, { key: asKey('d'), id: 'A' }] },
    };
    expect([...referencedIds(v)]).toEqual(['A']);
    expect(referencedIds({ key: asKey('y'), items: [] }).size).toBe(0);
  });

  it('is cached per variant: after a toggle only the toggled row has a new set', () => {
    const doc = fixture();
    const before = doc.variants.map(referencedIds);
    expect(doc.variants.map(referencedIds)).toEqual(before);
    doc.variants.forEach((v, i) => expect(referencedIds(v)).toBe(before[i]));

    const toggled = toggleVariantTargetRef(doc, asKey('v2'), 'North', counterKeys('n'));
    const after = toggled.variants.map(referencedIds);
    after.forEach((ids, i) => (i === 3 ? expect(ids).not.toBe(before[i]) : expect(ids).toBe(before[i])));
    expect([...after[3]]).toEqual(['North']); // moved: a variant has one target
  });
});

describe('danglingIds', () => {
  it('lists the referred Ids no target has, and none once a target takes the Id', () => {
    let doc = toggleVariantTargetRef(fixture(), asKey('v0'), 'Gone', counterKeys('n'));
    const v0 = () => doc.variants.find((v) => v.key === 'v0')!;
    expect(danglingIds(v0(), targetIdSet(targetList(doc)))).toEqual(['Gone']);
    expect(danglingIds(doc.variants[0], targetIdSet(targetList(doc)))).toEqual([]);
    doc = setTargetId(doc, asKey('north'), 'Gone');
    expect(danglingIds(v0(), targetIdSet(targetList(doc)))).toEqual([]);
  });
});
