// Issue 18, property: generated documents (tests/support/arbitrary-doc.ts, trivia included) with hostile text in
// every attribute value survive serialize -> parse unchanged, and their text never becomes markup.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { arbAnswerFile } from '../support/arbitrary-doc.ts';
import { liveMarkup } from '../support/hostile-fixtures-script.ts';
import { checkProperty, tally, timed } from '../support/hostile-stats.ts';
import { hostileValue, withHostileValues } from '../support/hostile-strings.ts';
import { sameDocument } from '../support/hostile-open.ts';
import { stripKeys } from '../support/strip-keys.ts';

const t = tally('generated documents with hostile values: serialize -> parse');

describe('generated documents with hostile values', () => {
  it('serialize -> parse gives them back, and no value becomes markup', () => {
    checkProperty(
      t,
      fc.property(arbAnswerFile, fc.array(hostileValue, { minLength: 1, maxLength: 8 }), (generated, values) => {
        const doc = withHostileValues(generated, values);
        timed(t, values.join('|'), () => {
          const xml = toXml(doc);
          expect(liveMarkup(xml)).toBeNull();
          const back = fromXml(xml);
          if (!back.ok) {
            t.lost++;
            throw new Error(`refused: ${back.error.message}\n${xml}`);
          }
          if (!sameDocument(back.doc, doc)) t.lost++;
          expect(stripKeys(back.doc)).toEqual(stripKeys(doc));
        });
      }),
      150,
    );
  });
});
