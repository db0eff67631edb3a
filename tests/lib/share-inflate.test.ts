// Inflating a link's data with a hard cap: a deflate bomb stops at the cap (plus at most one slice), the work
// pauses after every bounded step, and damaged data is a value, never an exception.

import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { inflateCapped, MAX_SLICE_OUTPUT, STEP_OUTPUT } from '../../src/lib/share-inflate.ts';
import { MAX_IMPORT_BYTES } from '../../src/xml/import-limits.ts';

const spaces = (n: number) => new Uint8Array(n).fill(0x20);

describe('inflateCapped', () => {
  it('stops a deflate bomb (40 MB of spaces) the moment its output passes the cap', async () => {
    const bomb = deflateSync(spaces(40 * 1024 * 1024), { level: 9 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    let seen = 0;
    let biggest = 0;
    const r = await inflateCapped(bomb, MAX_IMPORT_BYTES, {
      onChunk: (c) => {
        seen += c.length;
        biggest = Math.max(biggest, c.length);
      },
    });
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    if (r.ok) return;
    expect(r.produced).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(r.produced).toBeLessThanOrEqual(MAX_IMPORT_BYTES + MAX_SLICE_OUTPUT);
    // Everything inflated went through the sink: nothing was made past the cap's slice.
    expect(seen).toBe(r.produced);
    expect(biggest).toBeLessThanOrEqual(MAX_SLICE_OUTPUT);
  });

  it('pauses after every bounded step of output, so no step is long', async () => {
    const data = deflateSync(spaces(20 * 1024 * 1024), { level: 9 });
    let sincePause = 0;
    let longest = 0;
    let pauses = 0;
    const r = await inflateCapped(data, MAX_IMPORT_BYTES, {
      onChunk: (c) => {
        sincePause += c.length;
        longest = Math.max(longest, sincePause);
      },
      pause: async () => {
        pauses++;
        sincePause = 0;
      },
    });
    expect(r).toMatchObject({ ok: true, bytes: 20 * 1024 * 1024 });
    expect(longest).toBeLessThanOrEqual(STEP_OUTPUT + MAX_SLICE_OUTPUT);
    // At least one pause per step's worth of output (more on a slow machine, which also pauses on time).
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((20 * 1024 * 1024) / (STEP_OUTPUT + MAX_SLICE_OUTPUT)));
  });

  it('gives back exactly what was deflated, in pieces', async () => {
    const text = 'Sägen 📱 '.repeat(50_000);
    const r = await inflateCapped(deflateSync(strToU8(text), { level: 9 }), MAX_IMPORT_BYTES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const whole = new Uint8Array(r.bytes);
    let at = 0;
    for (const c of r.chunks) {
      whole.set(c, at);
      at += c.length;
    }
    expect(at).toBe(r.bytes);
    expect(new TextDecoder().decode(whole)).toBe(text);
  });

  it('accepts output of exactly the cap and refuses one byte more', async () => {
    const data = deflateSync(spaces(100_000), { level: 9 });
    expect(await inflateCapped(data, 100_000)).toMatchObject({ ok: true, bytes: 100_000 });
    expect(await inflateCapped(data, 99_999)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('reports cut, garbage and empty data as damaged', async () => {
    const data = deflateSync(strToU8('<a>hello</a>'.repeat(1000)), { level: 9 });
    expect(await inflateCapped(data.subarray(0, data.length - 4), MAX_IMPORT_BYTES)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await inflateCapped(new Uint8Array([0xff, 0xff, 0xff, 0xff]), MAX_IMPORT_BYTES)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await inflateCapped(new Uint8Array(0), MAX_IMPORT_BYTES)).toMatchObject({ ok: false, reason: 'damaged' });
  });
});
