// Rule cases of one area (see rules.test.ts): conditions, Targets and TargetRefs as the imaging tool checks them.
// Target T1 of the clean fixture is referred to by its Variant V1; T2 (withTarget) by none.

import type { Condition } from '../../../../src/model/types.ts';
import type { Case } from '../rule-case.ts';
import { cleanDoc, cond, group, setting, simTarget, state, target, variant, withTarget } from '../fixtures.ts';

/** The clean document whose T1 (referred to by V1) holds MCC 310 and `conditions` in one TargetState. */
const withT1 = (...conditions: Condition[]) => cleanDoc({ targets: { targets: [target('T1', state(cond('MCC', '310'), ...conditions))] } });
/** The clean document with an extra Target T2, which no Variant refers to, holding `conditions`. */
const withT2 = (...conditions: Condition[]) => withTarget(target('T2', state(...conditions)));

const PS = 'Messaging/PerSimSettings/$(__ICCID)';
/** The clean document (T1: MCC 310, MNC 260; V1 sets AllowSMStoSMTPAddress True) with T2 and a Variant V2 setting it to `value`. */
const withT2Variant = (value: string, ...conditions: Condition[]) => {
  const doc = withTarget(target('T2', state(...conditions)));
  return { ...doc, variants: [...doc.variants, variant('V2', ['T2'], group(PS, setting('AllowSMStoSMTPAddress', value)))] };
};

export const CASES: readonly Case[] = [
  { code: 'target-unused', bad: () => withTarget(simTarget('T2')), good: () => cleanDoc() },
  { code: 'target-never-matches', bad: () => withT2(cond('MCC', '310'), cond('MCC', 'range:311,320')), good: () => withT2(cond('MCC', '310'), cond('MNC', 'range:1,20')) },
  { code: 'target-overlap-conflict', bad: () => withT2Variant('0', cond('MCC', 'range:300,319')), good: () => withT2Variant('0', cond('MCC', '311')) },
  { code: 'target-id-missing', bad: () => withTarget(target(undefined, state(cond('MCC', '311')))), good: () => withTarget(simTarget('T2')) },
  { code: 'target-id-empty', bad: () => withTarget(simTarget('')), good: () => withTarget(simTarget('T2')) },
  { code: 'condition-name-empty', bad: () => withT2(cond(undefined, '310')), good: () => withT2(cond('mcc', '310')) },
  { code: 'condition-name-not-xml', bad: () => withT1(cond('sim type', '1')), good: () => withT1(cond('sim_type', '1')) },
  {
    code: 'condition-name-duplicate',
    bad: () => withT1(cond('mcc', '311')),
    good: () => cleanDoc({ targets: { targets: [target('T1', state(cond('MCC', '310')), state(cond('mcc', '311')))] } }),
  },
  { code: 'condition-value-empty', bad: () => withT2(cond('MCC', undefined)), good: () => withT2(cond('MCC', undefined, 'true')) },
  { code: 'condition-value-invalid', bad: () => withT2(cond('MCC', '31')), good: () => withT2(cond('MCC', '!310')) },
  { code: 'condition-prefix-case', bad: () => withT2(cond('UIName', 'Range:1,2')), good: () => withT2(cond('UIName', 'range:1,2')) },
  { code: 'condition-prefix-invalid', bad: () => withT2(cond('MCC', 'Range:310,320')), good: () => withT2(cond('MCC', 'range:310,320')) },
  { code: 'condition-value-advice', bad: () => withT2(cond('MCC', 'range:320,310')), good: () => withT2(cond('MCC', 'range:310,320')) },
  { code: 'condition-wildcard-not-allowed', bad: () => withT2(cond('SPN', '', 'true')), good: () => withT2(cond('MNC', '', 'true')) },
  { code: 'condition-wildcard-with-value', bad: () => withT2(cond('MCC', '310', 'true')), good: () => withT2(cond('MCC', '310', 'false')) },
  { code: 'targetref-id-empty', bad: () => cleanDoc({ variants: [variant('V', [undefined])] }), good: () => cleanDoc({ variants: [variant('V', ['T1'])] }) },
  {
    code: 'targetref-unknown',
    bad: () => cleanDoc({ variants: [variant('V', [''])] }),
    good: () => cleanDoc({ targets: { targets: [simTarget('')] }, variants: [variant('V', [''])] }),
  },
];
