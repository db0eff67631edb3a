// The test plan (docs/format.md §3.6): one row per Target, with a SIM that satisfies it (values generated for its
// plain values, ranges and patterns, verified by the matcher), the value the phone should end with for every
// setting its Variants change (simulated for that SIM, so another Target that also matches and wins is shown), and
// the manual check to perform. Pure; the renderers are in testplan-render.ts.

import type { AnswerFile, Target } from '../types.ts';
import { targetList } from '../answer-file.ts';
import { findSetting } from '../catalog/lookup.ts';
import type { AssumptionId } from './assumptions.ts';
import { finalSettings, mergeByTarget } from './merged.ts';
import { simulate } from './simulate.ts';
import { findSim } from './witness.ts';

export interface ExpectedSetting {
  readonly path: string;
  readonly name: string;
  /** The value the phone should end with for the row's SIM (undefined: the setting has no Value). */
  readonly value: string | undefined;
  /** Where that value comes from ("Static", `Variant "x" (Target "t")`). */
  readonly source: string;
  /** What to do on the phone to see it. */
  readonly check: string;
  /** When the value is not this Target's own (another Target wins) or applies only at the first SIM. */
  readonly note?: string;
}

export interface TestPlanRow {
  readonly target: Target;
  readonly targetId: string;
  readonly variants: readonly string[];
  /** A SIM that matches the Target; undefined when none was found. */
  readonly sim: Readonly<Record<string, string>> | undefined;
  /** How the SIM was found, or why there is none. */
  readonly simNote: string;
  readonly expected: readonly ExpectedSetting[];
}

export interface TestPlan {
  readonly rows: readonly TestPlanRow[];
  readonly assumptions: readonly AssumptionId[];
}

/** The founding scenario's check (SMS to email, docs page "Send SMS messages to SMTP addresses"). */
export const SMS_TO_SMTP_CHECK = 'Send a message from the messaging app to a valid email address; it is sent and arrives.';

const SMS_TO_SMTP = new Set(['ALLOWSMSTOSMTPADDRESS', 'SMSTOSMTPSHORTCODE']);

/** The manual check for a setting: the founding scenario's, else the catalog's help, else a plain reading. */
export function manualCheck(path: string, name: string, value: string | undefined): string {
  if (SMS_TO_SMTP.has(name.toUpperCase()) && /^Messaging\/PerSimSettings\//i.test(path)) return SMS_TO_SMTP_CHECK;
  const help = findSetting(path, name)?.help;
  const is = `Check that ${name} (${path}) is ${JSON.stringify(value ?? '')}`;
  return help ? `${is}: ${help}` : `${is}.`;
}

function simFor(target: Target): { sim?: Readonly<Record<string, string>>; note: string } {
  if (target.states.length === 0) return { note: 'no TargetState: no SIM matches it' };
  let never = 0;
  for (const s of target.states) {
    const w = findSim(s.conditions);
    if (w.kind === 'sim') return { sim: w.values, note: w.viaPattern ? 'values found by trying samples of the patterns' : '' };
    if (w.kind === 'never') never++;
  }
  return { note: never === target.states.length ? 'the conditions contradict: no SIM matches it' : 'no SIM found (patterns are sampled best effort, or a condition cannot be evaluated)' };
}

export function testPlan(doc: AnswerFile): TestPlan {
  const merged = mergeByTarget(doc.variants);
  const assumptions = new Set<AssumptionId>(['pattern-whole', 'range-inclusive', 'priority', 'merge-order']);
  const seen = new Set<string>();
  const rows: TestPlanRow[] = [];
  for (const target of targetList(doc)) {
    if (target.id === undefined || seen.has(target.id)) continue;
    seen.add(target.id);
    const m = merged.get(target.id);
    const found = simFor(target);
    const variants = m ? m.variants.map((v) => v.name ?? '(unnamed)') : [];
    const expected: ExpectedSetting[] = [];
    if (m && found.sim) {
      const result = simulate(doc, { values: found.sim, first: true });
      for (const a of result.assumptions) assumptions.add(a);
      for (const s of finalSettings(m).values()) {
        const row = result.settings.find((e) => e.contributions.some((c) => c.setting === s.setting));
        const own = row?.contributions.find((c) => c.setting === s.setting);
        const value = row?.value ?? s.value;
        let note: string | undefined;
        if (own?.status === 'overridden') note = `another matching Target wins: ${row?.source ?? ''}`;
        else if (own?.status === 'skipped') note = own.note;
        else if (s.stage === 'first-sim') note = 'FirstVariationOnly: check it with the first SIM the phone sees';
        expected.push({ path: row?.path ?? s.path, name: s.name, value, source: row?.source ?? '', check: manualCheck(s.path, s.name, value), ...(note ? { note } : {}) });
      }
    }
    const simNote = m ? found.note : [found.note, 'no Variant uses this Target'].filter((x) => x !== '').join('; ');
    rows.push({ target, targetId: target.id, variants, sim: found.sim, simNote, expected });
  }
  return { rows, assumptions: [...assumptions] };
}
