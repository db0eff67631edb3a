// Inflating a share link's data with a hard cap: the input goes into fflate's streaming Inflate a small slice at
// a time, the output is counted as it comes, and the moment it passes the cap nothing more is inflated. A deflate
// bomb therefore costs at most the cap plus one slice's output, never what it would expand to. The work is cut
// into steps of a bounded output that each end with a pause (a macrotask), so the page is never blocked long.

import { Inflate } from 'fflate';

/** Deflated bytes pushed per slice (each yields at most MAX_SLICE_OUTPUT). */
export const INPUT_SLICE = 256;

/** DEFLATE never encodes more than 258 bytes in a (at least 2-bit) code: no input shrinks below 1/1032 of its size. */
export const MAX_DEFLATE_RATIO = 1032;

/**
 * The most one slice can add to the output: a byte of input yields at most MAX_DEFLATE_RATIO bytes, and the input
 * carried over from the slice before (an unfinished code or block header, under 1 kB) is counted too.
 */
export const MAX_SLICE_OUTPUT = (INPUT_SLICE + 1024) * MAX_DEFLATE_RATIO;

/** Output inflated between two pauses at most (a few milliseconds of work)... */
export const STEP_OUTPUT = 1024 * 1024;
/** ...and the time spent inflating before a pause at most, as a slower machine reaches it first. */
const STEP_MS = 8;

export type CappedInflate =
  | { readonly ok: true; readonly chunks: readonly Uint8Array<ArrayBuffer>[]; readonly bytes: number }
  /** `produced`: the bytes inflated when it stopped (over `cap`, by at most MAX_SLICE_OUTPUT). */
  | { readonly ok: false; readonly reason: 'too-large'; readonly produced: number }
  | { readonly ok: false; readonly reason: 'damaged'; readonly produced: number };

export interface InflateOptions {
  /** Called with each piece of output as it is made, the one that passes the cap included (none after it). */
  readonly onChunk?: (chunk: Uint8Array) => void;
  /** Awaited between steps; a macrotask by default. */
  readonly pause?: () => Promise<void>;
}

/** A macrotask without setTimeout's 4 ms clamp on nested timers (many steps would add up). */
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      channel.port2.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Inflates raw DEFLATE data, refusing it as soon as its output passes `cap` bytes. Never throws. */
export async function inflateCapped(deflated: Uint8Array, cap: number, options: InflateOptions = {}): Promise<CappedInflate> {
  const pause = options.pause ?? macrotask;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let stepped = 0;
  let stepStart = performance.now();
  let over = false;
  let complete = false;
  const stream = new Inflate((chunk, final) => {
    if (over) return;
    options.onChunk?.(chunk);
    bytes += chunk.length;
    stepped += chunk.length;
    if (bytes > cap) {
      over = true;
      chunks.length = 0; // nothing of a refused link is kept
      return;
    }
    if (chunk.length > 0) chunks.push(chunk as Uint8Array<ArrayBuffer>); // fflate's output owns its buffer
    if (final) complete = true;
  });
  try {
    for (let at = 0; at < deflated.length && !over; at += INPUT_SLICE) {
      const end = Math.min(deflated.length, at + INPUT_SLICE);
      stream.push(deflated.subarray(at, end), end === deflated.length);
      if (!over && (stepped >= STEP_OUTPUT || performance.now() - stepStart >= STEP_MS)) {
        stepped = 0;
        await pause();
        stepStart = performance.now();
      }
    }
  } catch {
    return { ok: false, reason: 'damaged', produced: bytes };
  }
  if (over) return { ok: false, reason: 'too-large', produced: bytes };
  if (!complete) return { ok: false, reason: 'damaged', produced: bytes };
  return { ok: true, chunks, bytes };
}
