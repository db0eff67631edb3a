// The matrix's edits of a variant's TargetRefs: choose, remove and toggle one target, keeping the other refs, the
// element's trivia and every untouched part identical.

import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../src/model/answer-file.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { asKey, counterKeys } from '../../src/model/ids.ts';
import { addTarget, setTargetId } from '../../src/model/targets.ts';
import type { AnswerFile, TargetRefs, Variant } from '../../src/model/types.ts';
import {
  addVariant,
  removeVariantTargetRef,
  toggleVariantTargetRef,
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

describe('toggleVariantTargetRef: choosing a target', () => {
  it('creates <TargetRefs> when the variant has none, and keeps its trivia when it is empty', () => {
    const bare = withRefs(fixture(), undefined);
    expect(toggleVariantTargetRef(bare, V, 'North', counterKeys('n')).variants[1].targetRefs).toStrictEqual({ refs: [{ key: 'n1', id: 'North' }] });

    const kept = withRefs(fixture(), { refs: [], end: [{ kind: 'comment', text: ' the carrier ' }], extraAttrs: [{ name: 'x', value: '1' }] });
    const next = toggleVariantTargetRef(kept, V, 'North', counterKeys('n')).variants[1].targetRefs;
    expect(next).toStrictEqual({ refs: [{ key: 'n1', id: 'North' }], end: [{ kind: 'comment', text: ' the carrier ' }], extraAttrs: [{ name: 'x', value: '1' }] });
  });

  it('gives a new variant (empty TargetRefs) its one TargetRef, and leaves every other part identical', () => {
    const keys = counterKeys('k');
    const blank = addVariant(createEmptyDocument(), V, keys); // a new variant points at no target
    expect(blank.variants[0].targetRefs?.refs).toEqual([]);
    const next = toggleVariantTargetRef(blank, V, 'North', keys);
    expect(next.variants[0].targetRefs?.refs.map((r) => r.id)).toStrictEqual(['North']);
    const doc = fixture();
    const moved = toggleVariantTargetRef(doc, V, 'North', counterKeys('n'));
    expect(moved.variants[0]).toBe(doc.variants[0]);
    expect(moved.targets).toBe(doc.targets);
  });
});

describe('removeVariantTargetRef', () => {
  it('removes every TargetRef naming the target and keeps the others', () => {
    const base = fixture();
    const doc = withRefs(base, { refs: [...base.variants[1].targetRefs!.refs, { key: asKey('north'), id: 'North' }, { key: asKey('dup'), id: 'Operator' }] });
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
  it('moves the variant to another target (one TargetRef, as the schema wants), and clears a checked one', () => {
    const doc = fixture();
    const moved = toggleVariantTargetRef(doc, V, 'North', counterKeys('n'));
    expect(ids(moved)).toEqual(['North']);
    expect(moved.variants[1].targetRefs?.refs[0].key).toBe(doc.variants[1].targetRefs?.refs[0].key); // the same TargetRef, new Id
    expect(codes(moved)).not.toContain('variant-many-targetrefs');
    const cleared = toggleVariantTargetRef(moved, V, 'North', counterKeys('m'));
    expect(ids(cleared)).toEqual([]);
    expect(codes(cleared)).toContain('variant-no-targetref');
    const again = toggleVariantTargetRef(cleared, V, 'Operator', counterKeys('o'));
    expect(stripKeys(again)).toEqual(stripKeys(doc));
  });

  it('returns the document itself for an unknown variant', () => {
    const doc = fixture();
    expect(toggleVariantTargetRef(doc, asKey<'Variant'>('nope'), 'North', counterKeys('n'))).toBe(doc);
  });
});
