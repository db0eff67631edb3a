// The settings matrix's actions are undo steps of the editor store: a run of keystrokes into one cell (the first
// of which adds the Setting) is one step, and each row action is one.

import { beforeEach, describe, expect, it } from 'vitest';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { counterKeys } from '../../src/model/ids.ts';
import { findCell } from '../../src/model/settings-matrix-edits.ts';
import { EMPTY_HISTORY } from '../../src/store/history.ts';
import { useEditor } from '../../src/store/editor-store.ts';
import { settingsMatrixActions as act } from '../../src/store/settings-matrix-actions.ts';

const PER_SIM = 'Messaging/PerSimSettings/$(__ICCID)';
const STATIC = { kind: 'static' } as const;
const doc = () => useEditor.getState().doc;
const steps = () => useEditor.getState().history.past.length;

beforeEach(() => {
  useEditor.setState({ doc: createFoundingDocument(counterKeys('s')), selection: { kind: 'matrix', view: 'settings' }, history: EMPTY_HISTORY });
});

describe('settingsMatrixActions', () => {
  it('types into a cell that is not set as one undo step, which undo takes back whole', () => {
    const before = doc();
    for (const text of ['1', '12', '123']) act.setValue(STATIC, PER_SIM, 'SMStoSMTPShortCode', text);
    expect(findCell(doc(), STATIC, PER_SIM, 'SMStoSMTPShortCode')?.value).toBe('123');
    expect(steps()).toBe(1);
    // Another cell starts another step.
    act.setValue({ kind: 'variant', key: before.variants[0].key }, PER_SIM, 'SMStoSMTPShortCode', '9');
    expect(steps()).toBe(2);
    useEditor.getState().undo();
    useEditor.getState().undo();
    expect(doc()).toBe(before);
    expect(useEditor.getState().selection).toEqual({ kind: 'matrix', view: 'settings' });
  });

  it('moves a row to Static and copies one to a variant, one step each', () => {
    const op = doc().variants[0].key;
    act.moveToStatic(op, PER_SIM, 'AllowSMStoSMTPAddress');
    expect(findCell(doc(), STATIC, PER_SIM, 'AllowSMStoSMTPAddress')?.value).toBe('1');
    expect(steps()).toBe(1);
    expect(useEditor.getState().history.past[0].label).toBe('Move AllowSMStoSMTPAddress to Static');
    act.copyToVariant(STATIC, op, 'Multivariant', 'Enable');
    expect(findCell(doc(), { kind: 'variant', key: op }, 'Multivariant', 'Enable')?.value).toBe('1');
    expect(steps()).toBe(2);
    // Nothing to do records nothing.
    act.copyToVariant(STATIC, op, 'No/Such', 'Row');
    expect(steps()).toBe(2);
  });
});
