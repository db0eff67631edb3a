// Checks a Setting's Value against its catalog type, following format.md §1.4 (how the imaging tool
// reads REG_DWORD, enumerations, booleans, REG_MULTI_SZ and strings). Pure; never throws.

import type { CatalogSetting, CatalogValueType } from './catalog/types.ts';

export type ValueCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

const OK: ValueCheck = { ok: true };
const fail = (message: string): ValueCheck => ({ ok: false, message });

const DECIMAL = /^-?\d+$/;
const HEX = /^0[xX][0-9a-fA-F]+$/;

/** Reads an integer the way the tool does: decimal, or hex with a `0x` prefix. */
export function parseSettingInteger(text: string, hex = true): number | undefined {
  if (DECIMAL.test(text)) return Number(text);
  if (hex && HEX.test(text)) return Number.parseInt(text.slice(2), 16);
  return undefined;
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
  if (n === undefined) return fail(`${name} must be ${want}, not "${value}".${hexHint(value)}`);
  if ((t.min !== undefined && n < t.min) || (t.max !== undefined && n > t.max)) {
    return fail(`${name} is ${n}, outside the allowed range: use ${want}.`);
  }
  return OK;
}

function checkBoolean(name: string, t: Extract<CatalogValueType, { kind: 'boolean' }>, value: string): ValueCheck {
  const n = parseSettingInteger(value);
  if (n === 0 || n === 1) return OK;
  const lower = value.toLowerCase();
  if (t.spellings.some((s) => s.toLowerCase() === lower)) return OK;
  return fail(`${name} is a yes/no setting: use ${t.spellings.join(', ')}, not "${value}".`);
}

function checkEnum(name: string, t: Extract<CatalogValueType, { kind: 'enum' }>, value: string): ValueCheck {
  const lower = value.toLowerCase();
  const n = parseSettingInteger(value);
  for (const o of t.options) {
    if (o.value === value || o.label.toLowerCase() === lower) return OK;
    // Numeric comparison also works in the tool: 0x1 == 1.
    if (n !== undefined && parseSettingInteger(o.value) === n) return OK;
  }
  if (t.range && n !== undefined && n >= t.range.min && n <= t.range.max) return OK;
  const choices = t.options.map((o) => (o.label === o.value ? o.value : `${o.value} (${o.label})`));
  if (t.range) choices.push(`${t.range.min}-${t.range.max} (${t.range.label})`);
  return fail(`${name} must be one of ${choices.join(', ')}, not "${value}".`);
}

function checkMultistring(name: string, t: Extract<CatalogValueType, { kind: 'multistring' }>, value: string): ValueCheck {
  const items = value.split(';');
  for (const item of items) {
    if (t.forbidden?.includes(item)) return fail(`${name} may not contain "${item}"; remove it from the list.`);
    if (t.itemType === 'port') {
      const n = /^\d{1,5}$/.test(item) ? Number(item) : NaN;
      if (!(n <= 65535)) {
        return fail(`${name}: "${item}" is not a port number (0-65535). Separate items with semicolons, e.g. 1234;5678.`);
      }
    }
    if (t.itemMinLength !== undefined && item.length < t.itemMinLength) {
      return fail(`${name}: item "${item}" is shorter than ${t.itemMinLength} characters. Separate items with semicolons.`);
    }
    if (t.itemMaxLength !== undefined && item.length > t.itemMaxLength) {
      return fail(`${name}: an item is longer than ${t.itemMaxLength} characters (${item.length}); shorten it.`);
    }
  }
  return OK;
}

function checkString(name: string, t: Extract<CatalogValueType, { kind: 'string' }>, value: string): ValueCheck {
  if (t.fixed && !t.fixed.includes(value)) {
    return fail(`${name} must be ${t.fixed.map((f) => `"${f}"`).join(' or ')}, not "${value}".`);
  }
  if (t.minLength !== undefined && value.length < t.minLength) {
    return fail(`${name} must be at least ${t.minLength} characters long (it has ${value.length}).`);
  }
  if (t.maxLength !== undefined && value.length > t.maxLength) {
    return fail(`${name} must be at most ${t.maxLength} characters long (it has ${value.length}).`);
  }
  if (t.format === 'iso-region' && !/^[A-Za-z]{2}$/.test(value)) {
    return fail(`${name} must be a two-letter country/region code (ISO 3166-1), e.g. US, not "${value}".`);
  }
  if (t.format === 'absolute-path' && !/^([A-Za-z]:[\\/]|\\\\|\$\()/.test(value)) {
    return fail(`${name} must be an absolute path on the build PC, e.g. C:\\Layouts\\Start.xml, not "${value}".`);
  }
  return OK;
}

/** Checks `value` against the setting's catalog type. An unknown type accepts everything. */
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
