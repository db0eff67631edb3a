// Issue 21: reverting one change of a diff undoes that change and nothing else. For generated documents and random
// edit scripts played through the model's edit functions (as the editor makes them), every change of
// diffDocuments(before, after) is reverted in turn: the diff of the result lists every other change as it was, and
// not that one.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/model/diff/change.ts';
import { diffDocuments } from '../../../src/model/diff/diff.ts';
import { revertChange } from '../../../src/model/diff/revert.ts';
import { counterKeys } from '../../../src/model/ids.ts';
import { arbAnswerFile } from '../../support/arbitrary-doc.ts';
import { arbEditStep, playEdits } from '../../support/doc-edits.ts';

const facts = (c: Change) => JSON.stringify([c.id, c.kind, c.before, c.after, c.meaningful, c.ref]);

describe('revertChange', () => {
  it('undoes exactly the one change: every other change is still listed, that one is not', () => {
    fc.assert(
      fc.property(arbAnswerFile, fc.array(arbEditStep, { minLength: 1, maxLength: 6 }), (before, script) => {
        const after = playEdits(before, script, counterKeys('e'));
        const changes = diffDocuments(before, after);
        for (const change of changes) {
          const result = revertChange(after, before, change, counterKeys('r'));
          const left = diffDocuments(before, result).map(facts).sort();
          // The rest in any order: putting something back may put the change of another element before or after it.
          expect(left).toEqual(changes.filter((c) => c !== change).map(facts).sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
