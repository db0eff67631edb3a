// Properties: untrusted documents never make the simulator, the witness search or the test plan throw; a SIM the
// witness search finds always matches; a proof of "never" holds for every value tried.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSim } from '../../../src/model/simulate/witness.ts';
import { simulate } from '../../../src/model/simulate/simulate.ts';
import { testPlan } from '../../../src/model/simulate/testplan.ts';
import { testPlanCsv, testPlanMarkdown } from '../../../src/model/simulate/testplan-render.ts';
import { matchTarget } from '../../../src/model/simulate/target-match.ts';
import { simValues } from '../../../src/model/simulate/sim-input.ts';
import type { Condition } from '../../../src/model/types.ts';
import { arbAnswerFile } from '../../support/arbitrary-doc.ts';
import { state, target } from '../validate/fixtures.ts';

const name = fc.constantFrom('MCC', 'mcc', 'MNC', 'SPN', 'ICCID');
const body = fc.oneof(
  fc.constantFrom('310', '311', '0310', '-1', '', 'x', '3\\d\\d', '31[0-2]', '(a|b)+', '[^0-9]', '.*', '^31$', '(?i)x', '(?>a)'),
  fc.bigInt({ min: -5n, max: 400n }).chain((a) => fc.bigInt({ min: a - 3n, max: a + 20n }).map((b) => `${a},${b}`)),
  fc.string({ maxLength: 6 }),
);
let n = 0;
const condition: fc.Arbitrary<Condition> = fc
  .tuple(name, fc.constantFrom('', '!'), fc.constantFrom('', 'pattern:', 'range:', 'Range:'), body, fc.constantFrom(undefined, undefined, undefined, 'true', 'x'))
  .map(([nm, bang, prefix, b, wild]) => ({ key: `p${++n}` as never, name: nm, value: bang + prefix + b, ...(wild ? { isWildCard: wild } : {}) }));

describe('simulator properties', () => {
  it('a SIM found matches; "never" holds for every probe value', () => {
    fc.assert(
      fc.property(fc.array(condition, { maxLength: 4 }), fc.array(fc.oneof(fc.constantFrom('310', '311', '0310', '320', 'x', ''), fc.bigInt({ min: -10n, max: 500n }).map(String)), { minLength: 1, maxLength: 5 }), (conditions, probes) => {
        const w = findSim(conditions);
        const t = target('T', state(...conditions));
        if (w.kind === 'sim') expect(matchTarget(t, simValues({ values: w.values })).outcome).toBe('match');
        if (w.kind === 'never') {
          for (const p of probes) {
            const values = Object.fromEntries(conditions.map((c) => [c.name ?? '', p]));
            expect(matchTarget(t, simValues({ values })).outcome).not.toBe('match');
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary documents', () => {
    fc.assert(
      fc.property(arbAnswerFile, fc.dictionary(fc.constantFrom('MCC', 'MNC', 'SPN', 'ICCID', 'IMSI', 'x'), fc.string({ maxLength: 8 })), (doc, values) => {
        const r = simulate(doc, { values });
        expect(r.targets).toHaveLength(doc.targets?.targets.length ?? 0);
        const plan = testPlan(doc);
        testPlanCsv(plan);
        testPlanMarkdown(plan);
      }),
      { numRuns: 60 },
    );
  });
});
