// Condition names and values of a TargetState (format.md §2.2, §2.3). The imaging tool's grammar is
// `^(!?)(pattern:|range:)?(.*)$`, lowercase and case-sensitive; we read any case (WCD docs write
// `Pattern:`/`Range:`) and report a capitalised prefix so it can be fixed (decision 2).

import type { DiagnosticCode } from './validate/codes.ts';

export type ConditionMode = 'exact' | 'pattern' | 'range';

export interface ParsedConditionValue {
  readonly negated: boolean;
  readonly mode: ConditionMode;
  /** What follows the `!` and the prefix. */
  readonly body: string;
  /** How the prefix was written; null when there is none. */
  readonly prefixCase: 'lower' | 'capitalised' | null;
  /** For mode 'range' when the body is well-formed. BigInt: ICCID ranges have 19-20 digits. */
  readonly range?: { readonly min: bigint; readonly max: bigint };
}

const GRAMMAR = /^(!?)(pattern:|range:)?(.*)$/is;
const RANGE = /^(-?\d+),\s?(-?\d+)$/;

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

/** Names the imaging tool validates (S7). */
export const TOOL_CONDITION_NAMES = ['mcc', 'mnc', 'spn', 'gid1', 'uiname', 'uiorder'] as const;
/** Names that would clash with datastore attributes: the tool rejects them. */
export const RESERVED_CONDITION_NAMES = ['name', 'type', 'data', 'target', 'productid', 'settingsgroup'] as const;
/** Documented elsewhere (S7 wildcard list, S9, S13) but unknown to the imaging tool: passed through with a warning. */
export const DOCUMENTED_CONDITION_NAMES = [
  'carrierid', 'pnn', 'iccid', 'roaming', 'uicc', 'uiccslot', 'processortype', 'processorname', 'aoac',
  'powerplatformrole', 'architecture', 'server', 'region', 'lang', 'socidentifier',
] as const;
/** The only names whose IsWildCard the tool honours. */
export const WILDCARD_CONDITION_NAMES = ['mcc', 'mnc', 'carrierid'] as const;

export interface ConditionIssue {
  readonly code: DiagnosticCode;
  readonly field: 'name' | 'value' | 'isWildCard';
  readonly message: string;
}

const has = (list: readonly string[], name: string): boolean => list.includes(name);

/** Reads IsWildCard like XmlSerializer's bool: true/false/1/0; undefined when absent, 'invalid' otherwise. */
export function parseWildCard(raw: string | undefined): boolean | undefined | 'invalid' {
  if (raw === undefined) return undefined;
  const t = raw.trim();
  if (t === 'true' || t === '1') return true;
  if (t === 'false' || t === '0') return false;
  return 'invalid';
}

function checkNameKind(name: string): ConditionIssue | undefined {
  const lower = name.toLowerCase();
  if (has(RESERVED_CONDITION_NAMES, lower)) {
    return { code: 'condition-name-reserved', field: 'name', message: `"${name}" cannot be a condition name: it clashes with a datastore attribute. Use MCC, MNC, SPN, GID1, UIName or UIOrder.` };
  }
  if (has(TOOL_CONDITION_NAMES, lower)) return undefined;
  if (has(DOCUMENTED_CONDITION_NAMES, lower)) {
    return { code: 'condition-name-not-in-tool', field: 'name', message: `The imaging tool does not know the condition "${name}"; it passes it to the device unchecked. The tool checks MCC, MNC, SPN, GID1, UIName and UIOrder.` };
  }
  return { code: 'condition-name-unknown', field: 'name', message: `"${name}" is not a known condition name. Check the spelling (MCC, MNC, SPN, GID1, UIName, UIOrder), or keep it if it is a custom CSP path.` };
}

/** The per-name rule for a plain (non-pattern, non-range) value; undefined when it passes. */
function checkPlainValue(name: string, body: string): string | undefined {
  switch (name.toLowerCase()) {
    case 'mcc':
      return /^\d{3}$/.test(body) ? undefined : `MCC "${body}" must be exactly three digits (e.g. 310).`;
    case 'mnc':
      return /^\d{2,3}$/.test(body) ? undefined : `MNC "${body}" must be two or three digits (e.g. 26 or 260).`;
    case 'spn':
      return body.length <= 16 ? undefined : `SPN "${body}" is ${body.length} characters; the tool allows at most 16. Shorten it.`;
    case 'gid1':
      return /^[0-9a-fA-F]+$/.test(body) ? undefined : `GID1 "${body}" must be hex digits only (0-9, A-F).`;
    default:
      return undefined;
  }
}

function checkValue(name: string, value: string): ConditionIssue[] {
  const issues: ConditionIssue[] = [];
  const p = parseConditionValue(value);
  if (p.prefixCase === 'capitalised') {
    const fixed = lowercaseConditionPrefix(value);
    issues.push({ code: 'condition-prefix-case', field: 'value', message: `The imaging tool only understands lowercase prefixes: write "${fixed}" instead of "${value}".` });
  }
  const invalid = (message: string) => issues.push({ code: 'condition-value-invalid', field: 'value', message });
  switch (p.mode) {
    case 'pattern':
      try {
        new RegExp(p.body);
      } catch {
        invalid(`Pattern "${p.body}" of ${name} is not a valid regular expression; fix the expression.`);
      }
      break;
    case 'range':
      if (!p.range) invalid(`Range "${p.body}" of ${name} must be two whole numbers "min,max" (at most one space after the comma), e.g. range:310,320.`);
      else if (p.range.min > p.range.max) invalid(`Range "${p.body}" of ${name} starts above its end; write the smaller number first.`);
      break;
    case 'exact': {
      if (p.negated && p.body === '') {
        invalid(`Condition ${name} has nothing after "!"; write the value to exclude, e.g. !310.`);
        break;
      }
      const msg = checkPlainValue(name, p.body);
      if (msg) invalid(msg);
      break;
    }
  }
  return issues;
}

/** Checks one Condition's attributes as the imaging tool would (S7), plus the editor's own rules. */
export function checkCondition(name: string | undefined, value: string | undefined, isWildCard: string | undefined): readonly ConditionIssue[] {
  const issues: ConditionIssue[] = [];
  const named = name !== undefined && name !== '';
  const label = named ? name : 'this condition';
  const Label = named ? `Condition ${name}` : 'This condition';
  if (name === undefined || name === '') {
    issues.push({ code: 'condition-name-empty', field: 'name', message: 'The condition has no name: set it, e.g. MCC or MNC.' });
  } else {
    const kind = checkNameKind(name);
    if (kind) issues.push(kind);
  }
  const wild = parseWildCard(isWildCard);
  if (wild === 'invalid') {
    issues.push({ code: 'condition-wildcard-invalid', field: 'isWildCard', message: `IsWildCard "${isWildCard}" of ${label} must be true or false.` });
  }
  if (wild === true) {
    if (name && !has(WILDCARD_CONDITION_NAMES, name.toLowerCase())) {
      issues.push({ code: 'condition-wildcard-not-allowed', field: 'isWildCard', message: `Only MCC, MNC and CarrierId may be wildcards; remove IsWildCard from ${name} or give it a value.` });
    }
    if (value !== undefined && value !== '') {
      issues.push({ code: 'condition-wildcard-with-value', field: 'value', message: `${Label} is a wildcard, so its value "${value}" is ignored: clear the value or turn off IsWildCard.` });
    }
    return issues;
  }
  if (value === undefined || value === '') {
    issues.push({ code: 'condition-value-empty', field: 'value', message: `${Label} has no value: enter one, or make it a wildcard (MCC/MNC only).` });
    return issues;
  }
  if (name) issues.push(...checkValue(name, value));
  return issues;
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
