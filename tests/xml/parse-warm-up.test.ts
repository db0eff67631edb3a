// The import worker's warm-up file must take the parser's real path (known elements, no notes, no refusal):
// a warm-up that failed early would warm nothing up, silently.

import { describe, expect, it } from 'vitest';
import { fromXml } from '../../src/xml/parse.ts';
import { warmUp, warmUpText } from '../../src/xml/parse-warm-up.ts';
import { toXml } from '../../src/xml/serialize.ts';

describe('warmUpText', () => {
  it('is an answer file the parser takes whole, with comments, entities and every part kind of an import', () => {
    const text = warmUpText(7);
    const r = fromXml(text);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report).toEqual([]);
    expect(r.doc.targets?.targets).toHaveLength(7);
    expect(r.doc.variants).toHaveLength(7);
    expect(r.doc.variants[6].items[0]).toMatchObject({ kind: 'settings', entries: expect.any(Array) });
    expect(r.doc.variants[6].before).toEqual([{ kind: 'comment', text: ' variant 6 ' }]);
    expect(r.doc.targets?.targets[3].states[0].conditions[2].value).toBe('Carrier & Co 3');
    expect(toXml(r.doc)).toContain('<TargetRef Id="T6" />');
    expect(text.length / 7).toBeGreaterThan(1500);
  });

  it('warmUp parses one (every part streamed, as in an import) and serializes it', () => {
    expect(warmUp(3)).toBe(true);
  });
});
