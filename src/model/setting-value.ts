// Checks a Setting's Value against its catalog type the way the imaging tool reads it (PolicySetting.IsValidValue,
// docs/format.md §5.3): an error only where the tool refuses the value; rules the documentation gives beyond what the
// tool enforces (documentation labels, fixed values, formats, list item rules) come back as advice. Pure; never throws.

import type { CatalogSetting, CatalogValueType, EnumOption } from './catalog/types.ts';
import { dotnetDecimal, dotnetHex, significant } from './dotnet-number.ts';

export type ValueCheck =
  /** The tool accepts the value; `advice` says what the documentation advises instead, if anything. */
  | { readonly ok: true; readonly advice?: string }
  /** The tool refuses the value (InvalidSettingValue). */
  | { readonly ok: false; readonly message: string };

const OK: ValueCheck = { ok: true };
const fail = (message: string): ValueCheck => ({ ok: false, message });
const advise = (advice: string): ValueCheck => ({ ok: true, advice });


const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const UINT32_MAX = 4294967295;

/** Digits without leading zeros, as a number when it has at most 16 digits (exact), else Infinity. */
function magnitude(digits: string, radix: 10 | 16): number {
  const d = significant(digits);
  if (d.length > (radix === 10 ? 16 : 13)) return Infinity;
  return radix === 10 ? Number(d) : Number.parseInt(d, 16);
}

/** `0x…` after the prefix, as the tool's `Parse(…, NumberStyles.HexNumber)` into 32 bits; undefined when it fails. */
function hex32(text: string): number | undefined {
  const digits = dotnetHex(text.slice(2));
  if (digits === undefined) return undefined;
  const n = magnitude(digits, 16);
  return n <= UINT32_MAX ? n : undefined;
}

const hasHexPrefix = (text: string): boolean => /^0[xX]/.test(text);

/**
 * Reads a REG_DWORD value the way the tool does (Extensions.ParseSignedInt): `0x` then hex digits, read as 32 bits
 * (so 0xFFFFFFFF is -1), else a decimal Int32 with an optional sign and surrounding white space.
 * `hex: false` refuses the `0x` form. Undefined when the tool would fail to parse it.
 */
export function parseSettingInteger(text: string, hex = true): number | undefined {
  if (hasHexPrefix(text)) {
    if (!hex) return undefined;
    const n = hex32(text);
    return n === undefined ? undefined : n | 0;
  }
  const m = dotnetDecimal(text);
  if (!m) return undefined;
  const n = magnitude(m.digits, 10) * (m.negative ? -1 : 1);
  return n >= INT32_MIN && n <= INT32_MAX ? n + 0 : undefined; // + 0: -0 reads as 0
}

/** The tool's unsigned read (Extensions.ParseInt) used to compare enumeration values: UInt32; `-0` is 0. */
export function parseSettingUnsigned(text: string): number | undefined {
  if (hasHexPrefix(text)) return hex32(text);
  const m = dotnetDecimal(text);
  if (!m) return undefined;
  const n = magnitude(m.digits, 10);
  if (m.negative && n !== 0) return undefined;
  return n <= UINT32_MAX ? n : undefined;
}

/** The tool's Int64 read (Extensions.ParseSignedInt64), for `Type="integer64"`. */
export function parseSettingInteger64(text: string): bigint | undefined {
  if (hasHexPrefix(text)) {
    const digits = dotnetHex(text.slice(2));
    if (digits === undefined) return undefined;
    const n = BigInt(`0x${digits}`);
    return n <= 0xffffffffffffffffn ? BigInt.asIntN(64, n) : undefined;
  }
  const m = dotnetDecimal(text);
  if (!m) return undefined;
  const n = BigInt(m.digits) * (m.negative ? -1n : 1n);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? n : undefined;
}

/** A hint when a value looks like hex written without its `0x` prefix (a common mistake, §6). */
function hexHint(text: string): string {
  return /^[0-9a-fA-F]+$/.test(text) && /[a-fA-F]/.test(text) ? ` Hex needs the 0x prefix (0x${text}).` : '';
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

function checkInteger(name: string, t: Extract<CatalogValueType, { kind: 'integer' }>, value: string): ValueCheck {
  const n = parseSettingInteger(value, t.hex);
  const unit = t.unit ? ` (${t.unit})` : '';
  const want = `a whole number${rangeText(t.min, t.max)}${unit}, in decimal${t.hex ? ' or hex with 0x (e.g. 0x1A)' : ''}`;
  if (n === undefined) {
    const readable = hasHexPrefix(value) ? dotnetHex(value.slice(2)) !== undefined : dotnetDecimal(value) !== undefined;
    const big = readable ? ' It must fit in 32 bits (-2147483648 to 2147483647, or 0x0 to 0xFFFFFFFF).' : '';
    return fail(`${name} must be ${want}, not "${value}".${big || hexHint(value)}`);
  }
  const hexNote = hasHexPrefix(value) && n < 0 ? ` (${value} reads as ${n})` : '';
  if ((t.min !== undefined && n < t.min) || (t.max !== undefined && n > t.max)) {
    return fail(`${name} is ${n}${hexNote}, outside the allowed range: use ${want}.`);
  }
  return OK;
}

/** The friendly names the tool's policy gives a boolean's 0 and 1: No/Yes where the docs spell them so, else False/True. */
export function booleanNames(t: Extract<CatalogValueType, { kind: 'boolean' }>): readonly [string, string] {
  const words = new Set(t.spellings.filter((s) => !/^(0x)?[01]$/.test(s)));
  return words.size === 2 && words.has('No') && words.has('Yes') ? ['No', 'Yes'] : ['False', 'True'];
}

function checkBoolean(name: string, t: Extract<CatalogValueType, { kind: 'boolean' }>, value: string): ValueCheck {
  const [off, on] = booleanNames(t);
  if (value === off || value === on) {
    if (t.spellings.includes(value)) return OK;
    return advise(`${name}: the documentation does not give "${value}" for this setting, so an image's policy may not define that name; write ${value === on ? 1 : 0}.`);
  }
  const n = parseSettingUnsigned(value);
  if (n === 0 || n === 1) return OK;
  return fail(`${name} is a yes/no setting: use 0, 1, ${off} or ${on} (friendly names are case-sensitive), not "${value}".`);
}

const NUMERIC = /^(0[xX][0-9A-Fa-f]+|[0-9]+)$/;

/** The friendly name the tool's policy gives an option: its documented label, without " (default)", unless it is the value. */
function friendlyName(o: EnumOption): string | undefined {
  const label = o.label.replace(/\s*\(default\)\s*$/, '');
  return label !== o.value ? label : undefined;
}

function checkEnum(name: string, t: Extract<CatalogValueType, { kind: 'enum' }>, value: string): ValueCheck {
  // REG_DWORD when every value is a number: the policy then stores each option value as its decimal reading.
  const dword = t.options.every((o) => NUMERIC.test(o.value));
  const n = parseSettingUnsigned(value);
  for (const o of t.options) {
    const stored = dword ? String(parseSettingUnsigned(o.value)) : o.value;
    if (value === stored) return OK;
    const on = parseSettingUnsigned(o.value);
    if (n !== undefined && on !== undefined && n === on) return OK;
  }
  if (t.range && n !== undefined && n >= t.range.min && n <= t.range.max) return OK;
  const label = t.options.find((o) => friendlyName(o) === value);
  if (label) return advise(`${name}: "${value}" is a documentation label, which an image's policy may not define as a name; write the value ${label.value}.`);
  const choices = t.options.map((o) => (o.label === o.value ? o.value : `${o.value} (${o.label})`));
  if (t.range) choices.push(`${t.range.min}-${t.range.max} (${t.range.label})`);
  return fail(`${name} must be one of ${choices.join(', ')}, not "${value}" (names are case-sensitive).`);
}

function checkMultistring(name: string, t: Extract<CatalogValueType, { kind: 'multistring' }>, value: string): ValueCheck {
  // REG_MULTI_SZ is a string to the tool: the documentation's item rules are advice.
  const items = value.split(';');
  for (const item of items) {
    if (t.forbidden?.includes(item)) return advise(`${name} should not contain "${item}" (the documentation forbids it); remove it from the list.`);
    if (t.itemType === 'port') {
      const n = /^\d{1,5}$/.test(item) ? Number(item) : NaN;
      if (!(n <= 65535)) {
        return advise(`${name}: "${item}" is not a port number (0-65535). Separate items with semicolons, e.g. 1234;5678.`);
      }
    }
    if (t.itemMinLength !== undefined && item.length < t.itemMinLength) {
      return advise(`${name}: item "${item}" is shorter than the documented ${t.itemMinLength} characters. Separate items with semicolons.`);
    }
    if (t.itemMaxLength !== undefined && item.length > t.itemMaxLength) {
      return advise(`${name}: an item is longer than the documented ${t.itemMaxLength} characters (${item.length}); shorten it.`);
    }
  }
  return OK;
}

function checkString(name: string, t: Extract<CatalogValueType, { kind: 'string' }>, value: string): ValueCheck {
  // Lengths in UTF-16 units, as .NET's string.Length.
  if (t.minLength !== undefined && value.length < t.minLength) {
    return fail(`${name} must be at least ${t.minLength} characters long (it has ${value.length}).`);
  }
  if (t.maxLength !== undefined && value.length > t.maxLength) {
    return fail(`${name} must be at most ${t.maxLength} characters long (it has ${value.length}).`);
  }
  if (t.fixed && !t.fixed.includes(value)) {
    return advise(`${name}: the documentation gives ${t.fixed.map((f) => `"${f}"`).join(' or ')}, not "${value}".`);
  }
  if (t.format === 'iso-region' && !/^[A-Za-z]{2}$/.test(value)) {
    return advise(`${name} should be a two-letter country/region code (ISO 3166-1), e.g. US, not "${value}".`);
  }
  if (t.format === 'absolute-path' && !/^([A-Za-z]:[\\/]|\\\\|\$\()/.test(value)) {
    return advise(`${name} should be an absolute path on the build PC, e.g. C:\\Layouts\\Start.xml, not "${value}".`);
  }
  return OK;
}

/** Checks `value` against the setting's catalog type. An untyped entry accepts everything (the tool reads it as a string). */
export function checkSettingValue(setting: CatalogSetting, value: string): ValueCheck {
  const t = setting.valueType;
  const name = setting.name;
  switch (t.kind) {
    case 'integer':
      return checkInteger(name, t, value);
    case 'boolean':
      return checkBoolean(name, t, value);
    case 'enum':
      return checkEnum(name, t, value);
    case 'multistring':
      return checkMultistring(name, t, value);
    case 'string':
      return checkString(name, t, value);
    case 'asset-ref':
    case 'unknown':
      return OK;
    default: {
      const never: never = t;
      return never;
    }
  }
}

/**
 * How the tool reads a value by its `Setting@Type`, which it uses only for a setting its policy leaves untyped
 * (PolicySetting with an unknown registry type). Null when the value reads as that type, else what is wrong.
 */
export function typedValueProblem(type: string, value: string): string | null {
  switch (type) {
    case 'integer':
      return parseSettingInteger(value) === undefined ? 'a whole number that fits in 32 bits (decimal, or hex with 0x)' : null;
    case 'integer64':
      return parseSettingInteger64(value) === undefined ? 'a whole number that fits in 64 bits (decimal, or hex with 0x)' : null;
    case 'boolean': {
      const n = parseSettingInteger(value);
      return n === 0 || n === 1 ? null : '0 or 1';
    }
    case 'binary':
      return value.split(',').every((b) => {
        const digits = dotnetHex(b);
        return digits !== undefined && magnitude(digits, 16) <= 255;
      })
        ? null
        : 'hex bytes separated by commas, without 0x (e.g. E8,03)';
    default:
      return null;
  }
}
