// The share-size check's deflating, as the share worker does it: the request desk, the port protocol (a stand-in
// port answering asynchronously, as a worker does), a worker that breaks, and the text chunks streamed to it.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { DeflateDesk, SHARE_LEVEL, type DeflateReply, type DeflateRequest } from '../../src/lib/share-deflate.ts';
import { pageDeflater, portDeflater, type DeflatePort } from '../../src/lib/share-deflater.ts';
import { checkShareFragment, SHARE_LIMIT_BYTES, shareFragment, textChunks } from '../../src/lib/share-link.ts';

/** A port answered by a desk a macrotask later, copying messages as postMessage would; `breakAfter` requests. */
function standInPort(breakAfter = Infinity): DeflatePort & { readonly requests: DeflateRequest[] } {
  const desk = new DeflateDesk();
  const requests: DeflateRequest[] = [];
  let reply: (r: DeflateReply) => void = () => {};
  let broken: () => void = () => {};
  return {
    requests,
    post(req) {
      requests.push(req);
      const copy = structuredClone(req);
      setTimeout(() => {
        if (requests.length > breakAfter) return broken();
        const r = desk.handle(copy);
        if (r) reply(structuredClone(r));
      }, 0);
    },
    listen(onReply, onBroken) {
      reply = onReply;
      broken = onBroken;
    },
  };
}

function hexNoise(n: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    out.push((seed >>> 0).toString(16).padStart(8, '0'));
  }
  return out.join('');
}

describe('the share deflater', () => {
  it('deflates a whole text exactly as deflateSync, and streams report their output length so far', () => {
    const desk = new DeflateDesk();
    const data = strToU8('<Setting Name="x" Value="y" />'.repeat(5000));
    expect(desk.handle({ id: 1, kind: 'whole', data })).toEqual({ id: 1, kind: 'whole', deflated: deflateSync(data, { level: SHARE_LEVEL }) });
    const noise = strToU8(hexNoise(100_000, 3));
    const lengths = [0, 1, 2, 3].map((i) => desk.handle({ id: 2, kind: 'chunk', data: noise.subarray(i * 100_000, (i + 1) * 100_000), final: i === 3 }));
    const sizes = lengths.map((r) => (r?.kind === 'chunk' ? r.length : -1));
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(sizes[3]).toBeGreaterThan(100_000); // hex noise: about half its size
    // A finished stream is gone: the same id starts afresh.
    expect(desk.handle({ id: 2, kind: 'chunk', data: new Uint8Array(0), final: true })).toMatchObject({ kind: 'chunk' });
  });

  it('through a worker-like port gives the same verdicts as on the page, and stops a stream once over the limit', async () => {
    const small = `<a>${'<Setting Name="x" Value="y" />'.repeat(1000)}</a>`;
    const port = standInPort();
    const viaPort = portDeflater(port);
    expect(await checkShareFragment([small], viaPort)).toEqual(await checkShareFragment([small], pageDeflater()));
    expect(await checkShareFragment([small], viaPort)).toEqual({ ok: true, fragment: shareFragment(small), bytes: shareFragment(small).length });
    // 3.2 MB of noise: judged from its start; the stream is ended after a few chunks, not pushed to the end.
    const noise = hexNoise(400_000, 0x1f123bb5);
    port.requests.length = 0;
    const r = await checkShareFragment([noise], viaPort);
    expect(r).toMatchObject({ ok: false, atLeast: true });
    expect(r.bytes).toBeGreaterThan(SHARE_LIMIT_BYTES);
    const chunks = port.requests.filter((q) => q.kind === 'chunk');
    expect(chunks.length).toBeLessThan(noise.length / (256 * 1024));
    expect(chunks.some((q) => q.kind === 'chunk' && q.final)).toBe(false);
    expect(port.requests.at(-1)).toMatchObject({ kind: 'end' });
  });

  it('falls back to the page when the worker breaks, with the same verdict', async () => {
    const text = `<a>${'<Setting Name="x" Value="y" />'.repeat(1000)}</a>`;
    const deflater = portDeflater(standInPort(0));
    expect(await checkShareFragment([text], deflater)).toEqual({ ok: true, fragment: shareFragment(text), bytes: shareFragment(text).length });
    expect(deflater.broken()).toBe(true);
    // Broken for good: later requests are refused at once, and the check still answers.
    await expect(deflater.whole(new Uint8Array(3))).rejects.toThrow(/stopped/);
    const long = 'a'.repeat(2_000_000);
    expect(await checkShareFragment([long], deflater)).toEqual({ ok: true, fragment: shareFragment(long), bytes: shareFragment(long).length });
  });

  it('streams text in chunks that join to the text, none longer than asked, no surrogate pair split', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'é', '📱', '<', ' '), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 2, max: 40 }), (pieces, size) => {
        const chunks = [...textChunks(pieces, size)];
        expect(chunks.join('')).toBe(pieces.join(''));
        for (const c of chunks) {
          expect(c.length).toBeLessThanOrEqual(size);
          expect(/[\uD800-\uDBFF]$/.test(c)).toBe(false);
        }
        expect(chunks.every((c) => c.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
