import { describe, expect, it } from 'vitest';
import { createEmptyDocument, targetList } from '../../src/model/answer-file.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { asKey, counterKeys, type KeyGen, type TargetKey, type VariantKey } from '../../src/model/ids.ts';
import {
  addTarget,
  duplicateTarget,
  moveTarget,
  removeTarget,
  setTargetId,
  variantsUsingTarget,
} from '../../src/model/targets.ts';
import { addVariant } from '../../src/model/variants.ts';
import type { AnswerFile, Target } from '../../src/model/types.ts';

const tk = (s: string): TargetKey => asKey<'Target'>(s);
const vk = (s: string): VariantKey => asKey<'Variant'>(s);

/** Every `key` in a value, depth first. */
function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value === null || typeof value !== 'object') return [];
  const own = 'key' in value && typeof value.key === 'string' ? [value.key] : [];
  return [...own, ...Object.values(value).flatMap(allKeys)];
}

/**
 * Targets Operator (k1), T2 (t2), T3 (t3); variants Operator (k10, -> Operator), V2 (v2, -> T2), V3 (v3, -> Operator).
 */
function fixture(): { doc: AnswerFile; keys: KeyGen } {
  const keys = counterKeys('k');
  let doc = createFoundingDocument(keys);
  doc = addTarget(doc, tk('t2'), keys);
  doc = setTargetId(doc, tk('t2'), 'T2');
  doc = addTarget(doc, tk('t3'), keys);
  doc = setTargetId(doc, tk('t3'), 'T3');
  doc = addVariant(doc, vk('v2'), keys, 'T2');
  doc = addVariant(doc, vk('v3'), keys, 'Operator');
  return { doc, keys: counterKeys('n') };
}

describe('addTarget', () => {
  it('creates <Targets> and a Target1 with one state holding empty MCC and MNC', () => {
    const next = addTarget(createEmptyDocument(), tk('t'), counterKeys('n'));
    expect(next.targets).toStrictEqual({
      targets: [
        {
          key: 't',
          id: 'Target1',
          states: [
            {
              key: 'n1',
              conditions: [
                { key: 'n2', name: 'MCC', value: '' },
                { key: 'n3', name: 'MNC', value: '' },
              ],
            },
          ],
        },
      ],
    });
  });

  it('picks the first Id no target uses, inserts at the index, and keeps siblings identical', () => {
    let doc = addTarget(createEmptyDocument(), tk('a'), counterKeys('a'));
    doc = addTarget(doc, tk('b'), counterKeys('b'));
    doc = setTargetId(doc, tk('a'), 'Target3');
    const before = targetList(doc);
    const next = addTarget(doc, tk('c'), counterKeys('c'), 0);
    expect(targetList(next).map((t) => t.id)).toEqual(['Target1', 'Target3', 'Target2']);
    expect(targetList(next)[1]).toBe(before[0]);
    expect(targetList(next)[2]).toBe(before[1]);
    expect(next.variants).toBe(doc.variants);
  });

  it('keeps the <Targets> trivia when adding', () => {
    const doc: AnswerFile = { ...createEmptyDocument(), targets: { targets: [], end: [{ kind: 'comment', text: 'x' }] } };
    const next = addTarget(doc, tk('t'), counterKeys());
    expect(next.targets?.end).toBe(doc.targets?.end);
  });
});

describe('duplicateTarget', () => {
  it('deep-copies with fresh keys, a unique Id and the trivia, right after the source', () => {
    const { doc } = fixture();
    const source: Target = {
      ...targetList(doc)[0],
      before: [{ kind: 'comment', text: 'operator' }],
      extraAttrs: [{ name: 'x:y', value: '1' }],
      end: [{ kind: 'text', text: '\n' }],
    };
    const withTrivia: AnswerFile = { ...doc, targets: { targets: [source, ...targetList(doc).slice(1)] } };
    const next = duplicateTarget(withTrivia, tk('k1'), tk('copy'), counterKeys('n'));
    const list = targetList(next);
    expect(list.map((t) => t.id)).toEqual(['Operator', 'Operator-copy', 'T2', 'T3']);
    const copy = list[1];
    expect(copy.key).toBe('copy');
    expect(copy.before).toEqual(source.before);
    expect(copy.extraAttrs).toEqual(source.extraAttrs);
    expect(copy.end).toEqual(source.end);
    // Same content apart from keys and Id.
    const strip = (t: Target) => JSON.parse(JSON.stringify({ ...t, id: '' }).replace(/"key":"[^"]*"/g, '"key":""'));
    expect(strip(copy)).toEqual(strip(source));
    const oldKeys = new Set(allKeys(withTrivia));
    const fresh = allKeys(copy);
    expect(fresh).toEqual(['copy', 'n1', 'n2', 'n3', 'n4']);
    expect(fresh.filter((k) => oldKeys.has(k))).toEqual([]);
    expect(list[0]).toBe(source);
    expect(next.variants).toBe(doc.variants);
  });

  it('makes the copy Id unique (X-copy2 when X-copy exists)', () => {
    const { doc } = fixture();
    const once = duplicateTarget(doc, tk('k1'), tk('c1'), counterKeys('a'));
    const twice = duplicateTarget(once, tk('k1'), tk('c2'), counterKeys('b'));
    expect(targetList(twice).map((t) => t.id)).toEqual(['Operator', 'Operator-copy2', 'Operator-copy', 'T2', 'T3']);
  });

  it('returns the same doc for an unknown source', () => {
    const { doc } = fixture();
    expect(duplicateTarget(doc, tk('nope'), tk('c'), counterKeys())).toBe(doc);
  });
});

describe('setTargetId', () => {
  it('renames and rewrites the refs that pointed at the old Id, leaving other variants identical', () => {
    const { doc } = fixture();
    const next = setTargetId(doc, tk('k1'), 'Carrier');
    expect(targetList(next)[0].id).toBe('Carrier');
    expect(next.variants.map((v) => v.targetRefs?.refs[0].id)).toEqual(['Carrier', 'T2', 'Carrier']);
    expect(next.variants[1]).toBe(doc.variants[1]);
    expect(next.variants[0].items).toBe(doc.variants[0].items);
    expect(next.variants[0].targetRefs?.refs[0].key).toBe(doc.variants[0].targetRefs?.refs[0].key);
    expect(targetList(next)[1]).toBe(targetList(doc)[1]);
    expect(next.static).toBe(doc.static);
  });

  it('matches refs exactly and case-sensitively', () => {
    const { doc } = fixture();
    const lower = setTargetId(doc, tk('t2'), 't2');
    expect(lower.variants[1].targetRefs?.refs[0].id).toBe('t2');
    const back = setTargetId(lower, tk('k1'), 'X');
    expect(back.variants[1]).toBe(lower.variants[1]);
  });

  it('leaves refs alone when another target still has the old Id', () => {
    const { doc } = fixture();
    const dup = setTargetId(doc, tk('t3'), 'Operator');
    expect(dup.variants).toBe(doc.variants);
    const next = setTargetId(dup, tk('k1'), 'Other');
    expect(next.variants).toBe(dup.variants);
  });

  it('rewrites every ref of a variant that has several', () => {
    const { doc } = fixture();
    const v = doc.variants[1];
    const multi: AnswerFile = {
      ...doc,
      variants: [doc.variants[0], { ...v, targetRefs: { refs: [...(v.targetRefs?.refs ?? []), { key: asKey('r'), id: 'T2' }] } }],
    };
    const next = setTargetId(multi, tk('t2'), 'Z');
    expect(next.variants[1].targetRefs?.refs.map((r) => r.id)).toEqual(['Z', 'Z']);
  });

  it('returns the same doc for the same Id or an unknown target', () => {
    const { doc } = fixture();
    expect(setTargetId(doc, tk('k1'), 'Operator')).toBe(doc);
    expect(setTargetId(doc, tk('nope'), 'X')).toBe(doc);
  });

  it('stores the Id exactly as typed', () => {
    const { doc } = fixture();
    expect(targetList(setTargetId(doc, tk('k1'), ' Op 1 '))[0].id).toBe(' Op 1 ');
  });
});

describe('variantsUsingTarget', () => {
  it('lists the variants with a TargetRef to the Id', () => {
    const { doc } = fixture();
    expect(variantsUsingTarget(doc, 'Operator')).toEqual([doc.variants[0], doc.variants[2]]);
    expect(variantsUsingTarget(doc, 'Operator')[0]).toBe(doc.variants[0]);
    expect(variantsUsingTarget(doc, 'T3')).toEqual([]);
    expect(variantsUsingTarget(doc, 'operator')).toEqual([]);
    expect(variantsUsingTarget(doc, undefined)).toEqual([]);
  });
});

describe('removeTarget', () => {
  it("'keep-refs' removes the target and leaves the variants dangling", () => {
    const { doc } = fixture();
    const next = removeTarget(doc, tk('k1'), { kind: 'keep-refs' });
    expect(targetList(next).map((t) => t.id)).toEqual(['T2', 'T3']);
    expect(next.variants).toBe(doc.variants);
  });

  it("'remove-variants' removes the variants that referred to it", () => {
    const { doc } = fixture();
    const next = removeTarget(doc, tk('k1'), { kind: 'remove-variants' });
    expect(next.variants).toEqual([doc.variants[1]]);
    expect(next.variants[0]).toBe(doc.variants[1]);
    expect(removeTarget(doc, tk('t3'), { kind: 'remove-variants' }).variants).toBe(doc.variants);
  });

  it("'retarget' points the variants at another target", () => {
    const { doc } = fixture();
    const next = removeTarget(doc, tk('k1'), { kind: 'retarget', targetId: 'T3' });
    expect(next.variants.map((v) => v.targetRefs?.refs[0].id)).toEqual(['T3', 'T2', 'T3']);
    expect(next.variants[1]).toBe(doc.variants[1]);
  });

  it('leaves variants alone when another target keeps the Id', () => {
    const { doc } = fixture();
    const dup = setTargetId(doc, tk('t3'), 'Operator');
    for (const kind of ['remove-variants', 'keep-refs'] as const) {
      expect(removeTarget(dup, tk('k1'), { kind }).variants).toBe(dup.variants);
    }
  });

  it('returns the same doc for an unknown key and keeps an emptied <Targets>', () => {
    const { doc } = fixture();
    expect(removeTarget(doc, tk('nope'), { kind: 'keep-refs' })).toBe(doc);
    const one = addTarget(createEmptyDocument(), tk('t'), counterKeys());
    expect(removeTarget(one, tk('t'), { kind: 'keep-refs' }).targets).toEqual({ targets: [] });
  });
});

describe('moveTarget', () => {
  it.each([
    [0, ['T3', 'Operator', 'T2']],
    [1, ['Operator', 'T3', 'T2']],
    [-5, ['T3', 'Operator', 'T2']],
  ])('moves to %i (clamped)', (to, ids) => {
    const { doc } = fixture();
    expect(targetList(moveTarget(doc, tk('t3'), to)).map((t) => t.id)).toEqual(ids);
  });

  it('clamps past the end and is a no-op when it does not move', () => {
    const { doc } = fixture();
    expect(targetList(moveTarget(doc, tk('k1'), 99)).map((t) => t.id)).toEqual(['T2', 'T3', 'Operator']);
    expect(moveTarget(doc, tk('t3'), 99)).toBe(doc);
    expect(moveTarget(doc, tk('nope'), 0)).toBe(doc);
  });
});
