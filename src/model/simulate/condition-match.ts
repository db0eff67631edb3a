// One Condition against one SIM (docs/format.md §3.3, §3.6): match, no match, or unknown (the SIM's value is
// unknown, or the condition cannot be evaluated), with the reason in words and the assumptions it rests on. The
// value is read with the tool's grammar (readLikeTool: `!`, then lowercase `pattern:` or `range:`); a wildcard
// matches anything, an unknown value included.

import type { Condition } from '../types.ts';
import { parseConditionValue, parseWildCard, readLikeTool, readToolRange } from '../conditions-grammar.ts';
import type { AssumptionId } from './assumptions.ts';
import { patternRegex } from './pattern-regex.ts';
import type { SimValues } from './sim-input.ts';
import { simValue } from './sim-input.ts';

export type Outcome = 'match' | 'no-match' | 'unknown';

export interface ConditionResult {
  readonly condition: Condition;
  readonly outcome: Outcome;
  /** Why, naming the condition and the SIM's value. */
  readonly reason: string;
  readonly assumptions: readonly AssumptionId[];
}

/** What a test of the body says before `!`: hit or not, in words. */
interface Test {
  readonly hit: boolean;
  readonly says: string;
  readonly assumptions: readonly AssumptionId[];
}

const WHOLE = /^-?[0-9]+$/;

function quote(s: string): string {
  return JSON.stringify(s.length > 80 ? `${s.slice(0, 60)}…${s.slice(-16)}` : s);
}

function plainTest(v: string, body: string, capitalised: boolean): Test {
  const hit = v === body;
  const note = capitalised ? ' (the capitalised prefix makes it a plain value: prefixes are lowercase only)' : '';
  return { hit, says: `${hit ? 'equals' : 'is not'} ${quote(body)}${note}`, assumptions: ['value-case'] };
}

function rangeTest(v: string, min: bigint, max: bigint): Test {
  const span = `${min}–${max} (ends included)`;
  if (!WHOLE.test(v)) return { hit: false, says: `is not a whole number, so it is outside ${span}`, assumptions: ['range-number', 'range-inclusive'] };
  const n = BigInt(v);
  const hit = min <= n && n <= max;
  const edge = hit && (n === min || n === max) ? ', on an end' : '';
  return { hit, says: `is ${hit ? 'inside' : 'outside'} ${span}${edge}`, assumptions: ['range-inclusive'] };
}

function patternTest(v: string, whole: RegExp, partial: RegExp, body: string): Test {
  const hit = whole.test(v);
  const part = partial.test(v);
  const note = hit === part ? '' : hit ? '' : ' (a part of it matches: only a partial match would count it)';
  return { hit, says: `${hit ? 'matches' : 'does not match'} the pattern ${quote(body)}${note}`, assumptions: ['pattern-whole', 'pattern-dialect'] };
}

/** Evaluates one Condition for one SIM. */
export function matchCondition(c: Condition, sim: SimValues): ConditionResult {
  const name = c.name;
  const unknown = (reason: string, assumptions: readonly AssumptionId[] = []): ConditionResult => ({ condition: c, outcome: 'unknown', reason, assumptions });
  if (name === undefined) return unknown('the condition has no Name');
  const label = name === '' ? 'the condition with an empty Name' : name;
  const wild = parseWildCard(c.isWildCard);
  if (wild === 'invalid') return unknown(`${label}: IsWildCard ${quote(c.isWildCard ?? '')} is not true or false (the tool refuses the file)`);
  if (wild === true) return { condition: c, outcome: 'match', reason: `${label} is a wildcard: any value matches`, assumptions: [] };
  if (c.value === undefined) return unknown(`${label} has no Value (the tool refuses it)`);
  const r = readLikeTool(c.value);
  if (!r) return unknown(`${label}: the value holds a line break, so the device cannot read it`);
  const v = simValue(sim, name);
  if (v === undefined) return unknown(`${label} is unknown (the SIM's value was not entered)`, ['unknown-value']);
  let test: Test;
  if (r.comparison === 'range:') {
    const range = readToolRange(r.body);
    if (!range) return unknown(`${label}: range ${quote(r.body)} is not two whole numbers, so the device cannot use it`);
    test = rangeTest(v, range.min, range.max);
  } else if (r.comparison === 'pattern:') {
    const re = patternRegex(r.body);
    if (!re.ok) return unknown(`${label}: pattern ${quote(r.body)}: ${re.reason}`, ['pattern-dialect']);
    test = patternTest(v, re.whole, re.partial, r.body);
  } else {
    test = plainTest(v, r.body, parseConditionValue(c.value).prefixCase === 'capitalised');
  }
  const hit = r.negated ? !test.hit : test.hit;
  const negation = r.negated ? `, and "!" negates the test` : '';
  return { condition: c, outcome: hit ? 'match' : 'no-match', reason: `${label} ${quote(v)} ${test.says}${negation}`, assumptions: test.assumptions };
}
