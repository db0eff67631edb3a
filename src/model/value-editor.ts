// Which editor a Setting's Value gets, from its catalog type (docs/format.md §5.3), with the parse/format pair the
// editor uses. Pure. Every editor keeps the text exactly as written: parse then format gives the same string
// back (no True→1, no 0x15180→86400), so an imported file is never rewritten by merely showing it.

import type { CatalogSetting, EnumOption } from './catalog/types.ts';
import { checkSettingValue, parseSettingInteger, parseSettingUnsigned } from './setting-value.ts';
import { badXmlCharMessage } from './xml-chars.ts';
import { joinItems, splitItems } from './list-items.ts';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/** The editor for one Setting's Value. */
export type ValueEditor =
  /** A select of the spellings the catalog lists (0 / 1 / False / True…). */
  | { readonly kind: 'boolean'; readonly options: readonly ChoiceOption[] }
  /** A select of the options (value stored, friendly name shown); `free` when a numeric range is also allowed. */
  | { readonly kind: 'enum'; readonly options: readonly ChoiceOption[]; readonly free: boolean; readonly hint: string }
  | { readonly kind: 'integer'; readonly min?: number; readonly max?: number; readonly hex: boolean; readonly hint: string }
  /** A list of items stored joined by `;`. */
  | { readonly kind: 'list'; readonly hint: string }
  /** A select of the only strings the documentation gives (others are kept, with advice). */
  | { readonly kind: 'fixed'; readonly options: readonly ChoiceOption[] }
  | { readonly kind: 'text'; readonly maxLength?: number; readonly minLength?: number; readonly hint: string }
  /** Free text: the catalog does not know the setting (`known: false`) or not its type. */
  | { readonly kind: 'plain'; readonly known: boolean; readonly hint: string };

/** What an editor holds while editing: the text split or read the way the editor shows it. */
export type EditorValue =
  | { readonly kind: 'choice'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string; readonly number: number | undefined }
  | { readonly kind: 'items'; readonly items: readonly string[] };

// The friendly names are case-sensitive to the tool (True, Yes), so 'true' means nothing.
const BOOLEAN_MEANING = (spelling: string): string => {
  const n = parseSettingUnsigned(spelling);
  if (n === 1 || spelling === 'True' || spelling === 'Yes') return 'on';
  if (n === 0 || spelling === 'False' || spelling === 'No') return 'off';
  return '';
};

function rangeHint(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return `≤ ${max}`;
  return 'any whole number';
}

function enumLabel(o: EnumOption): string {
  return o.label === o.value ? o.value : `${o.label} (${o.value})`;
}

/** The editor for a catalog entry's value; `undefined` (not in the catalog) gives a plain field. */
export function describeValueEditor(setting: CatalogSetting | undefined): ValueEditor {
  if (!setting) return { kind: 'plain', known: false, hint: 'Not in the catalog: any text is kept as typed.' };
  const t = setting.valueType;
  switch (t.kind) {
    case 'boolean':
      return { kind: 'boolean', options: t.spellings.map((s) => ({ value: s, label: s })) };
    case 'enum': {
      const options = t.options.map((o) => ({ value: o.value, label: enumLabel(o) }));
      const hint = t.range ? `or ${t.range.min}–${t.range.max} (${t.range.label})` : '';
      return { kind: 'enum', options, free: t.range !== undefined, hint };
    }
    case 'integer': {
      const unit = t.unit ? ` ${t.unit}` : '';
      const hint = `${rangeHint(t.min, t.max)}${unit}; decimal${t.hex ? ' or 0x hex' : ''}`;
      return { kind: 'integer', hex: t.hex, hint, ...(t.min !== undefined ? { min: t.min } : {}), ...(t.max !== undefined ? { max: t.max } : {}) };
    }
    case 'multistring': {
      const rules: string[] = [];
      if (t.itemType === 'port') rules.push('each a port number 0–65535');
      if (t.itemMinLength !== undefined || t.itemMaxLength !== undefined) {
        rules.push(`each ${t.itemMinLength ?? 0}–${t.itemMaxLength ?? '∞'} characters`);
      }
      if (t.forbidden?.length) rules.push(`never ${t.forbidden.join(', ')}`);
      return { kind: 'list', hint: ['Items separated by ";" (a ";" typed or pasted starts the next item)', ...rules].join('; ') };
    }
    case 'string': {
      if (t.fixed) return { kind: 'fixed', options: t.fixed.map((f) => ({ value: f, label: f })) };
      const parts: string[] = [];
      if (t.format === 'iso-region') parts.push('two-letter country/region code, e.g. US');
      if (t.format === 'absolute-path') parts.push('absolute path, e.g. C:\\Layouts\\Start.xml');
      if (t.minLength !== undefined || t.maxLength !== undefined) parts.push(`${t.minLength ?? 0}–${t.maxLength ?? '∞'} characters`);
      return {
        kind: 'text',
        hint: parts.join('; '),
        ...(t.minLength !== undefined ? { minLength: t.minLength } : {}),
        ...(t.maxLength !== undefined ? { maxLength: t.maxLength } : {}),
      };
    }
    case 'asset-ref':
      return { kind: 'plain', known: true, hint: `The file name of an Asset of this group (its TargetFileName, else its Source file name), e.g. a "${t.asset}" asset.` };
    case 'unknown':
      return { kind: 'plain', known: true, hint: 'Value type not catalogued: see the documentation page.' };
    default: {
      const never: never = t;
      return never;
    }
  }
}

/** Reads a stored value into the editor's shape. */
export function parseValue(editor: ValueEditor, text: string): EditorValue {
  switch (editor.kind) {
    case 'integer':
      return { kind: 'number', text, number: parseSettingInteger(text, editor.hex) };
    case 'list':
      return { kind: 'items', items: splitItems(text) };
    default:
      return { kind: 'choice', value: text };
  }
}

/** Writes the editor's shape back to the stored value. */
export function formatValue(value: EditorValue): string {
  switch (value.kind) {
    case 'number':
      return value.text;
    case 'items':
      return joinItems(value.items);
    case 'choice':
      return value.value;
    default: {
      const never: never = value;
      return never;
    }
  }
}

/** Why the imaging tool would refuse this value for the entry (or XML cannot carry it), or null when it is fine. */
export function valueProblem(setting: CatalogSetting | undefined, text: string): string | null {
  const bad = badXmlCharMessage(text);
  if (bad) return bad;
  if (!setting || text === '') return null;
  const check = checkSettingValue(setting, text);
  return check.ok ? null : check.message;
}

/** What the documentation advises instead of a value the tool accepts (a label, a fixed value, a list item rule), or null. */
export function valueAdvice(setting: CatalogSetting | undefined, text: string): string | null {
  if (!setting || text === '' || badXmlCharMessage(text)) return null;
  const check = checkSettingValue(setting, text);
  return check.ok ? (check.advice ?? null) : null;
}

/** The meaning of a boolean spelling ('on' / 'off'), shown beside it. */
export function booleanMeaning(spelling: string): string {
  return BOOLEAN_MEANING(spelling);
}

/** A short reading of an integer value: its decimal value when written in hex (0x15180 = 86400). */
export function integerReading(editor: Extract<ValueEditor, { kind: 'integer' }>, text: string): string {
  const n = parseSettingInteger(text, editor.hex);
  return n !== undefined && /^0x/i.test(text) ? `= ${n}` : '';
}

/** The choices a select shows for `current`: the options, plus the current value as written when it is not one. */
export function choicesFor(options: readonly ChoiceOption[], current: string, problem: string | null): readonly ChoiceOption[] {
  if (current === '' || options.some((o) => o.value === current)) return options;
  const label = problem ? `${current} — not allowed` : `${current} (as written)`;
  return [{ value: current, label }, ...options];
}
