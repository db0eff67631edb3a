// The matcher, table-driven: every operator, negation, wildcards, unknown values, 20-digit ranges, case of names
// and prefixes, .NET pattern syntax; then AND/OR of states and targets in three-valued logic.

import { describe, expect, it } from 'vitest';
import { matchCondition } from '../../../src/model/simulate/condition-match.ts';
import type { Outcome } from '../../../src/model/simulate/condition-match.ts';
import { simValues } from '../../../src/model/simulate/sim-input.ts';
import { matchTarget } from '../../../src/model/simulate/target-match.ts';
import { patternRegex } from '../../../src/model/simulate/pattern-regex.ts';
import { cond, state, target } from '../validate/fixtures.ts';

const sim = (values: Record<string, string>) => simValues({ values });

type Row = readonly [name: string, value: string | undefined, simValue: string | undefined, expected: Outcome, wildcard?: string];

const ICCID_LO = '89882470001000000000';
const ICCID_HI = '89882470001999999999';

const ROWS: readonly Row[] = [
  // plain values: exact text
  ['MCC', '310', '310', 'match'],
  ['MCC', '310', '311', 'no-match'],
  ['MNC', '020', '20', 'no-match'],
  ['MNC', '20', '020', 'no-match'],
  ['SPN', 'Contoso', 'contoso', 'no-match'],
  ['SPN', 'Contoso', 'Contoso', 'match'],
  ['SPN', '', 'x', 'no-match'],
  // negation
  ['MCC', '!310', '311', 'match'],
  ['MCC', '!310', '310', 'no-match'],
  ['MCC', '!range:310,320', '315', 'no-match'],
  ['MCC', '!range:310,320', '321', 'match'],
  ['SPN', '!pattern:^Con.*', 'Contoso', 'no-match'],
  ['SPN', '!pattern:^Con', 'Contoso', 'match'], // whole-value matching: "^Con" does not match all of "Contoso"
  ['SPN', '!pattern:^Con.*', 'Fabrikam', 'match'],
  // ranges: inclusive, BigInt, 20 digits, negative, not a number
  ['MCC', 'range:310,320', '310', 'match'],
  ['MCC', 'range:310,320', '320', 'match'],
  ['MCC', 'range:310,320', '309', 'no-match'],
  ['MCC', 'range:310,320', '321', 'no-match'],
  ['MCC', 'range:310, 320', '315', 'match'],
  ['MCC', 'range:310,320', '0315', 'match'],
  ['MCC', 'range:310,320', '31a', 'no-match'],
  ['MCC', 'range:320,310', '315', 'no-match'],
  ['Region', 'range:-5,5', '-3', 'match'],
  ['ICCID', `range:${ICCID_LO},${ICCID_HI}`, ICCID_LO, 'match'],
  ['ICCID', `range:${ICCID_LO},${ICCID_HI}`, ICCID_HI, 'match'],
  // 2^64 + 1 and its neighbours: floating point would call these equal
  ['ICCID', 'range:18446744073709551617,18446744073709551617', '18446744073709551617', 'match'],
  ['ICCID', 'range:18446744073709551617,18446744073709551617', '18446744073709551616', 'no-match'],
  ['ICCID', `range:${ICCID_LO},${ICCID_HI}`, '89882470002000000000', 'no-match'],
  ['ICCID', 'range:8901,abc', '8901', 'unknown'],
  // patterns: whole value, .NET syntax
  ['SPN', 'pattern:Con', 'Contoso', 'no-match'],
  ['SPN', 'pattern:Con.*', 'Contoso', 'match'],
  ['SPN', 'pattern:^Contoso$', 'Contoso', 'match'],
  ['SPN', 'pattern:(?i)contoso', 'CONTOSO', 'match'],
  ['SPN', 'pattern:contoso', 'CONTOSO', 'no-match'],
  ['SPN', "pattern:(?'a'x)y\\k'a'", 'xyx', 'match'],
  ['SPN', 'pattern:(?<a>x)y\\k<a>', 'xyx', 'match'],
  ['SPN', 'pattern:(?#a comment)abc', 'abc', 'match'],
  ['SPN', 'pattern:\\Aabc\\z', 'abc', 'match'],
  ['SPN', 'pattern:a{,2}', 'a{,2}', 'match'],
  ['SPN', 'pattern:\\d+', '٣١٠', 'match'],
  ['SPN', 'pattern:[\\w-]+', 'Tele-2', 'match'],
  ['MCC', 'pattern:31[0-6]', '316', 'match'],
  ['MCC', 'pattern:31[0-6]', '317', 'no-match'],
  ['SPN', 'pattern:^(?>Fab)rikam', 'Fabrikam', 'unknown'],
  ['SPN', 'pattern:[a-z-[aeiou]]', 'b', 'unknown'],
  ['SPN', 'pattern:^(310|311)\\2$', '310', 'unknown'],
  ['SPN', 'pattern:\\p{IsGreek}', 'α', 'unknown'],
  // prefixes are lowercase only: a capitalised one is part of a plain value
  ['UIName', 'Pattern:.*', 'Contoso', 'no-match'],
  ['UIName', 'Pattern:.*', 'Pattern:.*', 'match'],
  ['UIName', 'Range:1,2', '1', 'no-match'],
  ['UIName', '!Range:1,2', '1', 'match'],
  // names in any case
  ['mcc', '310', '310', 'match'],
  ['Mcc', '310', '310', 'match'],
  // unknown values
  ['MCC', '310', undefined, 'unknown'],
  ['MCC', '!310', undefined, 'unknown'],
  ['SPN', 'pattern:.*', undefined, 'unknown'],
  // wildcards match anything, an unknown value included
  ['MCC', undefined, undefined, 'match', 'true'],
  ['MNC', '999', '260', 'match', '1'],
  ['MNC', '260', '261', 'no-match', 'false'],
  ['MNC', '260', '260', 'unknown', 'yes'],
  // what cannot be evaluated
  ['MCC', undefined, '310', 'unknown'],
  ['MCC', '310\n2', '310', 'unknown'],
];

describe('matchCondition', () => {
  it.each(ROWS)('%s=%j with the SIM value %j: %s (wildcard %s)', (name, value, simValue, expected, wildcard) => {
    const values: Record<string, string> = simValue === undefined ? {} : { [String(name).toUpperCase()]: simValue };
    const r = matchCondition(cond(name, value, wildcard), sim(values));
    expect(r.outcome, r.reason).toBe(expected);
    expect(r.reason).toMatch(/\S/);
  });

  it('compares condition names with the SIM names ignoring case', () => {
    expect(matchCondition(cond('uiname', 'Work'), sim({ UIName: 'Work' })).outcome).toBe('match');
    expect(matchCondition(cond('IMSI', '310260000000001'), sim({ imsi: '310260000000001' })).outcome).toBe('match');
  });

  it('treats an empty SIM value as unknown', () => {
    expect(matchCondition(cond('SPN', ''), sim({ SPN: '' })).outcome).toBe('unknown');
  });

  it('names the assumptions it rests on, and says when a partial match would decide otherwise', () => {
    const r = matchCondition(cond('SPN', 'pattern:Con'), sim({ SPN: 'Contoso' }));
    expect(r.assumptions).toContain('pattern-whole');
    expect(r.reason).toMatch(/partial match/);
    expect(matchCondition(cond('MCC', 'range:310,320'), sim({ MCC: '310' })).reason).toMatch(/on an end/);
    expect(matchCondition(cond('MCC', 'range:310,320'), sim({ MCC: '310' })).assumptions).toContain('range-inclusive');
    expect(matchCondition(cond('MCC', '310'), sim({})).assumptions).toContain('unknown-value');
  });
});

describe('patternRegex', () => {
  it('gives the reason a construct cannot be evaluated, and refuses what .NET refuses', () => {
    const r = patternRegex('(?>a)');
    expect(r.ok ? '' : r.reason).toMatch(/atomic/);
    const bad = patternRegex('a{2,1}');
    expect(bad.ok ? '' : bad.reason).toMatch(/not a valid \.NET/);
  });

  it('matches `$` before a final line feed, and `.` not across one, as .NET does', () => {
    const r = patternRegex('^abc$');
    expect(r.ok && r.partial.test('abc\n')).toBe(true);
    const dot = patternRegex('a.c');
    expect(dot.ok && dot.partial.test('a\nc')).toBe(false);
  });

  it('never throws on odd input', () => {
    for (const p of ['\\', '(', '[', '(?', '\\p{', '\\k<', '(?<1>x)', '(?i:x)', 'x(?i)y', '\\G', '[\\W]', '\\12']) expect(() => patternRegex(p)).not.toThrow();
  });
});

describe('matchTarget: AND within a state, OR across states', () => {
  const us = target('US', state(cond('MCC', '310'), cond('MNC', '260')), state(cond('MCC', '311'), cond('SPN', 'Contoso')));
  const cases: readonly (readonly [Record<string, string>, Outcome, RegExp])[] = [
    [{ MCC: '310', MNC: '260' }, 'match', /TargetState 1/],
    [{ MCC: '310', MNC: '261' }, 'no-match', /MNC "261" is not "260"/],
    [{ MCC: '310' }, 'unknown', /MNC is unknown/],
    [{ MCC: '311', SPN: 'Contoso' }, 'match', /TargetState 2/],
    [{ MCC: '311' }, 'unknown', /TargetState 2: SPN is unknown/],
    [{ MCC: '312' }, 'no-match', /TargetState 1: MCC "312" is not "310" \| TargetState 2: MCC "312" is not "311"/],
    [{}, 'unknown', /MCC is unknown/],
  ];
  it.each(cases)('%j: %s', (values, expected, why) => {
    const r = matchTarget(us, sim(values));
    expect(r.outcome).toBe(expected);
    expect(r.reason).toMatch(why);
  });

  it('a state that fails outright wins over an unknown one within a state (AND), a match over an unknown across states (OR)', () => {
    const t = target('T', state(cond('MCC', '310'), cond('SPN', 'x')));
    expect(matchTarget(t, sim({ MCC: '999' })).outcome).toBe('no-match');
    const u = target('U', state(cond('SPN', 'x')), state(cond('MCC', '310')));
    expect(matchTarget(u, sim({ MCC: '310' })).outcome).toBe('match');
  });

  it('an empty state matches every SIM; a Target without states matches none', () => {
    expect(matchTarget(target('E', state()), sim({})).outcome).toBe('match');
    const none = matchTarget(target('N'), sim({ MCC: '310' }));
    expect(none.outcome).toBe('no-match');
    expect(none.assumptions).toContain('empty-state');
  });
});
