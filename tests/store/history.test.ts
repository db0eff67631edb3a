import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/model/types.ts';
import type { PartRef } from '../../src/model/refs.ts';
import { EMPTY_HISTORY, HISTORY_LIMIT, record, redo, seal, undo, type History } from '../../src/store/history.ts';

const doc = (name: string): AnswerFile => ({ name, variants: [] });
const DOC: PartRef = { kind: 'document' };
const STATIC: PartRef = { kind: 'static' };

describe('undo history', () => {
  it('undoes and redoes steps in order, restoring the selection of each', () => {
    let h: History = EMPTY_HISTORY;
    const a = doc('a');
    const b = doc('b');
    const c = doc('c');
    h = record(h, { doc: a, selection: DOC, label: 'Edit name' });
    h = record(h, { doc: b, selection: STATIC, label: 'Add settings group' });
    const u1 = undo(h, c, DOC)!;
    expect(u1).toMatchObject({ doc: b, selection: STATIC, label: 'Add settings group' });
    const u2 = undo(u1.history, u1.doc, u1.selection)!;
    expect(u2).toMatchObject({ doc: a, selection: DOC, label: 'Edit name' });
    expect(undo(u2.history, u2.doc, u2.selection)).toBeNull();
    const r1 = redo(u2.history, u2.doc, u2.selection)!;
    expect(r1.doc).toBe(b);
    const r2 = redo(r1.history, r1.doc, r1.selection)!;
    expect(r2.doc).toBe(c);
    expect(redo(r2.history, r2.doc, r2.selection)).toBeNull();
  });

  it('coalesces a run of edits of one field into one step, until sealed', () => {
    let h: History = EMPTY_HISTORY;
    const first = doc('');
    h = record(h, { doc: first, selection: DOC, label: 'Edit name', coalesce: 'root/name' });
    const same = record(h, { doc: doc('C'), selection: DOC, label: 'Edit name', coalesce: 'root/name' });
    expect(same).toBe(h);
    expect(undo(same, doc('Co'), DOC)!.doc).toBe(first);
    // Another field starts a new step.
    expect(record(h, { doc: doc('x'), selection: DOC, label: 'Edit owner', coalesce: 'root/owner' }).past).toHaveLength(2);
    // After a blur (seal) the same field starts a new step too.
    expect(record(seal(h), { doc: doc('x'), selection: DOC, label: 'Edit name', coalesce: 'root/name' }).past).toHaveLength(2);
  });

  it('a new step after an undo drops the redo steps', () => {
    let h = record(EMPTY_HISTORY, { doc: doc('a'), selection: DOC, label: 'one' });
    const u = undo(h, doc('b'), DOC)!;
    expect(u.history.future).toHaveLength(1);
    h = record(u.history, { doc: u.doc, selection: DOC, label: 'two' });
    expect(h.future).toHaveLength(0);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    let h: History = EMPTY_HISTORY;
    const docs = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => doc(String(i)));
    for (const d of docs) h = record(h, { doc: d, selection: DOC, label: 'step' });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0].doc).toBe(docs[5]);
  });

  it('seal leaves a history without a typing run unchanged', () => {
    const h = record(EMPTY_HISTORY, { doc: doc('a'), selection: DOC, label: 'Add target' });
    expect(seal(h)).toBe(h);
    expect(seal(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
  });
});
