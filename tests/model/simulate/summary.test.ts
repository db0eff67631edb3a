// The simulator page's helpers: the SIM fields a document calls for, and the summary that tells a saved SIM its
// result changed.

import { describe, expect, it } from 'vitest';
import { counterKeys } from '../../../src/model/ids.ts';
import { createFoundingDocument } from '../../../src/model/founding.ts';
import { targetList } from '../../../src/model/answer-file.ts';
import { addCondition, updateCondition } from '../../../src/model/conditions.ts';
import { setVariantName } from '../../../src/model/variants.ts';
import { simulate } from '../../../src/model/simulate/simulate.ts';
import { simFieldsOf, simulationSummary } from '../../../src/model/simulate/summary.ts';
import type { AnswerFile } from '../../../src/model/types.ts';

const keys = counterKeys('s');

/** The founding document with its target's MCC, MNC and SPN set. */
function operator(mnc = '410'): AnswerFile {
  let doc = createFoundingDocument(keys);
  const t = targetList(doc)[0]!;
  const st = t.states[0]!;
  const [mcc, mncC, spn] = st.conditions;
  doc = updateCondition(doc, t.key, st.key, mcc!.key, { value: '310' });
  doc = updateCondition(doc, t.key, st.key, mncC!.key, { value: mnc });
  return updateCondition(doc, t.key, st.key, spn!.key, { value: 'Contoso' });
}

const SIM = { values: { MCC: '310', MNC: '410', SPN: 'Contoso' } };

describe('simFieldsOf', () => {
  it('offers the SIM fields, then the other condition names in order of first use, ignoring case', () => {
    let doc = operator();
    const t = targetList(doc)[0]!;
    const st = t.states[0]!;
    doc = addCondition(doc, t.key, st.key, 's-a' as never, { name: 'ProcessorType', value: 'x' });
    doc = addCondition(doc, t.key, st.key, 's-b' as never, { name: 'mcc', value: '1' });
    doc = addCondition(doc, t.key, st.key, 's-c' as never, { name: 'PROCESSORTYPE', value: 'y' });
    doc = addCondition(doc, t.key, st.key, 's-d' as never, { name: ' ', value: 'y' });
    expect(simFieldsOf(doc)).toEqual(['MCC', 'MNC', 'SPN', 'GID1', 'ICCID', 'IMSI', 'UIName', 'ProcessorType']);
    expect(simFieldsOf(operator())).toEqual(['MCC', 'MNC', 'SPN', 'GID1', 'ICCID', 'IMSI', 'UIName']);
  });
});

describe('simulationSummary', () => {
  it('is the same for the same result and differs when an edit changes what the SIM gets', () => {
    const doc = operator();
    const before = simulationSummary(simulate(doc, SIM));
    expect(simulationSummary(simulate(doc, { values: { ...SIM.values } }))).toBe(before);
    // The target no longer matches.
    expect(simulationSummary(simulate(operator('411'), SIM))).not.toBe(before);
    // The variant's name is part of where a value comes from.
    expect(simulationSummary(simulate(setVariantName(doc, doc.variants[0]!.key, 'Renamed'), SIM))).not.toBe(before);
    // An unknown value makes "may match": another result.
    expect(simulationSummary(simulate(doc, { values: { MCC: '310', MNC: '410' } }))).not.toBe(before);
  });

  it('does not change with an edit that changes nothing the SIM gets', () => {
    const doc = operator();
    const other = { ...doc, description: 'Another description' };
    expect(simulationSummary(simulate(other, SIM))).toBe(simulationSummary(simulate(doc, SIM)));
  });
});
