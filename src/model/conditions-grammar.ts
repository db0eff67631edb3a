// Condition names and values of a TargetState (docs/format.md §3.2-§3.5), checked as the imaging tool checks them.
// The tool reads a value with the .NET regex `^(?<not>!?)(?<comparison>(pattern:|range:)?)(?<value>.*)$`,
// without options: case-sensitive, `.` stops at a line feed and `$` also matches before a final one. Only its six
// names (MCC, MNC, SPN, GID1, UIName, UIOrder, in any case) have their values checked, and a wildcard is valid
// before any check. `parseConditionValue` is the editor's reading (any case of prefix), used to show and fix the
// value; the checks below follow the tool's.

import type { DiagnosticCode, Severity } from './validate/codes.ts';
import { dotnetDecimal, dotnetHex, significant } from './dotnet-number.ts';
import { dotnetRegexError } from './dotnet-regex.ts';
import { isNcName } from './xml-ncname.ts';

export type ConditionMode = 'exact' | 'pattern' | 'range';

export interface ParsedConditionValue {
  readonly negated: boolean;
  readonly mode: ConditionMode;
  /** What follows the `!` and the prefix. */
  readonly body: string;
  /** How the prefix was written; null when there is none. */
  readonly prefixCase: 'lower' | 'capitalised' | null;
  /** For mode 'range' when the body is well-formed (ASCII digits). BigInt: ICCID ranges have 19-20 digits. */
  readonly range?: { readonly min: bigint; readonly max: bigint };
}

const GRAMMAR = /^(!?)(pattern:|range:)?(.*)$/is;
const RANGE = /^(-?\d+),\s?(-?\d+)$/;

/** The value as the user wrote it, prefix in any case (the editor shows the mode; the checks use readLikeTool). */
export function parseConditionValue(value: string): ParsedConditionValue {
  const m = GRAMMAR.exec(value) ?? ['', '', undefined, value];
  const negated = m[1] === '!';
  const prefix = m[2];
  const body = m[3] ?? '';
  if (prefix === undefined) return { negated, mode: 'exact', body, prefixCase: null };
  const mode: ConditionMode = prefix.toLowerCase() === 'pattern:' ? 'pattern' : 'range';
  const prefixCase = prefix === prefix.toLowerCase() ? 'lower' : 'capitalised';
  if (mode === 'range') {
    const r = RANGE.exec(body);
    if (r) return { negated, mode, body, prefixCase, range: { min: BigInt(r[1]), max: BigInt(r[2]) } };
  }
  return { negated, mode, body, prefixCase };
}

/** The value with its prefix lowercased (the quick fix for a capitalised prefix). */
export function lowercaseConditionPrefix(value: string): string {
  const m = /^(!?)(pattern:|range:)/i.exec(value);
  return m ? m[1] + m[2].toLowerCase() + value.slice(m[0].length) : value;
}

/** How the imaging tool reads a value: its `not`, `comparison` and `value` groups; undefined when the grammar fails. */
export interface ToolReading {
  readonly negated: boolean;
  readonly comparison: '' | 'pattern:' | 'range:';
  /** The `value` group: without the `!`, the lowercase prefix and a final line feed. */
  readonly body: string;
}

// The .NET grammar in JavaScript terms: `.` is any character but \n, and `$` is the end or a final \n.
const TOOL_GRAMMAR = /^(!?)(pattern:|range:)?([^\n]*)\n?$/;

export function readLikeTool(value: string): ToolReading | undefined {
  const m = TOOL_GRAMMAR.exec(value);
  if (!m) return undefined;
  return { negated: m[1] === '!', comparison: (m[2] ?? '') as ToolReading['comparison'], body: m[3] };
}

// .NET `\s` ([\f\n\r\t\v\x85\p{Z}]) and `\d` (\p{Nd}), one UTF-16 unit each: a digit outside the BMP is no \d.
const DOTNET_RANGE = /^(-?\p{Nd}+),[\f\n\r\t\v\x85\p{Z}]?(-?\p{Nd}+)$/u;
const SURROGATE = /[\uD800-\uDFFF]/;
const ND = /^\p{Nd}$/u;

/** A decimal digit's value: Nd digits come in runs of ten from zero. */
function digitValue(ch: string): number {
  const code = ch.charCodeAt(0);
  let start = code;
  while (ND.test(String.fromCharCode(start - 1))) start--;
  return (code - start) % 10;
}

function toBigInt(text: string): bigint {
  const negative = text.startsWith('-');
  let n = 0n;
  for (const ch of negative ? text.slice(1) : text) n = n * 10n + BigInt(digitValue(ch));
  return negative ? -n : n;
}

/** A `range:` body the tool accepts (.NET `^(-?\d+),\s?(-?\d+)$`, format only), with its bounds; undefined otherwise. */
export function readToolRange(body: string): { readonly min: bigint; readonly max: bigint } | undefined {
  if (SURROGATE.test(body)) return undefined;
  const m = DOTNET_RANGE.exec(body);
  return m ? { min: toBigInt(m[1]), max: toBigInt(m[2]) } : undefined;
}

// uint.TryParse (NumberStyles.Integer: a negative number must be zero; MCC and MNC are too short to overflow) and
// ulong.TryParse(HexNumber) (at most 16 significant hex digits), as .NET parses them (dotnet-number.ts).
function isToolUInt(text: string): boolean {
  const m = dotnetDecimal(text);
  return m !== undefined && (!m.negative || significant(m.digits) === '0');
}

function isToolHex64(text: string): boolean {
  const digits = dotnetHex(text);
  return digits !== undefined && significant(digits).length <= 16;
}

/** Names the imaging tool validates (S7). */
export const TOOL_CONDITION_NAMES = ['mcc', 'mnc', 'spn', 'gid1', 'uiname', 'uiorder'] as const;
/** Names that would clash with datastore attributes: the tool rejects them. */
export const RESERVED_CONDITION_NAMES = ['name', 'type', 'data', 'target', 'productid', 'settingsgroup'] as const;
/** Documented elsewhere (S7 wildcard list, S9, S13) but unknown to the imaging tool: passed through with a warning. */
export const DOCUMENTED_CONDITION_NAMES = [
  'carrierid', 'pnn', 'iccid', 'roaming', 'uicc', 'uiccslot', 'processortype', 'processorname', 'aoac',
  'powerplatformrole', 'architecture', 'server', 'region', 'lang', 'socidentifier',
] as const;
/** The names the device honours IsWildCard on (the tool accepts it on any name). */
export const WILDCARD_CONDITION_NAMES = ['mcc', 'mnc', 'carrierid'] as const;

export interface ConditionIssue {
  readonly code: DiagnosticCode;
  readonly field: 'name' | 'value' | 'isWildCard';
  readonly message: string;
  /** When the rule decides the severity (e.g. an error only for a Target a Variant refers to). */
  readonly severity?: Severity;
}

const has = (list: readonly string[], name: string): boolean => list.includes(name);

/** Reads IsWildCard like XmlConvert.ToBoolean (XmlSerializer's bool): true/false/1/0 around XML white space. */
export function parseWildCard(raw: string | undefined): boolean | undefined | 'invalid' {
  if (raw === undefined) return undefined;
  const t = raw.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');
  if (t === 'true' || t === '1') return true;
  if (t === 'false' || t === '0') return false;
  return 'invalid';
}

/** Whether the tool checks values of this condition name (OrdinalIgnoreCase). */
export function isToolConditionName(name: string): boolean {
  return has(TOOL_CONDITION_NAMES, name.toLowerCase());
}

/** Severity of a failure the tool meets only while generating the packages of a Target some Variant refers to. */
const atGeneration = (referenced: boolean): Severity => (referenced ? 'error' : 'warning');
const GENERATION_NOTE = (referenced: boolean) =>
  referenced ? 'the imaging tool fails while generating the packages of this Target' : 'the imaging tool will fail once a Variant refers to this Target';

function checkName(name: string | undefined, referenced: boolean): ConditionIssue | undefined {
  if (name === undefined) {
    return { code: 'condition-name-empty', field: 'name', message: 'The condition has no Name attribute, which the schema requires: set it, e.g. MCC or MNC.' };
  }
  if (name === '') {
    return { code: 'condition-name-empty', field: 'name', severity: atGeneration(referenced), message: `The condition's Name is empty: ${GENERATION_NOTE(referenced)}. Set it, e.g. MCC or MNC.` };
  }
  const lower = name.toLowerCase();
  if (has(RESERVED_CONDITION_NAMES, lower)) {
    return { code: 'condition-name-reserved', field: 'name', message: `"${name}" cannot be a condition name: it clashes with a datastore attribute. Use MCC, MNC, SPN, GID1, UIName or UIOrder.` };
  }
  if (has(TOOL_CONDITION_NAMES, lower)) return undefined;
  if (!isNcName(lower)) {
    return { code: 'condition-name-not-xml', field: 'name', severity: atGeneration(referenced), message: `Condition name "${name}" is not an XML name (letters, digits, ".", "-", "_", not starting with a digit, ".", "-" or holding ":" or spaces): the tool writes it as an attribute name, so ${GENERATION_NOTE(referenced)}.` };
  }
  if (has(DOCUMENTED_CONDITION_NAMES, lower)) {
    return { code: 'condition-name-not-in-tool', field: 'name', message: `The imaging tool does not know the condition "${name}"; it passes it to the device unchecked. The tool checks MCC, MNC, SPN, GID1, UIName and UIOrder.` };
  }
  return { code: 'condition-name-unknown', field: 'name', message: `"${name}" is not a known condition name. Check the spelling (MCC, MNC, SPN, GID1, UIName, UIOrder), or keep it if the device knows it.` };
}

/** A plain value the tool refuses for this name (its reason), or undefined when the tool accepts it. */
function plainValueError(lower: string, body: string): string | undefined {
  switch (lower) {
    case 'mcc':
      return isToolUInt(body) && body.length === 3 ? undefined : `MCC "${body}" must be exactly three digits (e.g. 310).`;
    case 'mnc':
      return isToolUInt(body) && body.length >= 2 && body.length <= 3 ? undefined : `MNC "${body}" must be two or three digits (e.g. 26 or 260).`;
    case 'spn':
      return body.length <= 16 ? undefined : `SPN "${body}" is ${body.length} characters; the tool allows at most 16. Shorten it.`;
    case 'gid1':
      return isToolHex64(body) ? undefined : `GID1 "${body}" must be hexadecimal digits (0-9, A-F, without 0x), at most 16 of them after leading zeros.`;
    default:
      return undefined; // UIName, UIOrder: any text
  }
}

/** Advice on a plain value the tool accepts but that is probably not what was meant. */
function plainValueAdvice(lower: string, name: string, r: ToolReading): string | undefined {
  const body = r.body;
  if ((lower === 'mcc' || lower === 'mnc') && !/^[0-9]+$/.test(body)) {
    return `${name} "${body}" passes the tool's number check, but the SIM reports digits only: write the ${lower === 'mcc' ? 'three' : 'two or three'} digits without a sign or blanks.`;
  }
  if (body === '') {
    return r.negated
      ? `Condition ${name} has nothing after "!": it matches every ${name} but an empty one. Write the value to exclude, e.g. !Contoso.`
      : `Condition ${name} is empty: it matches only an empty ${name}. Write the value to match.`;
  }
  if (/^\s|\s$/.test(body)) return `${name} "${body}" starts or ends with blanks, which are compared too: remove them unless the SIM reports them.`;
  if (!r.negated && body === '*') return `${name} "*" is written to the device exactly as a wildcard (any value): use IsWildCard if that is meant.`;
  return undefined;
}

function checkToolValue(name: string, value: string): ConditionIssue[] {
  const lower = name.toLowerCase();
  const issues: ConditionIssue[] = [];
  const invalid = (message: string) => issues.push({ code: 'condition-value-invalid', field: 'value', message });
  const advice = (message: string) => issues.push({ code: 'condition-value-advice', field: 'value', message });
  const r = readLikeTool(value);
  if (!r) {
    invalid(`The value of ${name} holds a line break: the tool reads a condition value as one line, "[!][pattern:|range:]value". Remove the line break.`);
    return issues;
  }
  if (r.comparison === 'pattern:') {
    const why = dotnetRegexError(r.body);
    if (why !== undefined) invalid(`Pattern "${r.body}" of ${name} is not a valid .NET regular expression (${why}); fix the expression.`);
  } else if (r.comparison === 'range:') {
    const range = readToolRange(r.body);
    if (!range) invalid(`Range "${r.body}" of ${name} must be two whole numbers "min,max" (at most one space after the comma), e.g. range:310,320.`);
    else if (range.min > range.max) advice(`Range "${r.body}" of ${name} starts above its end, so it matches nothing: write the smaller number first.`);
  } else {
    const error = plainValueError(lower, r.body);
    const capitalised = parseConditionValue(value).prefixCase === 'capitalised';
    if (capitalised) {
      const fixed = lowercaseConditionPrefix(value);
      if (error) {
        issues.push({ code: 'condition-prefix-invalid', field: 'value', message: `The tool reads "${value}" as a plain ${name} value, not a pattern or range (prefixes are lowercase only), and refuses it: ${error} Write "${fixed}" to use the prefix.` });
      } else {
        issues.push({ code: 'condition-prefix-case', field: 'value', message: `The tool reads "${value}" as the plain ${name} value "${r.body}", not a pattern or range (prefixes are lowercase only): write "${fixed}" to use the prefix.` });
      }
      return issues;
    }
    if (error) invalid(error);
    else {
      const a = plainValueAdvice(lower, name, r);
      if (a) advice(a);
    }
  }
  if (value.endsWith('\n')) advice(`The value of ${name} ends with a line break, which the tool ignores when it checks the value but writes to the device: remove it.`);
  return issues;
}

/** A name the tool does not check: advice only, on a prefix it would not understand or a malformed body. */
function checkOtherValue(name: string, value: string): ConditionIssue[] {
  const p = parseConditionValue(value);
  if (p.prefixCase === 'capitalised') {
    return [{ code: 'condition-prefix-case', field: 'value', message: `"${value}" is passed to the device as a plain value, not a pattern or range (prefixes are lowercase only): write "${lowercaseConditionPrefix(value)}" to use the prefix.` }];
  }
  const r = readLikeTool(value);
  if (!r) return [];
  const advice = (message: string): ConditionIssue[] => [{ code: 'condition-value-advice', field: 'value', message }];
  if (r.comparison === 'pattern:') {
    const why = dotnetRegexError(r.body);
    if (why !== undefined) return advice(`Pattern "${r.body}" of ${name} is not a valid .NET regular expression (${why}); the tool does not check ${name}, but the device cannot use it.`);
  } else if (r.comparison === 'range:') {
    const range = readToolRange(r.body);
    if (!range) return advice(`Range "${r.body}" of ${name} is not two whole numbers "min,max" (e.g. range:310,320); the tool does not check ${name}, but the device cannot use it.`);
    if (range.min > range.max) return advice(`Range "${r.body}" of ${name} starts above its end, so it matches nothing: write the smaller number first.`);
  }
  return [];
}

/**
 * Checks one Condition's attributes as the imaging tool does (S7). `referenced`: a Variant refers to its Target, so
 * the tool also generates its datastore entry (where empty, non-XML or missing names and values make it fail).
 */
export function checkCondition(name: string | undefined, value: string | undefined, isWildCard: string | undefined, referenced = false): readonly ConditionIssue[] {
  const issues: ConditionIssue[] = [];
  const named = name !== undefined && name !== '';
  const label = named ? name : 'this condition';
  const Label = named ? `Condition ${name}` : 'This condition';
  const nameIssue = checkName(name, referenced);
  if (nameIssue) issues.push(nameIssue);
  const wild = parseWildCard(isWildCard);
  if (wild === 'invalid') {
    issues.push({ code: 'condition-wildcard-invalid', field: 'isWildCard', message: `IsWildCard "${isWildCard}" of ${label} must be true, false, 1 or 0 (lowercase); the tool refuses the file at load.` });
  }
  if (wild === true) {
    if (named && !has(WILDCARD_CONDITION_NAMES, name.toLowerCase())) {
      issues.push({ code: 'condition-wildcard-not-allowed', field: 'isWildCard', message: `The tool accepts IsWildCard on ${name}, but the device honours wildcards on MCC, MNC and CarrierId only: remove IsWildCard or give ${name} a value.` });
    }
    if (value !== undefined && value !== '') {
      issues.push({ code: 'condition-wildcard-with-value', field: 'value', message: `${Label} is a wildcard, so its value "${value}" is ignored (the tool writes "*"): clear the value or turn off IsWildCard.` });
    }
    return issues;
  }
  const checked = named && isToolConditionName(name);
  if (value === undefined) {
    const message = checked
      ? `${Label} has no Value attribute: the imaging tool fails on it. Enter a value${has(WILDCARD_CONDITION_NAMES, name.toLowerCase()) ? ', or make it a wildcard' : ''}.`
      : `${Label} has no Value attribute: ${GENERATION_NOTE(referenced)}. Enter a value, or make it a wildcard.`;
    issues.push({ code: 'condition-value-empty', field: 'value', message, ...(checked ? {} : { severity: atGeneration(referenced) }) });
    return issues;
  }
  if (checked) issues.push(...checkToolValue(name, value));
  else if (named) issues.push(...checkOtherValue(name, value));
  return issues;
}

/** Whether two condition names are one attribute of the datastore (`ToLowerInvariant`): the tool fails on both. */
export function sameConditionName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Writes a condition value from its parts: `!` when negated, then the prefix (`pattern:` / `range:`, in the
 * case it was read in, lowercase by default), then the body. The inverse of parseConditionValue.
 */
export function composeConditionValue(parts: Pick<ParsedConditionValue, 'negated' | 'mode' | 'body'> & { prefixCase?: 'lower' | 'capitalised' | null }): string {
  const bang = parts.negated ? '!' : '';
  if (parts.mode === 'exact') return bang + parts.body;
  const prefix = parts.mode === 'pattern' ? 'pattern:' : 'range:';
  const written = parts.prefixCase === 'capitalised' ? prefix[0].toUpperCase() + prefix.slice(1) : prefix;
  return bang + written + parts.body;
}
