import { describe, expect, it } from 'vitest';
import { checkShareFragment, decodeShareFragment, fragmentLength, fragmentLowerBound, SHARE_LIMIT_BYTES, SHARE_PREFIX, shareFragment, shareLink } from '../../src/lib/share-link.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { counterKeys } from '../../src/model/ids.ts';
import { stripKeys } from '../support/strip-keys.ts';

/** The text a decoded link carries (its bytes are UTF-8), or its refusal. */
async function textOf(hash: string) {
  const r = await decodeShareFragment(hash);
  if (!r?.ok) return r;
  return { ok: true, xml: new TextDecoder().decode(await r.file.arrayBuffer()) };
}

describe('share links', () => {
  it('carry Japanese and emoji text through deflate and base64url unchanged', async () => {
    const doc = { ...createFoundingDocument(counterKeys()), name: '設定ファイル', description: 'テスト 📱✉️ — ünïcödé' };
    const xml = toXml(doc);
    const fragment = shareFragment(xml);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(fragment.slice(SHARE_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = await textOf(fragment);
    expect(back).toEqual({ ok: true, xml });
    const parsed = fromXml(back?.ok ? back.xml : '', { keys: counterKeys('p') });
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(stripKeys(parsed.doc)).toEqual(stripKeys(doc));
  });

  it('compress: a repetitive document of several times the limit still fits', () => {
    const xml = `<a>${'<Setting Name="x" Value="y" />'.repeat(10_000)}</a>`;
    expect(xml.length).toBeGreaterThan(4 * SHARE_LIMIT_BYTES);
    expect(shareFragment(xml).length).toBeLessThan(SHARE_LIMIT_BYTES);
  });

  it('replace the fragment of the page address', () => {
    expect(shareLink('http://h/app/#share=old', 'x')).toBe(`http://h/app/${shareFragment('x')}`);
  });

  it('ignore other fragments and report damaged data without throwing', async () => {
    expect(await decodeShareFragment('#other')).toBeNull();
    expect(await decodeShareFragment('#share=')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(await decodeShareFragment('#share=not base64!')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/base64url/) } });
    expect(await decodeShareFragment('#share=A')).toMatchObject({ ok: false, error: { message: expect.stringMatching(/base64url/) } }); // 6 bits: no byte
    const cut = shareFragment(toXml(createFoundingDocument(counterKeys()))).slice(0, SHARE_PREFIX.length + 40); // whole base64 quads: valid base64, cut deflate data
    expect(await decodeShareFragment(cut)).toMatchObject({ ok: false, error: { code: 'not-well-formed', message: expect.stringMatching(/decompressed/) } });
  });

  it('check their size off the page: the same fragment as shareFragment, or its exact length when too large', async () => {
    const small = `<a>${'<Setting Name="x" Value="y" />'.repeat(1000)}</a>`;
    expect(await checkShareFragment([small])).toEqual({ ok: true, fragment: shareFragment(small), bytes: shareFragment(small).length });
    let seed = 0x2545f491;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0).toString(16).padStart(8, '0');
    };
    const noise = Array.from({ length: 20_000 }, next).join('');
    expect(await checkShareFragment([noise])).toEqual({ ok: false, bytes: shareFragment(noise).length });
  });

  it('judge a long document by its start when the start alone is far over the limit', async () => {
    let seed = 0x1f123bb5;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0).toString(16).padStart(8, '0');
    };
    // 3.2 MB of noise: its first 1 MB alone deflates to several times the limit.
    const noise = Array.from({ length: 400_000 }, next).join('');
    const r = await checkShareFragment([noise]);
    expect(r).toMatchObject({ ok: false, atLeast: true });
    expect(r.bytes).toBeGreaterThan(SHARE_LIMIT_BYTES);
    expect(r.bytes).toBeLessThanOrEqual(shareFragment(noise).length);
    // A long but very repetitive document is still judged whole, and fits.
    const repetitive = 'a'.repeat(3_000_000);
    expect(await checkShareFragment([repetitive])).toEqual({ ok: true, fragment: shareFragment(repetitive), bytes: shareFragment(repetitive).length });
  });

  it('judge a text given in pieces as the joined text: streamed a chunk at a time, stopped once over the limit', async () => {
    const small = ['<a>', ...Array.from({ length: 1000 }, () => '<Setting Name="x" Value="y" />'), '</a>'];
    const joined = small.join('');
    expect(await checkShareFragment(small)).toEqual({ ok: true, fragment: shareFragment(joined), bytes: shareFragment(joined).length });
    let seed = 0x0badcafe;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0).toString(16).padStart(8, '0');
    };
    // 1.5 MB that compresses well, then 2 MB of noise (8 characters a piece): over the limit, found in the stream.
    const pieces = ['a'.repeat(1_500_000), ...Array.from({ length: 250_000 }, next)];
    const r = await checkShareFragment(pieces);
    expect(r).toMatchObject({ ok: false, atLeast: true });
    expect(r.bytes).toBeGreaterThan(SHARE_LIMIT_BYTES);
    expect(r.bytes).toBeLessThanOrEqual(shareFragment(pieces.join('')).length * 1.01);
    // Too long to fit even at DEFLATE's best ratio: judged from the lengths alone.
    const huge = Array.from({ length: 80 }, () => 'a'.repeat(1_000_000));
    expect(await checkShareFragment(huge)).toEqual({ ok: false, bytes: fragmentLowerBound(80_000_000), atLeast: true });
  });

  it('know the fragment length from the deflated size, and a bound no fragment is below', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100, 101, 102]) {
      const base64 = Buffer.from(new Uint8Array(n)).toString('base64url');
      expect(fragmentLength(n)).toBe(SHARE_PREFIX.length + base64.length);
    }
    const xml = 'a'.repeat(1_000_000);
    expect(fragmentLowerBound(xml.length)).toBeLessThanOrEqual(shareFragment(xml).length);
  });
});
