// The matrix's edits of a variant's TargetRefs: add, remove and toggle one target, keeping the other refs, the
// element's trivia and every untouched part identical.

import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../src/model/answer-file.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { asKey, counterKeys } from '../../src/model/ids.ts';
import { addTarget, setTargetId } from '../../src/model/targets.ts';
import type { AnswerFile, TargetRefs, Variant } from '../../src/model/types.ts';
import {
  addVariant,
  addVariantTargetRef,
  removeVariantTargetRef,
  toggleVariantTargetRef,
  variantRefersTo,
} from '../../src/model/variants.ts';
import { validate } from '../../src/model/validate/validate.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { stripKeys } from '../support/strip-keys.ts';

const V = asKey<'Variant'>('v');
const ids = (doc: AnswerFile, i = 1) => doc.variants[i].targetRefs?.refs.map((r) => r.id);
const codes = (doc: AnswerFile) => validate(doc, { strict: false }).map((d) => d.code);

/** The founding document (target Operator, variant Operator → Operator), a target North, and variant `v` → Operator. */
function fixture(): AnswerFile {
  const keys = counterKeys('k');
  let doc = createFoundingDocument(keys);
  doc = addTarget(doc, asKey('north'), keys);
  doc = setTargetId(doc, asKey('north'), 'North');
  return addVariant(doc, V, keys, 'Operator');
}

function withRefs(doc: AnswerFile, targetRefs: TargetRefs | undefined): AnswerFile {
  const { targetRefs: _old, ...rest } = doc.variants[1];
  const v: Variant = targetRefs === undefined ? rest : { ...rest, targetRefs };
  return { ...doc, variants: [doc.variants[0], v] };
}

describe('addVariantTargetRef', () => {
  it('appends a TargetRef with a fresh key, keeping the others and every other variant', () => {
    const doc = fixture();
    const next = addVariantTargetRef(doc, V, 'North', counterKeys('n'));
    expect(ids(next)).toEqual(['Operator', 'North']);
    expect(next.variants[1].targetRefs?.refs[0]).toBe(doc.variants[1].targetRefs?.refs[0]);
    expect(next.variants[1].targetRefs?.refs[1].key).toBe('n1');
    expect(next.variants[0]).toBe(doc.variants[0]);
    expect(next.targets).toBe(doc.targets);
  });

  it('creates <TargetRefs> when the variant has none, and keeps its trivia when it has one', () => {
    const bare = withRefs(fixture(), undefined);
    expect(addVariantTargetRef(bare, V, 'North', counterKeys('n')).variants[1].targetRefs).toStrictEqual({ refs: [{ key: 'n1', id: 'North' }] });

    const kept = withRefs(fixture(), { refs: [], end: [{ kind: 'comment', text: ' the carrier ' }], extraAttrs: [{ name: 'x', value: '1' }] });
    const next = addVariantTargetRef(kept, V, 'North', counterKeys('n')).variants[1].targetRefs;
    expect(next).toStrictEqual({ refs: [{ key: 'n1', id: 'North' }], end: [{ kind: 'comment', text: ' the carrier ' }], extraAttrs: [{ name: 'x', value: '1' }] });
  });

  it('fills a TargetRef without an Id instead of adding a second one', () => {
    const keys = counterKeys('k');
    const blank = addVariant(createEmptyDocument(), V, keys); // no targets yet: TargetRef Id=""
    const placeholder = blank.variants[0].targetRefs!.refs[0];
    const next = addVariantTargetRef(blank, V, 'North', keys);
    expect(next.variants[0].targetRefs?.refs).toStrictEqual([{ ...placeholder, id: 'North' }]);
  });

  it('changes nothing when the target is already referred to, or the variant does not exist', () => {
    const doc = fixture();
    expect(addVariantTargetRef(doc, V, 'Operator', counterKeys('n'))).toBe(doc);
    expect(addVariantTargetRef(doc, asKey<'Variant'>('nope'), 'North', counterKeys('n'))).toBe(doc);
  });
});

describe('removeVariantTargetRef', () => {
  it('removes every TargetRef naming the target and keeps the others', () => {
    const keys = counterKeys('n');
    let doc = addVariantTargetRef(fixture(), V, 'North', keys);
    doc = withRefs(doc, { refs: [...doc.variants[1].targetRefs!.refs, { key: asKey('dup'), id: 'Operator' }] });
    const next = removeVariantTargetRef(doc, V, 'Operator');
    expect(ids(next)).toEqual(['North']);
    expect(next.variants[1].targetRefs?.refs[0]).toBe(doc.variants[1].targetRefs?.refs[1]);
    expect(next.variants[0]).toBe(doc.variants[0]);
  });

  it('keeps an empty <TargetRefs> (with its trivia) when the last ref goes: reported like an absent one, and it round-trips', () => {
    const doc = withRefs(fixture(), { ...fixture().variants[1].targetRefs!, end: [{ kind: 'comment', text: ' keep ' }] });
    const next = removeVariantTargetRef(doc, V, 'Operator');
    expect(next.variants[1].targetRefs).toStrictEqual({ refs: [], end: [{ kind: 'comment', text: ' keep ' }] });
    expect(codes(next)).toContain('variant-no-targetref');
    expect(codes(withRefs(next, undefined)).filter((c) => c === 'variant-no-targetref')).toHaveLength(1);

    const xml = toXml(next);
    expect(xml).toContain('<TargetRefs>\n      <!-- keep -->\n    </TargetRefs>');
    const back = fromXml(xml);
    if (!back.ok) throw new Error(back.error.message);
    expect(stripKeys(back.doc)).toEqual(stripKeys(next));
  });

  it('changes nothing when no TargetRef names the target', () => {
    const doc = fixture();
    expect(removeVariantTargetRef(doc, V, 'North')).toBe(doc);
    expect(removeVariantTargetRef(withRefs(doc, undefined), V, 'North').variants[1].targetRefs).toBeUndefined();
  });
});

describe('toggleVariantTargetRef', () => {
  it('adds then removes, and a second toggle restores the refs', () => {
    const doc = fixture();
    const on = toggleVariantTargetRef(doc, V, 'North', counterKeys('n'));
    expect(variantRefersTo(on.variants[1], 'North')).toBe(true);
    expect(ids(on)).toEqual(['Operator', 'North']);
    expect(codes(on)).toContain('variant-many-targetrefs'); // the schema allows one: the matrix says so, the validator reports it
    const off = toggleVariantTargetRef(on, V, 'North', counterKeys('m'));
    expect(variantRefersTo(off.variants[1], 'North')).toBe(false);
    expect(stripKeys(off)).toEqual(stripKeys(doc));
    expect(ids(toggleVariantTargetRef(doc, V, 'Operator', counterKeys('n')))).toEqual([]);
  });

  it('returns the document itself for an unknown variant', () => {
    const doc = fixture();
    expect(toggleVariantTargetRef(doc, asKey<'Variant'>('nope'), 'North', counterKeys('n'))).toBe(doc);
  });
});
