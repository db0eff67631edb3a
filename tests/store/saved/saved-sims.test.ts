// Saved SIMs read back from the meta record are untrusted input: malformed shapes are dropped, never thrown on,
// and SIMs of documents that are not in the workspace are left out.

import { describe, expect, it } from 'vitest';
import { MAX_SIM_TEXT, MAX_SIM_VALUES, MAX_SIMS_PER_DOCUMENT, readSavedSim, readSavedSims } from '../../../src/store/saved/saved-sims.ts';
import { decodeWorkspace } from '../../../src/store/saved/decode.ts';
import { documentWrite } from '../../../src/store/saved/records.ts';
import { createFoundingDocument } from '../../../src/model/founding.ts';
import { counterKeys } from '../../../src/model/ids.ts';

const good = { id: 's1', name: 'Contoso', values: { MCC: '310', MNC: '410' }, summary: '{"targets":[]}', savedAt: 1 };
const ids = new Set(['d1', 'd2']);

describe('readSavedSim', () => {
  it('keeps a well-formed SIM as it is', () => {
    expect(readSavedSim(good)).toEqual(good);
  });

  it.each([
    ['null', null],
    ['a string', 'sim'],
    ['an array', [good]],
    ['no id', { ...good, id: undefined }],
    ['an empty id', { ...good, id: '' }],
    ['a numeric id', { ...good, id: 7 }],
    ['a name that is not text', { ...good, name: { toString: 'x' } }],
    ['values that are an array', { ...good, values: ['310'] }],
    ['a value that is a number', { ...good, values: { MCC: 310 } }],
    ['a value that is an object', { ...good, values: { MCC: { length: 1 } } }],
    ['an empty condition name', { ...good, values: { '': '1' } }],
    ['a summary that is not text', { ...good, summary: null }],
    ['savedAt NaN', { ...good, savedAt: NaN }],
    ['savedAt text', { ...good, savedAt: '1' }],
    ['a name too long', { ...good, name: 'x'.repeat(MAX_SIM_TEXT + 1) }],
    ['too many values', { ...good, values: Object.fromEntries(Array.from({ length: MAX_SIM_VALUES + 1 }, (_, i) => [`C${i}`, '1'])) }],
  ])('drops a SIM with %s', (_, v) => {
    expect(readSavedSim(v)).toBeNull();
  });

  it('keeps "__proto__" as a plain condition name, without touching any prototype', () => {
    const values = JSON.parse('{"__proto__": "1", "MCC": "310"}') as unknown;
    const sim = readSavedSim({ ...good, values });
    expect(sim).not.toBeNull();
    expect(Object.keys(sim!.values)).toEqual(['__proto__', 'MCC']);
    expect(Object.getPrototypeOf(sim!.values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).MCC).toBeUndefined();
  });
});

describe('readSavedSims', () => {
  it('keeps the well-formed SIMs of known documents, in order, the first of a repeated id', () => {
    const second = { ...good, id: 's2', name: 'Other' };
    const out = readSavedSims({ d1: [good, 'junk', { ...good, name: 'dup' }, second], d2: [], gone: [good] }, ids);
    expect(out).toEqual({ d1: [good, second] });
  });

  it.each([undefined, null, 3, 'x', [good], { d1: 'x' }, { d1: { 0: good, length: 1 } }, { d1: Array.from({ length: MAX_SIMS_PER_DOCUMENT + 1 }, (_, i) => ({ ...good, id: `s${i}` })) }])(
    'reads %j as no saved SIM',
    (v) => {
      expect(readSavedSims(v, ids)).toEqual({});
    },
  );

  it('a document id "__proto__" is an own key of the result', () => {
    const out = readSavedSims(JSON.parse(`{"__proto__": [${JSON.stringify(good)}]}`), new Set(['__proto__']));
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe('decodeWorkspace and saved SIMs', () => {
  it('meta without simulations (data written before them) decodes with none, with no format change', () => {
    const d = decodeWorkspace({ meta: { formatVersion: 2 }, documents: [] }, { serializes: () => true });
    expect(d.ok && d.meta.simulations).toBeUndefined();
    expect(d.ok && d.rewrite).toBeUndefined();
  });

  it('keeps the saved SIMs of readable documents and drops those of documents that are not there', () => {
    const w = documentWrite('d1', createFoundingDocument(counterKeys('k')), { createdAt: 1, updatedAt: 2 }, 1, undefined, '1.a');
    const parts = w.parts.map(([partId, value]) => ({ key: ['d1', partId], value }));
    const raw = { meta: { formatVersion: 2, simulations: { d1: [good], d9: [good] } }, documents: [w.header], parts };
    const d = decodeWorkspace(raw, { serializes: () => true });
    expect(d.ok && d.documents.map((x) => x.id)).toEqual(['d1']);
    expect(d.ok && d.meta.simulations).toEqual({ d1: [good] });
  });

  it('hostile simulations never stop the workspace from loading', () => {
    for (const simulations of [42, 'x', [1, 2], { a: null }, { d: [{ id: 1 }] }]) {
      const d = decodeWorkspace({ meta: { formatVersion: 2, simulations }, documents: [] }, { serializes: () => true });
      expect(d.ok).toBe(true);
      expect(d.ok && d.meta.simulations).toBeUndefined();
    }
  });
});
