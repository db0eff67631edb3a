// Decoding a share link is untrusted input: a fragment longer than any link CAF Studio writes is refused before
// any decoding, a deflate bomb is refused at the cap, and whatever a fragment holds gives a value, never a throw.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { decodeShareFragment, MAX_FRAGMENT_CHARS, SHARE_LIMIT_BYTES, SHARE_PREFIX, shareFragment } from '../../src/lib/share-link.ts';
import { MAX_SLICE_OUTPUT } from '../../src/lib/share-inflate.ts';
import { MAX_IMPORT_BYTES } from '../../src/xml/import-limits.ts';

const base64url = (b: Uint8Array) => Buffer.from(b).toString('base64url');

/** Pseudo-random bytes (xorshift): they do not compress. */
function noise(n: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    out[i] = seed & 0xff;
  }
  return out;
}

describe('decodeShareFragment', () => {
  it('refuses a fragment longer than CAF Studio writes before decoding it, saying its size and the limit', async () => {
    // Valid data that would inflate fine: it is never inflated.
    const fragment = SHARE_PREFIX + base64url(deflateSync(noise(60_000), { level: 0 }));
    expect(fragment.length).toBeGreaterThan(MAX_FRAGMENT_CHARS);
    let inflated = 0;
    const r = await decodeShareFragment(fragment, { inflate: { onChunk: (c) => (inflated += c.length) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/carries 78 kB .* at most 64 kB/) } });
    expect(inflated).toBe(0);
    // Not even read as base64url: 1.4 MB of what is not base64url at all gets the size refusal too.
    expect(await decodeShareFragment(SHARE_PREFIX + '!'.repeat(1_400_000))).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('opens the longest fragment CAF Studio writes', async () => {
    // Stored (level 0) noise: the deflated size is known, so the fragment is just under the limit.
    const data = noise(49_000, 7);
    const fragment = SHARE_PREFIX + base64url(deflateSync(data, { level: 0 }));
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    expect(fragment.length).toBeGreaterThan(SHARE_LIMIT_BYTES - 1024);
    const r = await decodeShareFragment(fragment);
    expect(r).toMatchObject({ ok: true, bytes: data.length });
    if (r?.ok) expect(new Uint8Array(await r.file.arrayBuffer())).toEqual(data);
  });

  it('refuses a deflate bomb (a 55 kB link holding 40 MB of spaces) as too large, stopping at the cap', async () => {
    const fragment = SHARE_PREFIX + base64url(deflateSync(new Uint8Array(40 * 1024 * 1024).fill(0x20), { level: 9 }));
    expect(fragment.length).toBeLessThanOrEqual(MAX_FRAGMENT_CHARS);
    let inflated = 0;
    const r = await decodeShareFragment(fragment, { inflate: { onChunk: (c) => (inflated += c.length) } });
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/more than 32 MB/) } });
    expect(inflated).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(inflated).toBeLessThanOrEqual(MAX_IMPORT_BYTES + MAX_SLICE_OUTPUT);
  });

  it('round-trips a link: its bytes are the UTF-8 of the XML', async () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations Name="設定 📱" />\n';
    const r = await decodeShareFragment(shareFragment(xml));
    expect(r).toMatchObject({ ok: true, bytes: strToU8(xml).length });
    if (r?.ok) expect(new TextDecoder().decode(await r.file.arrayBuffer())).toBe(xml);
  });

  it('refuses empty, damaged and cut links with a reason', async () => {
    expect(await decodeShareFragment('#share=')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(await decodeShareFragment('#share=ab+/')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/base64url/) } });
    const whole = shareFragment('<a>'.repeat(500) + '</a>'.repeat(500));
    expect(await decodeShareFragment(whole.slice(0, whole.length - 8))).toMatchObject({ ok: false, error: { message: expect.stringMatching(/decompressed/) } });
  });

  it('gives a value for any fragment, never an exception', async () => {
    const text = fc.string({ maxLength: 200 }).map((s) => SHARE_PREFIX + s);
    const alphabet = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
    const b64 = fc.array(alphabet, { maxLength: 400 }).map((cs) => SHARE_PREFIX + cs.join(''));
    const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => SHARE_PREFIX + base64url(b));
    // A valid link with bytes changed.
    const valid = deflateSync(strToU8('<ImageCustomizations Name="x"><Static/></ImageCustomizations>'), { level: 9 });
    const mutated = fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }).map((edits) => {
      const b = valid.slice();
      for (const [at, v] of edits) b[at] = v;
      return SHARE_PREFIX + base64url(b);
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, b64, bytes, mutated), async (fragment) => {
        const r = await decodeShareFragment(fragment);
        expect(r).not.toBeNull();
        if (r && !r.ok) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
