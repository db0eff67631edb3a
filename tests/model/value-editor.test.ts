import { describe, expect, it } from 'vitest';
import { CATALOG_SETTINGS } from '../../src/model/catalog/catalog.ts';
import { findSetting } from '../../src/model/catalog/lookup.ts';
import type { CatalogSetting } from '../../src/model/catalog/types.ts';
import {
  choicesFor,
  describeValueEditor,
  formatValue,
  integerReading,
  parseValue,
  valueAdvice,
  valueProblem,
  type ValueEditor,
} from '../../src/model/value-editor.ts';

const curated = CATALOG_SETTINGS.filter((s) => s.curated && s.kind === 'Setting');

/** Values the catalog documents for an entry: its default, its spellings/options/fixed values, its examples. */
function documentedValues(s: CatalogSetting): string[] {
  const t = s.valueType;
  const out: string[] = [];
  if (s.default !== undefined) out.push(s.default);
  if (t.kind === 'boolean') out.push(...t.spellings);
  if (t.kind === 'enum') out.push(...t.options.map((o) => o.value));
  if (t.kind === 'string' && t.fixed) out.push(...t.fixed);
  out.push(...(s.examples ?? []));
  return out;
}

/** A value the imaging tool rejects for the entry, or undefined when it accepts any text XML can carry. */
function invalidFor(s: CatalogSetting): string | undefined {
  const t = s.valueType;
  switch (t.kind) {
    case 'boolean':
      return '2';
    case 'enum':
      return 'no-such-option';
    case 'integer':
      return t.max !== undefined ? String(t.max + 1) : t.min !== undefined ? String(t.min - 1) : '12ab';
    case 'string':
      if (t.minLength) return 'x'.repeat(t.minLength - 1);
      if (t.maxLength) return 'x'.repeat(t.maxLength + 1);
      return undefined;
    default:
      return undefined;
  }
}

const EDITOR_FOR: Record<CatalogSetting['valueType']['kind'], readonly ValueEditor['kind'][]> = {
  boolean: ['boolean'],
  enum: ['enum'],
  integer: ['integer'],
  multistring: ['list'],
  string: ['text', 'fixed'],
  'asset-ref': ['plain'],
  unknown: ['plain'],
};

describe('an editor for every curated catalog entry', () => {
  it('covers the curated catalog', () => {
    expect(curated.length).toBeGreaterThan(100);
  });

  it.each(curated.map((s) => [`${s.path} ${s.name}`, s] as const))('%s', (_label, s) => {
    const editor = describeValueEditor(s);
    expect(EDITOR_FOR[s.valueType.kind]).toContain(editor.kind);
    for (const v of documentedValues(s)) {
      expect(formatValue(parseValue(editor, v)), `round trip of ${v}`).toBe(v);
      expect(valueProblem(s, v), `documented value ${v}`).toBeNull();
    }
    const bad = invalidFor(s);
    if (bad !== undefined) {
      expect(formatValue(parseValue(editor, bad))).toBe(bad);
      expect(valueProblem(s, bad), `invalid value ${bad}`).toMatch(/\S/);
    }
    // Whatever the type, text XML cannot carry is reported.
    expect(valueProblem(s, 'a\u0001b')).toMatch(/U\+0001/);
    // A select shows an invalid value as written, marked, instead of replacing it.
    if (bad !== undefined && (editor.kind === 'boolean' || editor.kind === 'enum' || editor.kind === 'fixed')) {
      expect(choicesFor(editor.options, bad, valueProblem(s, bad))[0]).toEqual({ value: bad, label: `${bad} — not allowed` });
    }
  });
});

describe('boolean editor', () => {
  const s = findSetting('Messaging/PerSimSettings/$(__ICCID)', 'AllowSMStoSMTPAddress')!;
  const editor = describeValueEditor(s);

  it('offers the documented spellings', () => {
    expect(editor).toEqual({
      kind: 'boolean',
      options: ['0', '1', 'False', 'True'].map((v) => ({ value: v, label: v })),
    });
  });

  it('keeps the spelling chosen or written', () => {
    for (const v of ['True', 'False', '1', '0', ' 1', '0x1']) {
      expect(formatValue(parseValue(editor, v))).toBe(v);
      expect(valueProblem(s, v)).toBeNull();
    }
    expect(formatValue({ kind: 'choice', value: 'True' })).toBe('True');
    // Friendly names are case-sensitive to the tool.
    expect(formatValue(parseValue(editor, 'true'))).toBe('true');
    expect(valueProblem(s, 'true')).toMatch(/case-sensitive/);
  });

  it('shows a valid spelling outside the list as written, not as not allowed', () => {
    if (editor.kind !== 'boolean') throw new Error('boolean expected');
    expect(choicesFor(editor.options, '0x1', null)[0]).toEqual({ value: '0x1', label: '0x1 (as written)' });
    expect(choicesFor(editor.options, 'True', null)).toBe(editor.options);
  });
});

describe('enum editor', () => {
  it('stores the option value and shows the friendly name', () => {
    const s = findSetting('Messaging/PerSimSettings/$(__ICCID)', 'TargetVideoFormat')!;
    const editor = describeValueEditor(s);
    if (editor.kind !== 'enum') throw new Error('enum expected');
    expect(editor.options[0]).toEqual({ value: '0', label: 'H.264 + AAC + MP4 (0)' });
    expect(editor.free).toBe(false);
  });

  it('keeps a friendly name typed in an imported file, advising the value instead', () => {
    const s = findSetting('CellCore/PerDevice/CellUX', 'MMSAPNIPTypeIfHidden')!;
    const editor = describeValueEditor(s);
    expect(formatValue(parseValue(editor, 'IPV6'))).toBe('IPV6');
    expect(valueProblem(s, 'IPV6')).toBeNull();
    expect(valueAdvice(s, 'IPV6')).toMatch(/documentation label.*write the value 1/);
    expect(valueAdvice(s, '1')).toBeNull();
    expect(valueProblem(s, 'ipv6')).toMatch(/case-sensitive/);
    expect(valueAdvice(s, 'ipv6')).toBeNull();
  });
});

describe('integer editor', () => {
  const s = findSetting('CellCore/PerDevice/SMS', 'MessageExpirySeconds')!;
  const editor = describeValueEditor(s);

  it('keeps hex as typed and reads it', () => {
    if (editor.kind !== 'integer') throw new Error('integer expected');
    expect(parseValue(editor, '0x15180')).toEqual({ kind: 'number', text: '0x15180', number: 86400 });
    expect(formatValue(parseValue(editor, '0x15180'))).toBe('0x15180');
    expect(integerReading(editor, '0x15180')).toBe('= 86400');
    expect(integerReading(editor, '86400')).toBe('');
    expect(editor.hint).toMatch(/0x hex/);
  });

  it('reports out of range and hex without prefix', () => {
    const limit = findSetting('Messaging/PerSimSettings/$(__ICCID)', 'MMSLimitAttachments')!;
    const e = describeValueEditor(limit);
    expect(e).toMatchObject({ kind: 'integer', min: 1, max: 20 });
    expect(valueProblem(limit, '21')).toMatch(/outside the allowed range/);
    expect(valueProblem(limit, '0x14')).toBeNull();
    expect(valueProblem(s, '1A')).toMatch(/0x prefix/);
  });
});

describe('multistring values', () => {
  it('advises on the item rules of the catalog (the tool reads a list as one string)', () => {
    const ports = findSetting('Messaging/PerSimSettings/$(__ICCID)', 'SmsInterceptPorts')!;
    expect(describeValueEditor(ports)).toMatchObject({ kind: 'list' });
    expect(valueAdvice(ports, '1234;5678')).toBeNull();
    expect(valueProblem(ports, '1234;2948')).toBeNull();
    expect(valueAdvice(ports, '1234;2948')).toMatch(/2948/);
    const prefixes = findSetting('Messaging/PerSimSettings/$(__ICCID)', 'SmsInterceptPrefixes')!;
    expect(valueAdvice(prefixes, 'abc;de')).toMatch(/shorter than the documented 3/);
  });
});

describe('entries outside the catalog', () => {
  it('get a plain field marked unknown', () => {
    expect(describeValueEditor(undefined)).toMatchObject({ kind: 'plain', known: false });
    expect(valueProblem(undefined, 'anything')).toBeNull();
  });
});
