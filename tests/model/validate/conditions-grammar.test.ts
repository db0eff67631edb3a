import { describe, expect, it } from 'vitest';
import {
  checkCondition, lowercaseConditionPrefix, parseConditionValue, parseWildCard, readLikeTool, readToolRange,
} from '../../../src/model/conditions-grammar.ts';
import { isNcName } from '../../../src/model/xml-ncname.ts';
import { defaultSeverity as severityOf } from '../../../src/model/validate/codes.ts';

describe('parseConditionValue (the editor reading: shows the mode, any case of prefix)', () => {
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

  it('lowercases only the prefix', () => {
    expect(lowercaseConditionPrefix('!Range:310,320')).toBe('!range:310,320');
    expect(lowercaseConditionPrefix('Pattern:ABC')).toBe('pattern:ABC');
    expect(lowercaseConditionPrefix('ABC')).toBe('ABC');
  });
});

describe('readLikeTool (the .NET grammar, case-sensitive, `.` without \\n, `$` before a final \\n)', () => {
  it.each([
    ['310', { negated: false, comparison: '', body: '310' }],
    ['!range:1,2', { negated: true, comparison: 'range:', body: '1,2' }],
    ['Range:1,2', { negated: false, comparison: '', body: 'Range:1,2' }],
    ['!Pattern:x', { negated: true, comparison: '', body: 'Pattern:x' }],
    ['31\n', { negated: false, comparison: '', body: '31' }],
    ['31\r', { negated: false, comparison: '', body: '31\r' }],
    ['!!31', { negated: true, comparison: '', body: '!31' }],
    ['\n31', undefined],
    ['3\n1', undefined],
    ['31\n\n', undefined],
  ])('%j', (value, want) => {
    expect(readLikeTool(value)).toEqual(want);
  });

  it('reads range bounds beyond 2^53 exactly, and Unicode digits by their value', () => {
    expect(readToolRange('8988247000100000000,8988247000199999997')).toEqual({ min: 8988247000100000000n, max: 8988247000199999997n });
    expect(readToolRange('\uFF11\uFF12,-\u0663')).toEqual({ min: 12n, max: -3n });
  });
});

describe('parseWildCard (XmlConvert.ToBoolean)', () => {
  it.each([
    [undefined, undefined],
    ['true', true],
    ['1', true],
    ['false', false],
    ['0', false],
    [' true ', true],
    ['\ttrue\n', true],
    ['\u00A0true', 'invalid'],
    ['', 'invalid'],
    ['True', 'invalid'],
    ['yes', 'invalid'],
  ])('%j -> %s', (raw, want) => {
    expect(parseWildCard(raw)).toBe(want);
  });
});

describe('isNcName (XML 1.0 fourth edition, as .NET Framework)', () => {
  // Recorded with the imaging tool's logic (the oracle): a referenced Target with the lowercased name crashed or not.
  it.each(['mcc', 'a-b.c_d', 'é', 'ß', '日本', 'a·b', 'i̇x', 'x\u0300', '_x'])('%j is a name', (n) => expect(isNcName(n)).toBe(true));
  it.each(['./vendor/x', 'sim type', '1abc', 'x:y', '-x', 'mcc ', 'ſpn', 'ǆ', 'ª', 'ℌ', 'a\u203F', ''])('%j is not', (n) => expect(isNcName(n)).toBe(false));
});

type Verdict = 'accepted' | 'refused';

/** What the imaging tool would say: refused when any issue is an error (its own severity or the code's). */
function run(name: string | undefined, value: string | undefined, wild: string | undefined, referenced: boolean) {
  const issues = checkCondition(name, value, wild, referenced);
  return { codes: issues.map((i) => i.code), issues };
}

// Each row's verdict was recorded by running the imaging tool's own checks (the oracle) on an answer file holding
// the condition in a Target that a Variant refers to (ref) or that no Variant refers to (noref). The codes are ours.
// .NET-only `pattern:` cases to add once dotnetRegexError is the .NET checker: `(?i)^contoso` and
// `(?<n>a)\k<n>` accepted by the tool; JavaScript-only syntax such as `(?<n>a)\k<m>` refused.
const ROWS: readonly [string | undefined, string | undefined, string | undefined, 'ref' | 'noref', Verdict, readonly string[]][] = [
  // MCC: uint.TryParse && Length == 3
  ['MCC', '310', undefined, 'ref', 'accepted', []],
  ['mcc', '31', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', '3100', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', ' 31', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', '31 ', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', '+31', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', ' +3', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', '-00', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', '!-00', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', '-01', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', '\t31', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', '\u00A031', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', '\u200331', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', '310\n', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', '!', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', '!310', undefined, 'ref', 'accepted', []],
  // MNC: the same with length 2-3
  ['MNC', '26', undefined, 'ref', 'accepted', []],
  ['MNC', '260', undefined, 'ref', 'accepted', []],
  ['MNC', '2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MNC', '-0', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MNC', '+3', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MNC', '- 0', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MNC', '-0 ', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MNC', '\r31', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MNC', '31\n', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MNC', '\n31', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MNC', '３１０', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MNC', '٣١٠', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MNC', '3_1', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MNC', '', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MNC', '!!31', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MNC', '!+31', undefined, 'ref', 'accepted', ['condition-value-advice']],
  // GID1: ulong.TryParse(HexNumber)
  ['GID1', 'BA01', undefined, 'ref', 'accepted', []],
  ['GID1', 'ff', undefined, 'ref', 'accepted', []],
  ['GID1', 'XYZ', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['GID1', ' 0A ', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['GID1', '\tab\n', undefined, 'ref', 'accepted', ['condition-value-advice', 'condition-value-advice']],
  ['GID1', '0x1F', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['GID1', 'FFFFFFFFFFFFFFFF', undefined, 'ref', 'accepted', []],
  ['GID1', '0000FFFFFFFFFFFFFFFF', undefined, 'ref', 'accepted', []],
  ['GID1', '1FFFFFFFFFFFFFFFF', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['GID1', '0001FFFFFFFFFFFFFFFF', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['GID1', '', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['GID1', '!', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['GID1', '!ab', undefined, 'ref', 'accepted', []],
  ['GID1', 'Pattern:ab', undefined, 'ref', 'refused', ['condition-prefix-invalid']],
  // SPN: Length <= 16 (UTF-16 units); UIName, UIOrder: anything
  ['SPN', '0123456789abcdef', undefined, 'ref', 'accepted', []],
  ['SPN', '0123456789abcdefg', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['SPN', '!0123456789abcdef', undefined, 'ref', 'accepted', []],
  ['SPN', '0123456789abcdef\n', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['SPN', '😀😀😀😀😀😀😀😀x', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['SPN', '', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['SPN', '!', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['SPN', '*', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['SPN', 'a\nb', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['SPN', 'Pattern:012345678', undefined, 'ref', 'refused', ['condition-prefix-invalid']],
  ['SPN', 'Pattern:01234567', undefined, 'ref', 'accepted', ['condition-prefix-case']],
  ['SPN', 'Range:1,2', undefined, 'ref', 'accepted', ['condition-prefix-case']],
  ['UIName', 'Anything at all', undefined, 'ref', 'accepted', []],
  ['UIName', '', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['UIName', ' x ', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['UIName', 'a\nb', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['UIOrder', '!', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['UIOrder', 'Pattern:(', undefined, 'ref', 'accepted', ['condition-prefix-case']],
  // pattern: compiles with .NET Regex; range: matches ^(-?\d+),\s?(-?\d+)$, format only
  ['MCC', 'pattern:^31[0-6]$', undefined, 'ref', 'accepted', []],
  ['MCC', 'pattern:', undefined, 'ref', 'accepted', []],
  ['MCC', '!pattern:x', undefined, 'ref', 'accepted', []],
  ['MCC', 'pattern:\\p{L}', undefined, 'ref', 'accepted', []],
  ['MCC', 'pattern:31\n', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', 'pattern:[z-a]', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'pattern:(', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'pattern:a{2,1}', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'pattern:3\n1', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'Pattern:^31', undefined, 'ref', 'refused', ['condition-prefix-invalid']],
  ['MCC', 'range:1,2', undefined, 'ref', 'accepted', []],
  ['MCC', 'range:2,1', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', 'range:1, 2', undefined, 'ref', 'accepted', []],
  ['MCC', 'range:-1,-2', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', 'range:-2,-1', undefined, 'ref', 'accepted', []],
  ['MCC', '!range:1,2', undefined, 'ref', 'accepted', []],
  ['MCC', 'range:１,２', undefined, 'ref', 'accepted', []],
  ['MCC', 'range:٣,2', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', 'range:1,\u00A02', undefined, 'ref', 'accepted', []],
  ['MCC', 'range:1,\u00852', undefined, 'ref', 'accepted', []],
  ['MCC', 'range:1,\u20282', undefined, 'ref', 'accepted', []],
  ['MCC', 'range:1,\t2', undefined, 'ref', 'accepted', []],
  ['MCC', 'range:1,2\n', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', 'range:12345678901234567890123,1', undefined, 'ref', 'accepted', ['condition-value-advice']],
  ['MCC', 'range:1,  2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range: 1,2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:1 ,2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:1,2 ', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:+1,2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:1.5,2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:310;320', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:1,\u180E2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:1,\uFEFF2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:1,\n2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:1,2\n\n', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'range:𝟏,2', undefined, 'ref', 'refused', ['condition-value-invalid']],
  ['MCC', 'Range:310,311', undefined, 'ref', 'refused', ['condition-prefix-invalid']],
  ['MCC', '!Range:310,320', undefined, 'ref', 'refused', ['condition-prefix-invalid']],
  // names the tool does not check: no value errors
  ['ICCID', 'pattern:[z-a]', undefined, 'ref', 'accepted', ['condition-name-not-in-tool', 'condition-value-advice']],
  ['ICCID', 'range:x', undefined, 'ref', 'accepted', ['condition-name-not-in-tool', 'condition-value-advice']],
  ['ICCID', 'range:9,1', undefined, 'ref', 'accepted', ['condition-name-not-in-tool', 'condition-value-advice']],
  ['ICCID', 'range:8988247000100000001,8988247000100000000', undefined, 'ref', 'accepted', ['condition-name-not-in-tool', 'condition-value-advice']],
  ['ICCID', 'Range:1,2', undefined, 'ref', 'accepted', ['condition-name-not-in-tool', 'condition-prefix-case']],
  ['ICCID', '1\n2', undefined, 'ref', 'accepted', ['condition-name-not-in-tool']],
  ['Colour', 'red', undefined, 'ref', 'accepted', ['condition-name-unknown']],
  ['Region', 'FI', undefined, 'ref', 'accepted', ['condition-name-not-in-tool']],
  // IsWildCard=true: valid before any other check
  ['MCC', undefined, 'true', 'ref', 'accepted', []],
  ['MNC', '', '1', 'ref', 'accepted', []],
  ['MCC', 'abc', 'true', 'ref', 'accepted', ['condition-wildcard-with-value']],
  ['SPN', 'x', 'true', 'ref', 'accepted', ['condition-wildcard-not-allowed', 'condition-wildcard-with-value']],
  ['SPN', '', 'true', 'ref', 'accepted', ['condition-wildcard-not-allowed']],
  ['ICCID', undefined, '1', 'ref', 'accepted', ['condition-name-not-in-tool', 'condition-wildcard-not-allowed']],
  ['CarrierId', '', 'true', 'ref', 'accepted', ['condition-name-not-in-tool']],
  ['MCC', undefined, ' true ', 'ref', 'accepted', []],
  ['type', undefined, 'true', 'ref', 'refused', ['condition-name-reserved', 'condition-wildcard-not-allowed']],
  ['sim type', undefined, 'true', 'ref', 'refused', ['condition-name-not-xml', 'condition-wildcard-not-allowed']],
  ['MCC', '310', 'yes', 'ref', 'refused', ['condition-wildcard-invalid']],
  ['MCC', '310', 'True', 'ref', 'refused', ['condition-wildcard-invalid']],
  ['MCC', '310', '', 'ref', 'refused', ['condition-wildcard-invalid']],
  ['MCC', '310', 'false', 'ref', 'accepted', []],
  // absent Value: the six names crash; others fail when the Target is generated
  ['MCC', undefined, undefined, 'ref', 'refused', ['condition-value-empty']],
  ['MCC', undefined, undefined, 'noref', 'refused', ['condition-value-empty']],
  ['MCC', undefined, 'false', 'noref', 'refused', ['condition-value-empty']],
  ['ICCID', undefined, undefined, 'ref', 'refused', ['condition-name-not-in-tool', 'condition-value-empty']],
  ['ICCID', undefined, undefined, 'noref', 'accepted', ['condition-name-not-in-tool', 'condition-value-empty']],
  // names
  ['settingsgroup', 'x', undefined, 'noref', 'refused', ['condition-name-reserved']],
  ['Type', '1', undefined, 'noref', 'refused', ['condition-name-reserved']],
  ['ProductId', 'x', undefined, 'noref', 'refused', ['condition-name-reserved']],
  [undefined, '1', undefined, 'noref', 'refused', ['condition-name-empty']],
  ['', '1', undefined, 'ref', 'refused', ['condition-name-empty']],
  ['', '1', undefined, 'noref', 'accepted', ['condition-name-empty']],
  ['./Vendor/x', '1', undefined, 'ref', 'refused', ['condition-name-not-xml']],
  ['./Vendor/x', '1', undefined, 'noref', 'accepted', ['condition-name-not-xml']],
  ['sim type', '1', undefined, 'ref', 'refused', ['condition-name-not-xml']],
  ['sim type', '1', undefined, 'noref', 'accepted', ['condition-name-not-xml']],
  ['1abc', '1', undefined, 'ref', 'refused', ['condition-name-not-xml']],
  ['x:y', '1', undefined, 'ref', 'refused', ['condition-name-not-xml']],
  ['-x', '1', undefined, 'ref', 'refused', ['condition-name-not-xml']],
  ['MCC ', '1', undefined, 'ref', 'refused', ['condition-name-not-xml']],
  ['ſpn', '1', undefined, 'ref', 'refused', ['condition-name-not-xml']],
  ['ǅ', '1', undefined, 'ref', 'refused', ['condition-name-not-xml']],
  ['a\u203F', '1', undefined, 'ref', 'refused', ['condition-name-not-xml']],
  ['a-b.c_d', '1', undefined, 'ref', 'accepted', ['condition-name-unknown']],
  ['É', '1', undefined, 'ref', 'accepted', ['condition-name-unknown']],
  ['日本', '1', undefined, 'ref', 'accepted', ['condition-name-unknown']],
];

describe('checkCondition: the verdicts of the imaging tool', () => {
  it.each(ROWS)('%j = %j (wild %j, %s): %s %j', (name, value, wild, ref, verdict, want) => {
    const { codes, issues } = run(name, value, wild, ref === 'ref');
    expect(codes).toEqual(want);
    const errors = issues.filter((i) => (i.severity ?? severityOf(i.code)) === 'error');
    expect(errors.length > 0 ? 'refused' : 'accepted').toBe(verdict);
  });

  it('points each issue at the right field and names the condition', () => {
    expect(checkCondition('MCC', '31', undefined)).toEqual([
      { code: 'condition-value-invalid', field: 'value', message: 'MCC "31" must be exactly three digits (e.g. 310).' },
    ]);
    expect(checkCondition('SPN', '', 'true')[0].field).toBe('isWildCard');
    expect(checkCondition('Type', 'x', undefined)[0].field).toBe('name');
  });

  it('says a capitalised prefix is read as a plain value and how to write it', () => {
    const [invalid] = checkCondition('MCC', '!Range:310,320', undefined);
    expect(invalid.message).toContain('plain MCC value');
    expect(invalid.message).toContain('"!range:310,320"');
    const [advice] = checkCondition('UIName', 'Pattern:x', undefined);
    expect(advice.message).toContain('"pattern:x"');
  });

  it('gives the .NET reason for a pattern that does not compile', () => {
    const [d] = checkCondition('MCC', 'pattern:[z-a]', undefined);
    expect(d.message).toMatch(/^Pattern "\[z-a\]" of MCC is not a valid \.NET regular expression \(.+\)/);
  });
});
