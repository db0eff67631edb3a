import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../src/model/answer-file.ts';
import { addApplicationsBlock } from '../../src/model/applications.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { addAsset } from '../../src/model/groups.ts';
import { asKey, counterKeys, type VariantKey } from '../../src/model/ids.ts';
import { addTarget } from '../../src/model/targets.ts';
import { validate } from '../../src/model/validate/validate.ts';
import type { AnswerFile, Variant } from '../../src/model/types.ts';
import {
  addVariant,
  duplicateVariant,
  moveVariant,
  removeVariant,
  setVariantName,
  setVariantTargetRef,
} from '../../src/model/variants.ts';

const vk = (s: string): VariantKey => asKey<'Variant'>(s);
const V = vk('k10');
const names = (doc: AnswerFile) => doc.variants.map((v) => v.name);

function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value === null || typeof value !== 'object') return [];
  const own = 'key' in value && typeof value.key === 'string' ? [value.key] : [];
  return [...own, ...Object.values(value).flatMap(allKeys)];
}

/** Founding doc + variants Variant1 (v1) and Variant2 (v2). */
function fixture(): AnswerFile {
  const keys = counterKeys('k');
  let doc = createFoundingDocument(keys);
  doc = addVariant(doc, vk('v1'), keys);
  return addVariant(doc, vk('v2'), keys);
}

describe('addVariant', () => {
  it('points at no target unless one is named (never silently at the first), with no items', () => {
    const doc = createFoundingDocument(counterKeys('k'));
    const next = addVariant(doc, vk('v'), counterKeys('n'));
    expect(next.variants[1]).toStrictEqual({
      key: 'v',
      name: 'Variant1',
      targetRefs: { refs: [] },
      items: [],
    });
    const own = validate(next, { strict: false }).filter((d) => d.ref.part.kind === 'variant' && d.ref.part.key === 'v');
    expect(own.map((d) => [d.code, d.ref.field])).toEqual([['variant-no-targetref', 'targetRef']]);
    expect(next.variants[0]).toBe(doc.variants[0]);
    expect(next.targets).toBe(doc.targets);
  });

  it('uses the given target Id; with none, an empty <TargetRefs> whether or not targets exist', () => {
    const doc = addTarget(createEmptyDocument(), asKey('t'), counterKeys('t'));
    expect(addVariant(doc, vk('v'), counterKeys(), 'Other').variants[0].targetRefs?.refs.map((r) => r.id)).toEqual(['Other']);
    expect(addVariant(doc, vk('v'), counterKeys()).variants[0].targetRefs?.refs).toEqual([]);
    expect(addVariant(createEmptyDocument(), vk('v'), counterKeys()).variants[0].targetRefs?.refs).toEqual([]);
  });

  it('picks the first free name and inserts at the (clamped) index', () => {
    let doc = fixture();
    doc = setVariantName(doc, vk('v1'), 'Other');
    const next = addVariant(doc, vk('v3'), counterKeys('n'), undefined, -4);
    expect(names(next)).toEqual(['Variant1', 'Operator', 'Other', 'Variant2']);
  });
});

describe('duplicateVariant', () => {
  it('deep-copies items and refs with fresh keys, unique name, trivia kept, after the source', () => {
    const keys = counterKeys('k');
    let doc = createFoundingDocument(keys);
    doc = addApplicationsBlock(doc, { kind: 'variant', key: V }, asKey('apps'), keys);
    doc = addAsset(doc, { kind: 'variant', key: V }, asKey('k12'), asKey('asset'), { name: 'Ringtones', source: 'C:\\r.wma' });
    doc = addVariant(doc, vk('after'), keys);
    const source: Variant = { ...doc.variants[0], before: [{ kind: 'comment', text: 'per SIM' }], extraAttrs: [{ name: 'a', value: 'b' }] };
    doc = { ...doc, variants: [source, doc.variants[1]] };

    const next = duplicateVariant(doc, V, vk('copy'), counterKeys('n'));
    expect(names(next)).toEqual(['Operator', 'Operator-copy', 'Variant1']);
    const copy = next.variants[1];
    expect(copy.before).toEqual(source.before);
    expect(copy.extraAttrs).toEqual(source.extraAttrs);
    const strip = (v: Variant) => JSON.parse(JSON.stringify({ ...v, name: '' }).replace(/"key":"[^"]*"/g, '"key":""'));
    expect(strip(copy)).toEqual(strip(source));
    const fresh = allKeys(copy);
    expect(new Set(fresh).size).toBe(fresh.length);
    const old = new Set(allKeys(doc));
    expect(fresh.filter((k) => old.has(k))).toEqual([]);
    expect(fresh[0]).toBe('copy');
    expect(next.variants[0]).toBe(source);
    expect(next.variants[2]).toBe(doc.variants[1]);
  });

  it('names a second copy X-copy2, keeps absent TargetRefs absent, ignores unknown sources', () => {
    const doc = fixture();
    const twice = duplicateVariant(duplicateVariant(doc, V, vk('a'), counterKeys('a')), V, vk('b'), counterKeys('b'));
    expect(names(twice)).toEqual(['Operator', 'Operator-copy2', 'Operator-copy', 'Variant1', 'Variant2']);
    const bare: AnswerFile = { ...doc, variants: [{ key: vk('x'), name: 'X', items: [] }] };
    expect('targetRefs' in duplicateVariant(bare, vk('x'), vk('y'), counterKeys()).variants[1]).toBe(false);
    expect(duplicateVariant(doc, vk('nope'), vk('y'), counterKeys())).toBe(doc);
  });
});

describe('removeVariant / moveVariant', () => {
  it('removes by key, keeping the others identical', () => {
    const doc = fixture();
    const next = removeVariant(doc, vk('v1'));
    expect(names(next)).toEqual(['Operator', 'Variant2']);
    expect(next.variants[1]).toBe(doc.variants[2]);
    expect(removeVariant(doc, vk('nope'))).toBe(doc);
  });

  it.each([
    [0, ['Variant2', 'Operator', 'Variant1']],
    [-1, ['Variant2', 'Operator', 'Variant1']],
    [1, ['Operator', 'Variant2', 'Variant1']],
  ])('moves to %i (clamped)', (to, expected) => {
    expect(names(moveVariant(fixture(), vk('v2'), to))).toEqual(expected);
  });

  it('clamps past the end; not moving is a no-op', () => {
    const doc = fixture();
    expect(names(moveVariant(doc, V, 9))).toEqual(['Variant1', 'Variant2', 'Operator']);
    expect(moveVariant(doc, vk('v2'), 9)).toBe(doc);
  });
});

describe('setVariantName', () => {
  it('renames verbatim and keeps the rest identical', () => {
    const doc = fixture();
    const next = setVariantName(doc, V, ' Carrier A ');
    expect(next.variants[0].name).toBe(' Carrier A ');
    expect(next.variants[0].items).toBe(doc.variants[0].items);
    expect(next.variants[0].targetRefs).toBe(doc.variants[0].targetRefs);
    expect(next.variants[1]).toBe(doc.variants[1]);
    expect(setVariantName(doc, V, 'Operator')).toBe(doc);
  });
});

describe('setVariantTargetRef', () => {
  it('sets the first ref and keeps its key; same Id is a no-op', () => {
    const doc = fixture();
    const next = setVariantTargetRef(doc, V, 'T9', counterKeys('n'));
    expect(next.variants[0].targetRefs).toStrictEqual({ refs: [{ key: 'k11', id: 'T9' }] });
    expect(next.variants[0].items).toBe(doc.variants[0].items);
    expect(next.variants[1]).toBe(doc.variants[1]);
    expect(setVariantTargetRef(doc, V, 'Operator', counterKeys())).toBe(doc);
  });

  it('leaves extra refs and the TargetRefs trivia alone', () => {
    const doc = fixture();
    const v = doc.variants[0];
    const extra = { key: asKey<'TargetRef'>('r2'), id: 'Second' };
    const multi: AnswerFile = {
      ...doc,
      variants: [{ ...v, targetRefs: { refs: [...(v.targetRefs?.refs ?? []), extra], end: [{ kind: 'text', text: ' ' }] } }],
    };
    const next = setVariantTargetRef(multi, V, 'New', counterKeys());
    expect(next.variants[0].targetRefs?.refs.map((r) => r.id)).toEqual(['New', 'Second']);
    expect(next.variants[0].targetRefs?.refs[1]).toBe(extra);
    expect(next.variants[0].targetRefs?.end).toBe(multi.variants[0].targetRefs?.end);
  });

  it('creates TargetRefs / TargetRef when absent', () => {
    const doc: AnswerFile = {
      ...createEmptyDocument(),
      variants: [
        { key: vk('a'), name: 'A', items: [] },
        { key: vk('b'), name: 'B', targetRefs: { refs: [], before: [{ kind: 'comment', text: 'c' }] }, items: [] },
      ],
    };
    const a = setVariantTargetRef(doc, vk('a'), 'T', counterKeys('n'));
    expect(a.variants[0].targetRefs).toStrictEqual({ refs: [{ key: 'n1', id: 'T' }] });
    const b = setVariantTargetRef(doc, vk('b'), 'T', counterKeys('n'));
    expect(b.variants[1].targetRefs).toStrictEqual({ refs: [{ key: 'n1', id: 'T' }], before: [{ kind: 'comment', text: 'c' }] });
    expect(setVariantTargetRef(doc, vk('nope'), 'T', counterKeys())).toBe(doc);
  });
});
