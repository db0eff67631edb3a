// Edits inside a Target: its TargetStates (OR) and their Conditions (AND).
// Values are stored exactly as typed: an MNC '010' stays '010'.

import type { AnswerFile, Condition, TargetState } from './types.ts';
import type { ConditionKey, KeyGen, TargetKey, TargetStateKey } from './ids.ts';
import { asKey } from './ids.ts';
import { indexOfKey, insertAt, moveByKey, removeByKey, updateByKey } from './list.ts';
import { patchFields, pickFields, updateTarget } from './answer-file.ts';

/** A condition with the given name and value ('' by default: only the user knows the real values). */
export function newCondition(key: ConditionKey, name = '', value = ''): Condition {
  return { key, name, value };
}

/** A TargetState holding one empty condition per name, keys minted from `keys`. */
export function newTargetState(key: TargetStateKey, keys: KeyGen, names: readonly string[]): TargetState {
  return { key, conditions: names.map((n) => newCondition(asKey<'Condition'>(keys()), n)) };
}

/** A deep copy of a state with `key` on top and fresh keys below; trivia and unknown attributes are kept. */
export function copyTargetState(state: TargetState, key: TargetStateKey, keys: KeyGen): TargetState {
  return { ...state, key, conditions: state.conditions.map((c) => ({ ...c, key: asKey<'Condition'>(keys()) })) };
}

function updateStates(
  doc: AnswerFile,
  targetKey: TargetKey,
  fn: (states: readonly TargetState[]) => readonly TargetState[],
): AnswerFile {
  return updateTarget(doc, targetKey, (t) => {
    const states = fn(t.states);
    return states === t.states ? t : { ...t, states };
  });
}

function updateConditions(
  doc: AnswerFile,
  targetKey: TargetKey,
  stateKey: TargetStateKey,
  fn: (conditions: readonly Condition[]) => readonly Condition[],
): AnswerFile {
  return updateStates(doc, targetKey, (states) =>
    updateByKey(states, stateKey, (s) => {
      const conditions = fn(s.conditions);
      return conditions === s.conditions ? s : { ...s, conditions };
    }),
  );
}

// ---- TargetState ----

/** Adds a state with one empty MCC condition, the usual start of a SIM match. */
export function addTargetState(
  doc: AnswerFile,
  targetKey: TargetKey,
  key: TargetStateKey,
  keys: KeyGen,
  index?: number,
): AnswerFile {
  return updateStates(doc, targetKey, (states) => insertAt(states, newTargetState(key, keys, ['MCC']), index));
}

/** Deep-copies a state (fresh keys) right after the source. */
export function duplicateTargetState(
  doc: AnswerFile,
  targetKey: TargetKey,
  stateKey: TargetStateKey,
  key: TargetStateKey,
  keys: KeyGen,
): AnswerFile {
  return updateStates(doc, targetKey, (states) => {
    const i = indexOfKey(states, stateKey);
    return i < 0 ? states : insertAt(states, copyTargetState(states[i], key, keys), i + 1);
  });
}

export function removeTargetState(doc: AnswerFile, targetKey: TargetKey, stateKey: TargetStateKey): AnswerFile {
  return updateStates(doc, targetKey, (states) => removeByKey(states, stateKey));
}

export function moveTargetState(
  doc: AnswerFile,
  targetKey: TargetKey,
  stateKey: TargetStateKey,
  toIndex: number,
): AnswerFile {
  return updateStates(doc, targetKey, (states) => moveByKey(states, stateKey, toIndex));
}

// ---- Condition ----

export function addCondition(
  doc: AnswerFile,
  targetKey: TargetKey,
  stateKey: TargetStateKey,
  key: ConditionKey,
  init?: { readonly name?: string; readonly value?: string },
  index?: number,
): AnswerFile {
  const condition = newCondition(key, init?.name, init?.value);
  return updateConditions(doc, targetKey, stateKey, (cs) => insertAt(cs, condition, index));
}

export type ConditionPatch = Partial<Pick<Condition, 'name' | 'value' | 'isWildCard'>>;

/** Patches a condition; a field set to undefined removes the attribute. */
export function updateCondition(
  doc: AnswerFile,
  targetKey: TargetKey,
  stateKey: TargetStateKey,
  conditionKey: ConditionKey,
  patch: ConditionPatch,
): AnswerFile {
  // Only the editable attributes: a stray `key` in the patch must not re-key the condition.
  const clean: ConditionPatch = pickFields(patch, ['name', 'value', 'isWildCard']);
  return updateConditions(doc, targetKey, stateKey, (cs) => updateByKey(cs, conditionKey, (c) => patchFields(c, clean)));
}

export function removeCondition(
  doc: AnswerFile,
  targetKey: TargetKey,
  stateKey: TargetStateKey,
  conditionKey: ConditionKey,
): AnswerFile {
  return updateConditions(doc, targetKey, stateKey, (cs) => removeByKey(cs, conditionKey));
}

export function moveCondition(
  doc: AnswerFile,
  targetKey: TargetKey,
  stateKey: TargetStateKey,
  conditionKey: ConditionKey,
  toIndex: number,
): AnswerFile {
  return updateConditions(doc, targetKey, stateKey, (cs) => moveByKey(cs, conditionKey, toIndex));
}
