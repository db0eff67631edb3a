// Byte mutations of real answer files (tests/fixtures): flipped, cut, removed, duplicated, spliced from another
// file, or given a hostile token, as fast-check arbitraries over the fixture corpus.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { concat, utf8 } from './hostile-bytes.ts';

function xmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? xmlFiles(join(dir, e.name)) : e.name.endsWith('.xml') ? [join(dir, e.name)] : [],
  );
}

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** Every answer file the tests hold (golden, import, agreement: UTF-8, UTF-16 and UTF-32 among them). */
export const corpus: readonly { readonly name: string; readonly bytes: Uint8Array }[] = xmlFiles(root).map((f) => ({
  name: f.slice(root.length),
  bytes: new Uint8Array(readFileSync(f)),
}));

const TOKENS: readonly Uint8Array[] = [
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '&#1;', '&#x0;', '<', '>', '&', ']]>', '<!--', '--', '-->', '<![CDATA[', '?>',
  '<?xml version="1.0"?>', 'xmlns="urn:other"', 'xmlns:p="urn:p" p:a="1"', 'q:', '"', "'", '=', '\r', '\r\n', '\u00a0', '\ufeff',
  '<a>'.repeat(300), `${'<a>'.repeat(300)}${'</a>'.repeat(300)}`, `<m ${Array.from({ length: 1100 }, (_v, i) => `b${i}=""`).join(' ')} />`,
  ` ${Array.from({ length: 1100 }, (_v, i) => `b${i}=""`).join(' ')} `, `<${'n'.repeat(1100)}/>`,
].map(utf8).concat([[0], [0xff], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]].map((b) => Uint8Array.from(b)));

type Mutation =
  | { readonly op: 'flip'; readonly at: number; readonly byte: number }
  | { readonly op: 'cut'; readonly at: number }
  | { readonly op: 'remove'; readonly at: number; readonly length: number }
  | { readonly op: 'duplicate'; readonly at: number; readonly length: number; readonly times: number }
  | { readonly op: 'splice'; readonly at: number; readonly from: number; readonly start: number; readonly length: number }
  /** `snap`: right after the next `>`, where markup that is whole on its own keeps the file well-formed. */
  | { readonly op: 'token'; readonly at: number; readonly token: number; readonly snap: boolean };

/** A place in the file as a fraction of its length (fc.double would favour 0 and 1). */
const at = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);
const length = fc.integer({ min: 1, max: 400 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('cut' as const), at }),
  fc.record({ op: fc.constant('remove' as const), at, length }),
  fc.record({ op: fc.constant('duplicate' as const), at, length, times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ op: fc.constant('splice' as const), at, from: fc.nat(), start: at, length }),
  fc.record({ op: fc.constant('token' as const), at, token: fc.nat({ max: TOKENS.length - 1 }), snap: fc.boolean() }),
);

function apply(b: Uint8Array, m: Mutation): Uint8Array {
  const i = Math.floor(m.at * b.length);
  switch (m.op) {
    case 'flip': {
      const out = b.slice();
      if (i < out.length) out[i] = m.byte;
      return out;
    }
    case 'cut':
      return b.slice(0, i);
    case 'remove':
      return concat(b.subarray(0, i), b.subarray(i + m.length));
    case 'duplicate': {
      const piece = b.subarray(i, i + m.length);
      return concat(b.subarray(0, i + piece.length), ...Array.from({ length: m.times }, () => piece), b.subarray(i + piece.length));
    }
    case 'splice': {
      const other = corpus[m.from % corpus.length].bytes;
      const s = Math.floor(m.start * other.length);
      return concat(b.subarray(0, i), other.subarray(s, s + m.length), b.subarray(i));
    }
    case 'token': {
      const j = m.snap ? b.indexOf(0x3e, i) + 1 || i : i;
      return concat(b.subarray(0, j), TOKENS[m.token], b.subarray(j));
    }
  }
}

export interface Mutant {
  readonly source: string;
  readonly mutations: readonly Mutation[];
  readonly bytes: Uint8Array;
}

/** A fixture with one to three mutations applied in turn. */
export const mutant: fc.Arbitrary<Mutant> = fc
  .tuple(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([index, mutations]) => {
    const m = { source: corpus[index].name, mutations, bytes: mutations.reduce(apply, corpus[index].bytes) };
    // fast-check prints a counterexample by this, not by its (large) bytes
    return Object.assign(m, { [fc.toStringMethod]: () => describeMutant(m) });
  });

export function describeMutant(m: Mutant): string {
  return `${m.source} (${m.bytes.length} bytes) ${JSON.stringify(m.mutations)}`;
}
