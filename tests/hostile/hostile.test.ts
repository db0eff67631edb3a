// Issue 18, hostile fixtures: every file in tests/support/hostile-fixtures*.ts opened from its bytes as the page
// and the CLI open it (decode, then fromXml). Each is opened or refused as agreed, as a value (nothing throws),
// with line and column where the refusal has a position; what opens comes back equal from serialize -> parse.

import { describe, expect, it } from 'vitest';
import { fromXml } from '../../src/xml/parse.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { hostileFixtures } from '../support/hostile-fixtures.ts';
import { liveMarkup } from '../support/hostile-fixtures-script.ts';
import { isCrash, openBytes, sameDocument } from '../support/hostile-open.ts';
import { tally, timed } from '../support/hostile-stats.ts';
import { wrongOutcome } from '../support/hostile-verdict.ts';
import { stripKeys } from '../support/strip-keys.ts';

const t = tally('hostile fixtures');

describe('hostile fixtures', () => {
  it('are many, with unique names, and ten of them go through the page too', () => {
    expect(hostileFixtures.length).toBeGreaterThanOrEqual(50);
    expect(new Set(hostileFixtures.map((f) => f.name)).size).toBe(hostileFixtures.length);
    expect(hostileFixtures.filter((f) => f.nasty)).toHaveLength(10);
  });

  it.each(hostileFixtures.map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    const bytes = fixture.bytes();
    let result: ReturnType<typeof openBytes> | undefined;
    try {
      result = timed(t, name, () => openBytes(bytes));
    } catch (e) {
      t.crashes++;
      throw e;
    }
    if (isCrash(result)) t.crashes++;
    expect(isCrash(result), 'fromXml caught its own exception').toBe(false);
    expect(wrongOutcome(result, fixture.expect), fixture.about).toBeNull();
    if (!result.ok) return;

    // What opened is not lost: written out and read back, it is the same document, and it stays text.
    const xml = toXml(result.doc);
    const again = fromXml(xml);
    if (!again.ok || !sameDocument(again.doc, result.doc)) t.lost++;
    expect(again.ok ? 'ok' : `${again.error.code}: ${again.error.message.slice(0, 200)}`).toBe('ok');
    if (again.ok) expect(stripKeys(again.doc)).toEqual(stripKeys(result.doc));
    expect(liveMarkup(xml)).toBeNull();
  });
});
