import { describe, expect, it } from 'vitest';
import { targetList } from '../../src/model/answer-file.ts';
import {
  addCondition,
  addTargetState,
  duplicateTargetState,
  moveCondition,
  moveTargetState,
  removeCondition,
  removeTargetState,
  updateCondition,
} from '../../src/model/conditions.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { asKey, counterKeys, type ConditionKey, type TargetKey, type TargetStateKey } from '../../src/model/ids.ts';
import { addTarget } from '../../src/model/targets.ts';
import type { AnswerFile } from '../../src/model/types.ts';

const T = asKey<'Target'>('k1');
const S = asKey<'TargetState'>('k2');
const sk = (s: string): TargetStateKey => asKey<'TargetState'>(s);
const ck = (s: string): ConditionKey => asKey<'Condition'>(s);

/** The founding doc (target k1, state k2, conditions k3 MCC, k4 MNC, k5 SPN) plus a second target. */
function fixture(): AnswerFile {
  const keys = counterKeys('k');
  return addTarget(createFoundingDocument(keys), asKey<'Target'>('t2'), keys);
}
const states = (doc: AnswerFile, t: TargetKey = T) => targetList(doc).find((x) => x.key === t)?.states ?? [];
const conds = (doc: AnswerFile) => states(doc)[0].conditions;

describe('TargetState edits', () => {
  it('addTargetState adds a state with one empty MCC condition, at the index', () => {
    const doc = fixture();
    const next = addTargetState(doc, T, sk('s'), counterKeys('n'), 0);
    expect(states(next)[0]).toStrictEqual({ key: 's', conditions: [{ key: 'n1', name: 'MCC', value: '' }] });
    expect(states(next)[1]).toBe(states(doc)[0]);
    expect(targetList(next)[1]).toBe(targetList(doc)[1]);
    expect(next.variants).toBe(doc.variants);
  });

  it('duplicateTargetState copies with fresh keys and the same values, right after the source', () => {
    let doc = fixture();
    doc = addTargetState(doc, T, sk('other'), counterKeys('o'));
    const withTrivia = updateCondition(doc, T, S, ck('k3'), { value: '310', isWildCard: 'false' });
    const next = duplicateTargetState(withTrivia, T, S, sk('copy'), counterKeys('n'));
    expect(states(next).map((s) => s.key)).toEqual(['k2', 'copy', 'other']);
    expect(states(next)[1].conditions).toStrictEqual([
      { key: 'n1', name: 'MCC', value: '310', isWildCard: 'false' },
      { key: 'n2', name: 'MNC', value: '' },
      { key: 'n3', name: 'SPN', value: '' },
    ]);
    expect(states(next)[0]).toBe(states(withTrivia)[0]);
    expect(duplicateTargetState(doc, T, sk('nope'), sk('c'), counterKeys())).toBe(doc);
  });

  it('removeTargetState and moveTargetState', () => {
    let doc = fixture();
    doc = addTargetState(doc, T, sk('b'), counterKeys('b'));
    doc = addTargetState(doc, T, sk('c'), counterKeys('c'));
    expect(states(removeTargetState(doc, T, sk('b'))).map((s) => s.key)).toEqual(['k2', 'c']);
    expect(removeTargetState(doc, T, sk('nope'))).toBe(doc);
    expect(states(moveTargetState(doc, T, sk('c'), 0)).map((s) => s.key)).toEqual(['c', 'k2', 'b']);
    expect(states(moveTargetState(doc, T, sk('k2'), 42)).map((s) => s.key)).toEqual(['b', 'c', 'k2']);
    expect(moveTargetState(doc, T, sk('c'), 42)).toBe(doc);
  });

  it('ignores an unknown target', () => {
    const doc = fixture();
    expect(addTargetState(doc, asKey('nope'), sk('s'), counterKeys())).toBe(doc);
  });
});

describe('Condition edits', () => {
  it('addCondition defaults to empty name and value, or takes init as given', () => {
    const doc = fixture();
    const a = addCondition(doc, T, S, ck('c'));
    expect(conds(a)[3]).toStrictEqual({ key: 'c', name: '', value: '' });
    const b = addCondition(doc, T, S, ck('c'), { name: 'GID1', value: ' 0A ' }, 1);
    expect(conds(b)[1]).toStrictEqual({ key: 'c', name: 'GID1', value: ' 0A ' });
    expect(conds(b)[0]).toBe(conds(doc)[0]);
    expect(conds(b)[2]).toBe(conds(doc)[1]);
  });

  it('updateCondition stores values verbatim and rebuilds only the path', () => {
    const doc = fixture();
    const next = updateCondition(doc, T, S, ck('k4'), { value: '010' });
    expect(conds(next)[1]).toStrictEqual({ key: 'k4', name: 'MNC', value: '010' });
    expect(conds(next)[0]).toBe(conds(doc)[0]);
    expect(conds(next)[2]).toBe(conds(doc)[2]);
    expect(targetList(next)[1]).toBe(targetList(doc)[1]);
    expect(next.static).toBe(doc.static);
    expect(next.variants).toBe(doc.variants);
  });

  it('updateCondition removes an attribute patched to undefined and ignores a stray key', () => {
    const doc = updateCondition(fixture(), T, S, ck('k3'), { isWildCard: 'true', value: undefined });
    expect(conds(doc)[0]).toStrictEqual({ key: 'k3', name: 'MCC', isWildCard: 'true' });
    const stray = { name: 'MCC', key: 'other' } as unknown as { name: string };
    expect(updateCondition(doc, T, S, ck('k3'), stray)).toBe(doc);
  });

  it.each([
    ['same value', { value: '' }],
    ['same name', { name: 'MNC' }],
    ['absent stays absent', { isWildCard: undefined }],
  ])('updateCondition is a no-op for %s', (_label, patch) => {
    const doc = fixture();
    expect(updateCondition(doc, T, S, ck('k4'), patch)).toBe(doc);
  });

  it('removeCondition and moveCondition (clamped)', () => {
    const doc = fixture();
    expect(conds(removeCondition(doc, T, S, ck('k4'))).map((c) => c.name)).toEqual(['MCC', 'SPN']);
    expect(removeCondition(doc, T, S, ck('nope'))).toBe(doc);
    expect(conds(moveCondition(doc, T, S, ck('k5'), -1)).map((c) => c.name)).toEqual(['SPN', 'MCC', 'MNC']);
    expect(conds(moveCondition(doc, T, S, ck('k3'), 10)).map((c) => c.name)).toEqual(['MNC', 'SPN', 'MCC']);
    expect(moveCondition(doc, T, S, ck('k3'), 0)).toBe(doc);
  });
});
