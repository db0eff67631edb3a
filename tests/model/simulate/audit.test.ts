// The target audit: witnesses (a SIM that matches, or a proof that none does), candidate pairs, and the three
// warnings in the validator, with its caching.

import { describe, expect, it } from 'vitest';
import { findSim } from '../../../src/model/simulate/witness.ts';
import { candidatePairs } from '../../../src/model/simulate/overlap-pairs.ts';
import { samplePattern } from '../../../src/model/simulate/pattern-sample.ts';
import { matchTarget } from '../../../src/model/simulate/target-match.ts';
import { simValues } from '../../../src/model/simulate/sim-input.ts';
import { createValidator, validate } from '../../../src/model/validate/validate.ts';
import { overlapPairRuns } from '../../../src/model/validate/target-audit.ts';
import type { AnswerFile, Condition } from '../../../src/model/types.ts';
import { cleanDoc, cond, group, setting, state, target, variant } from '../validate/fixtures.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

describe('findSim', () => {
  const sims: readonly (readonly [string, Condition[]])[] = [
    ['plain values', [cond('MCC', '310'), cond('MNC', '260')]],
    ['a range and an exclusion', [cond('MCC', 'range:310,311'), cond('mcc', '!310')]],
    ['a 20-digit range', [cond('ICCID', 'range:89882470001000000000,89882470001999999999')]],
    ['negations only', [cond('MCC', '!310'), cond('MCC', '!311'), cond('MCC', '!range:-1000,1000')]],
    ['a pattern', [cond('ICCID', 'pattern:^8901(41|26)\\d{14}$')]],
    ['a pattern and a range', [cond('MCC', 'pattern:3[0-9]{2}'), cond('MCC', 'range:315,316')]],
    ['alternatives in a pattern', [cond('SPN', 'pattern:(Contoso|Fabrikam) Mobile'), cond('SPN', '!Contoso Mobile')]],
    ['a wildcard', [cond('MNC', undefined, 'true'), cond('MCC', '310')]],
    ['a range with a leading-zero twin', [cond('MCC', 'range:310,310'), cond('MCC', '!310')]],
  ];
  it.each(sims)('finds a SIM for %s, and the SIM matches', (_, conditions) => {
    const w = findSim(conditions);
    expect(w.kind).toBe('sim');
    if (w.kind !== 'sim') return;
    const t = target('T', state(...conditions));
    expect(matchTarget(t, simValues({ values: w.values })).outcome).toBe('match');
  });

  const never: readonly (readonly [string, Condition[], string])[] = [
    ['two plain values', [cond('MCC', '310'), cond('MCC', '311')], 'MCC'],
    ['an empty range', [cond('ICCID', 'range:20,10')], 'ICCID'],
    ['a value outside a range', [cond('MCC', '309'), cond('mcc', 'range:310,320')], 'MCC'],
    ['a range and its negation', [cond('MCC', 'range:310,320'), cond('MCC', '!range:300,330')], 'MCC'],
    ['a value and its negation', [cond('SPN', 'x'), cond('SPN', '!x')], 'SPN'],
  ];
  it.each(never)('proves that %s cannot match', (_, conditions, name) => {
    expect(findSim(conditions)).toMatchObject({ kind: 'never', name });
  });

  it('proves nothing with a pattern it cannot satisfy', () => {
    expect(findSim([cond('SPN', 'pattern:a(?=b)c')]).kind).toBe('unknown');
    expect(findSim([cond('SPN', 'pattern:(?>a)b')]).kind).toBe('unknown');
  });

  it('samples patterns without throwing, bounded', () => {
    for (const p of ['(', '[', '(?(a)b|c)', 'a{99999}', '((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))', '\\', 'x'.repeat(5000)]) {
      const s = samplePattern(p);
      expect(s.every((x) => x.length <= 64)).toBe(true);
    }
    expect(samplePattern('^310(26|41)0$')).toContain('310260');
  });
});

describe('candidatePairs', () => {
  it('pairs only states whose plain values agree, however many Targets there are', () => {
    const targets = Array.from({ length: 2000 }, (_, i) => target(`T${i}`, state(cond('MCC', String(200 + (i % 700))), cond('MNC', String(i)))));
    const range = target('R', state(cond('MCC', 'range:310,311')));
    const pairs = candidatePairs([...targets, range]);
    // Only the range Target can meet the others (it fixes no plain MCC), and only those whose MCC it does not exclude
    // by a plain value: every one, as a range is not a plain value.
    let n = 0;
    for (const m of pairs.values()) n += m.size;
    expect(n).toBe(2000);
    expect([...pairs.values()].every((m) => [...m.keys()].every((t) => t === range))).toBe(true);
  });
});

/** T1 (MCC 310, MNC 260; V1 sets AllowSMStoSMTPAddress True) with T2 (conditions given) and V2 setting it to `value`. */
function overlapDoc(value: string, ...conditions: Condition[]): AnswerFile {
  const doc = cleanDoc({ targets: { targets: [target('T1', state(cond('MCC', '310'), cond('MNC', '260'))), target('T2', state(...conditions))] } });
  return { ...doc, variants: [...doc.variants, variant('V2', ['T2'], group(PS, setting('AllowSMStoSMTPAddress', value)))] };
}

const audit = (doc: AnswerFile) => validate(doc, { strict: false }).filter((d) => d.code.startsWith('target-'));

describe('the target audit in the validator', () => {
  it('warns on two Targets that can match one SIM and set a setting differently, naming both and the SIM', () => {
    const [d] = audit(overlapDoc('0', cond('MCC', 'range:300,319')));
    expect(d.code).toBe('target-overlap-conflict');
    expect(d.severity).toBe('warning');
    expect(d.message).toMatch(/Target "T2" and Target "T1" can both match one SIM, e\.g\. MCC="310", MNC="260"/);
    expect(d.message).toMatch(/AllowSMStoSMTPAddress \("True" and "0"\)/);
    expect(d.ref.part).toMatchObject({ kind: 'target' });
  });

  it('says when the SIM was found through patterns (best effort)', () => {
    const [d] = audit(overlapDoc('0', cond('MCC', 'pattern:3\\d\\d')));
    expect(d.message).toMatch(/patterns are checked best effort/);
  });

  it('is quiet when the Targets exclude each other or the values agree', () => {
    expect(audit(overlapDoc('0', cond('MCC', '311')))).toEqual([]);
    expect(audit(overlapDoc('0', cond('MCC', 'range:311,319')))).toEqual([]);
    expect(audit(overlapDoc('True', cond('MCC', 'range:300,319')))).toEqual([]);
    expect(audit(overlapDoc('0', cond('MCC', '310'), cond('MNC', '!260')))).toEqual([]);
  });

  it('warns on a Target that can never match, and one no Variant uses', () => {
    const doc = cleanDoc({ targets: { targets: [target('T1', state(cond('MCC', 'range:320,310'))), target('Spare', state(cond('MCC', '311')))] } });
    expect(audit(doc).map((d) => [d.code, d.severity])).toEqual([['target-never-matches', 'warning'], ['target-unused', 'warning']]);
    expect(audit(doc)[0].message).toMatch(/MCC="range:320,310" matches no value/);
  });

  it('does not call a Target never-matching while one state can match', () => {
    const doc = cleanDoc({ targets: { targets: [target('T1', state(cond('MCC', 'range:320,310')), state(cond('MCC', '310')))] } });
    expect(audit(doc)).toEqual([]);
  });

  it('keeps a keystroke in a Variant from recomputing the Target pairs', () => {
    const v = createValidator();
    const doc = overlapDoc('0', cond('MCC', 'range:300,319'));
    v(doc, { strict: false });
    const before = overlapPairRuns.count;
    const edited = { ...doc, variants: [doc.variants[0], variant('V2', ['T2'], group(PS, setting('AllowSMStoSMTPAddress', 'True')))] };
    const out = v(edited, { strict: false });
    expect(overlapPairRuns.count).toBe(before);
    expect(out.filter((d) => d.code === 'target-overlap-conflict')).toEqual([]);
    const again = v(doc, { strict: false });
    expect(again.filter((d) => d.code === 'target-overlap-conflict')).toHaveLength(1);
    expect(overlapPairRuns.count).toBe(before);
  });

  it('gives the cached validator the same diagnostics as validate()', () => {
    const v = createValidator();
    const doc = overlapDoc('0', cond('MCC', 'range:300,319'));
    expect(v(doc, { strict: false })).toEqual(validate(doc, { strict: false }));
  });
});
