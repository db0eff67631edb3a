import { describe, expect, it } from 'vitest';
import { composeConditionValue, parseConditionValue } from '../../src/model/conditions-grammar.ts';

describe('composeConditionValue', () => {
  it.each([
    ['310', { negated: false, mode: 'exact', body: '310' }],
    ['!310', { negated: true, mode: 'exact', body: '310' }],
    ['pattern:^31[01]$', { negated: false, mode: 'pattern', body: '^31[01]$' }],
    ['!range:310,316', { negated: true, mode: 'range', body: '310,316' }],
  ] as const)('writes %s from its parts', (expected, parts) => {
    expect(composeConditionValue(parts)).toBe(expected);
  });

  it.each(['310', '!310', 'pattern:^a+$', '!pattern:x', 'range:1, 2', 'Range:310,320', '!Pattern:abc', ''])(
    'round-trips %j through parse and compose unchanged',
    (value) => {
      expect(composeConditionValue(parseConditionValue(value))).toBe(value);
    },
  );

  it('keeps a capitalised prefix as it was read until the user fixes it', () => {
    const parsed = parseConditionValue('Range:310,320');
    expect(composeConditionValue({ ...parsed, body: '310,330' })).toBe('Range:310,330');
    expect(composeConditionValue({ ...parsed, prefixCase: 'lower' })).toBe('range:310,320');
  });
});
