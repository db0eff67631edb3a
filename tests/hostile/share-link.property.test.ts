// Issue 18, fuzz: random share-link fragments are refused cleanly. Whatever follows `#share=` (random text,
// random bytes deflated, real links damaged, deflate bombs), decodeShareFragment answers with a value, never
// throws, and what it lets through is opened or refused by fromXml as a value.

import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, SHARE_PREFIX, shareFragment } from '../../src/lib/share-link.ts';
import { isCrash, openBytes } from '../support/hostile-open.ts';
import { checkAsyncProperty, record, tally } from '../support/hostile-stats.ts';

/** decodeShareFragment, then the bytes it lets through opened as a file is (decode + fromXml), as the page does. */
async function openLink(hash: string): Promise<{ ok: boolean; message: string }> {
  const decoded = await decodeShareFragment(hash);
  if (decoded === null) throw new Error('a #share= fragment was not taken for a share link');
  if (!decoded.ok) {
    expect(decoded.error.message.trim()).not.toBe('');
    return { ok: false, message: decoded.error.message };
  }
  const parsed = openBytes(new Uint8Array(await decoded.file.arrayBuffer()));
  expect(isCrash(parsed), 'fromXml caught its own exception').toBe(false);
  return parsed.ok ? { ok: true, message: '' } : { ok: false, message: parsed.error.message };
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const golden = new URL('../fixtures/golden/', import.meta.url);
const links = readdirSync(golden).map((f) => shareFragment(readFileSync(new URL(f, golden), 'utf8')).slice(SHARE_PREFIX.length));

const t = tally('random share-link fragments');

async function tried(label: string, hash: string): Promise<void> {
  const start = performance.now();
  try {
    await openLink(hash);
  } catch (e) {
    t.crashes++;
    throw e;
  } finally {
    record(t, label, performance.now() - start);
  }
}

describe('random share-link fragments', () => {
  it('random text after #share= is refused cleanly', async () => {
    const text = fc.oneof(fc.string({ unit: fc.constantFrom(...B64URL), maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 100 }));
    await checkAsyncProperty(t, fc.asyncProperty(text, (s) => tried(`text ${s.slice(0, 40)}`, SHARE_PREFIX + s)), 300);
  });

  it('random bytes, deflated as a link carries them, are refused or opened as a value', async () => {
    await checkAsyncProperty(
      t,
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const deflated = deflateSync(bytes);
        let bin = '';
        for (const b of deflated) bin += String.fromCharCode(b);
        const hash = SHARE_PREFIX + btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        return tried(`deflated ${bytes.length} random bytes`, hash);
      }),
      200,
    );
  });

  it('real links, damaged (characters changed, cut, repeated), are refused cleanly', async () => {
    const damaged = fc
      .tuple(fc.nat({ max: links.length - 1 }), fc.nat(), fc.constantFrom(...B64URL), fc.constantFrom('change', 'cut', 'repeat'), fc.integer({ min: 1, max: 200 }))
      .map(([i, at, ch, op, n]) => {
        const link = links[i];
        const p = at % link.length;
        if (op === 'change') return link.slice(0, p) + ch + link.slice(p + 1);
        if (op === 'cut') return link.slice(0, p);
        return link.slice(0, p) + link.slice(p, p + n).repeat(3) + link.slice(p);
      });
    await checkAsyncProperty(t, fc.asyncProperty(damaged, (s) => tried(`damaged link ${s.length} chars`, SHARE_PREFIX + s)), 300);
  });

  it('a deflate bomb (40 MB of zeros in a link under the size limit) is refused with a message', async () => {
    const bomb = new Uint8Array(40 * 1024 * 1024);
    const hash = shareFragment('').slice(0, SHARE_PREFIX.length) + (() => {
      const d = deflateSync(bomb, { level: 9 });
      let bin = '';
      for (let i = 0; i < d.length; i += 0x8000) bin += String.fromCharCode(...d.subarray(i, i + 0x8000));
      return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    })();
    expect(hash.length).toBeLessThan(64 * 1024);
    const r = await openLink(hash);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/\S/);
  });

  it('a link carrying a hostile document is refused like the file (3,000 levels, DOCTYPE)', async () => {
    // 3,000 levels in a 345-character link took the app down before issue 18.
    const deep = `<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate">${'<a>'.repeat(3000)}${'</a>'.repeat(3000)}</ImageCustomizations>`;
    const deepLink = await openLink(shareFragment(deep));
    expect(deepLink.ok).toBe(false);
    expect(deepLink.message).toMatch(/256/);
    const bomb = await openLink(shareFragment('<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>'));
    expect(bomb).toMatchObject({ ok: false, message: expect.stringMatching(/DOCTYPE/) });
  });
});
