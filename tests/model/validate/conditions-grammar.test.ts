import { describe, expect, it } from 'vitest';
import { checkCondition, lowercaseConditionPrefix, parseConditionValue, parseWildCard } from '../../../src/model/conditions-grammar.ts';

describe('parseConditionValue', () => {
  it.each([
    ['310', { negated: false, mode: 'exact', body: '310', prefixCase: null }],
    ['!310', { negated: true, mode: 'exact', body: '310', prefixCase: null }],
    ['pattern:^31[0-6]$', { negated: false, mode: 'pattern', body: '^31[0-6]$', prefixCase: 'lower' }],
    ['Pattern:^31', { negated: false, mode: 'pattern', body: '^31', prefixCase: 'capitalised' }],
    ['range:310,320', { negated: false, mode: 'range', body: '310,320', prefixCase: 'lower', range: { min: 310n, max: 320n } }],
    ['!Range:310, 320', { negated: true, mode: 'range', body: '310, 320', prefixCase: 'capitalised', range: { min: 310n, max: 320n } }],
    ['RANGE:1,2', { negated: false, mode: 'range', body: '1,2', prefixCase: 'capitalised', range: { min: 1n, max: 2n } }],
    ['range:-5,-1', { negated: false, mode: 'range', body: '-5,-1', prefixCase: 'lower', range: { min: -5n, max: -1n } }],
    ['range:1,  2', { negated: false, mode: 'range', body: '1,  2', prefixCase: 'lower' }],
    ['range:1.5,2', { negated: false, mode: 'range', body: '1.5,2', prefixCase: 'lower' }],
    ['', { negated: false, mode: 'exact', body: '', prefixCase: null }],
    ['!!x', { negated: true, mode: 'exact', body: '!x', prefixCase: null }],
    ['a\nb', { negated: false, mode: 'exact', body: 'a\nb', prefixCase: null }],
  ])('%j', (value, want) => {
    expect(parseConditionValue(value)).toEqual(want);
  });

  it('compares ICCID ranges beyond 2^53 exactly', () => {
    const p = parseConditionValue('range:8988247000100000000,8988247000199999997');
    expect(p.range).toEqual({ min: 8988247000100000000n, max: 8988247000199999997n });
    const bad = checkCondition('ICCID', 'range:8988247000100000001,8988247000100000000', undefined);
    expect(bad.map((i) => i.code)).toContain('condition-value-invalid');
  });

  it('lowercases only the prefix', () => {
    expect(lowercaseConditionPrefix('!Range:310,320')).toBe('!range:310,320');
    expect(lowercaseConditionPrefix('Pattern:ABC')).toBe('pattern:ABC');
    expect(lowercaseConditionPrefix('ABC')).toBe('ABC');
  });
});

describe('parseWildCard', () => {
  it.each([
    [undefined, undefined],
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
    ['True', 'invalid'],
    ['yes', 'invalid'],
  ])('%s -> %s', (raw, want) => {
    expect(parseWildCard(raw)).toBe(want);
  });
});

const codes = (name: string | undefined, value: string | undefined, wild?: string) => checkCondition(name, value, wild).map((i) => i.code);

describe('checkCondition', () => {
  it.each([
    // per-name plain values
    ['MCC', '310', undefined, []],
    ['mcc', '31', undefined, ['condition-value-invalid']],
    ['MCC', '3100', undefined, ['condition-value-invalid']],
    ['MNC', '26', undefined, []],
    ['MNC', '260', undefined, []],
    ['MNC', '2', undefined, ['condition-value-invalid']],
    ['SPN', 'Contoso Mobile 16', undefined, ['condition-value-invalid']],
    ['SPN', 'Contoso Mobile 1', undefined, []],
    ['GID1', 'BA01', undefined, []],
    ['GID1', 'XYZ', undefined, ['condition-value-invalid']],
    ['UIName', 'Anything at all', undefined, []],
    // prefixes
    ['MCC', 'pattern:^31[0-6]$', undefined, []],
    ['MCC', 'pattern:(', undefined, ['condition-value-invalid']],
    ['MCC', 'range:320,310', undefined, ['condition-value-invalid']],
    ['MCC', 'range:310;320', undefined, ['condition-value-invalid']],
    ['MCC', 'Range:310,320', undefined, ['condition-prefix-case']],
    ['MCC', '!', undefined, ['condition-value-invalid']],
    // names
    ['settingsgroup', 'x', undefined, ['condition-name-reserved']],
    ['ProductId', 'x', undefined, ['condition-name-reserved']],
    ['Region', 'FI', undefined, ['condition-name-not-in-tool']],
    ['./Vendor/MSFT/Custom', '1', undefined, ['condition-name-unknown']],
    ['', '310', undefined, ['condition-name-empty']],
    [undefined, '310', undefined, ['condition-name-empty']],
    // wildcard
    ['MCC', undefined, 'true', []],
    ['MNC', '', '1', []],
    ['CarrierId', '', 'true', ['condition-name-not-in-tool']],
    ['SPN', '', 'true', ['condition-wildcard-not-allowed']],
    ['MCC', '310', 'true', ['condition-wildcard-with-value']],
    ['MCC', '310', 'maybe', ['condition-wildcard-invalid']],
    ['MCC', '', 'false', ['condition-value-empty']],
    ['MCC', undefined, undefined, ['condition-value-empty']],
  ])('%s = %j (wild %s) -> %j', (name, value, wild, want) => {
    expect(codes(name, value, wild)).toEqual(want);
  });

  it('points each issue at the right field and names the condition', () => {
    expect(checkCondition('MCC', '31', undefined)).toEqual([
      { code: 'condition-value-invalid', field: 'value', message: 'MCC "31" must be exactly three digits (e.g. 310).' },
    ]);
    expect(checkCondition('SPN', '', 'true')[0].field).toBe('isWildCard');
    expect(checkCondition('Type', 'x', undefined)[0].field).toBe('name');
  });
});
