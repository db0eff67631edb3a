// Issue 18, fuzz: real answer files with bytes flipped, cut, removed, duplicated, spliced from another file or
// given hostile tokens never make decode + fromXml throw or hang; a refusal is a known code with a message and a
// position inside the text; what opens stays within the limits and comes back equal from serialize -> parse.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ATTRIBUTES, MAX_DEPTH, MAX_NAME_CHARS } from '../../src/xml/import-limits.ts';
import { fromXml } from '../../src/xml/parse.ts';
import type { ImportErrorCode, ParseResult } from '../../src/xml/parse-types.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { corpus, describeMutant, mutant } from '../support/hostile-mutations.ts';
import { decodeBytes, isCrash, openBytes, sameDocument } from '../support/hostile-open.ts';
import { checkProperty, tally, timed } from '../support/hostile-stats.ts';
import { stripKeys } from '../support/strip-keys.ts';

const CODES: readonly ImportErrorCode[] = [
  'empty', 'too-large', 'not-well-formed', 'doctype', 'wcd-format', 'oem-package-format', 'wrong-namespace', 'wrong-root',
  'too-deep', 'too-many-attributes', 'name-too-long', 'invalid-bytes', 'unsupported-encoding',
];

/** The deepest unknown-element nesting, the most attributes on one element and the longest name in a document. */
function extent(v: unknown, depth = 0): { depth: number; attrs: number; name: number } {
  const out = { depth, attrs: 0, name: 0 };
  const visit = (x: unknown, d: number) => {
    const e = extent(x, d);
    out.depth = Math.max(out.depth, e.depth);
    out.attrs = Math.max(out.attrs, e.attrs);
    out.name = Math.max(out.name, e.name);
  };
  if (Array.isArray(v)) v.forEach((x) => visit(x, depth));
  else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const list of [o.attrs, o.extraAttrs]) {
      if (!Array.isArray(list)) continue;
      out.attrs = Math.max(out.attrs, list.length);
      for (const a of list as { name: string }[]) out.name = Math.max(out.name, a.name.length);
    }
    if (o.kind === 'element' && typeof o.name === 'string') out.name = Math.max(out.name, o.name.length);
    if (o.kind === 'pi' && typeof o.target === 'string') out.name = Math.max(out.name, o.target.length);
    for (const [k, x] of Object.entries(o)) if (k !== 'attrs' && k !== 'extraAttrs') visit(x, k === 'children' ? depth + 1 : depth);
  }
  return out;
}

const lines = (text: string) => text.split(/\r\n|\r|\n/).length;
const t = tally('mutated fixtures: decode + fromXml');

function judge(bytes: Uint8Array, result: ParseResult): void {
  expect(isCrash(result), 'fromXml caught its own exception').toBe(false);
  if (!result.ok) {
    const { error } = result;
    expect(CODES).toContain(error.code);
    expect(error.message.trim()).not.toBe('');
    if (error.line !== undefined) {
      const decoded = decodeBytes(bytes);
      expect(error.line).toBeGreaterThanOrEqual(1);
      if (decoded.ok) expect(error.line).toBeLessThanOrEqual(lines(decoded.text) + 1);
      expect(error.column ?? 1).toBeGreaterThanOrEqual(1);
    }
    return;
  }
  // `depth` counts the nesting below the outermost unknown element; with the root above it, that many levels at least.
  const e = extent(result.doc);
  expect(e.depth + 2).toBeLessThanOrEqual(MAX_DEPTH);
  expect(e.attrs).toBeLessThanOrEqual(MAX_ATTRIBUTES);
  expect(e.name).toBeLessThanOrEqual(MAX_NAME_CHARS);
  const back = fromXml(toXml(result.doc));
  if (!back.ok || !sameDocument(back.doc, result.doc)) t.lost++;
  expect(back.ok ? 'ok' : back.error.message).toBe('ok');
  if (back.ok) expect(stripKeys(back.doc)).toEqual(stripKeys(result.doc));
}

describe('mutated fixtures', () => {
  it('come from a corpus of real answer files in several encodings', () => {
    expect(corpus.length).toBeGreaterThan(100);
    expect(corpus.some((c) => c.bytes[0] === 0xff && c.bytes[1] === 0xfe)).toBe(true);
  });

  it('never make the parser throw, hang or exceed its limits; what opens round-trips', () => {
    checkProperty(
      t,
      fc.property(mutant, (m) => {
        let result: ParseResult;
        try {
          result = timed(t, describeMutant(m), () => openBytes(m.bytes));
        } catch (e) {
          t.crashes++;
          throw e;
        }
        if (isCrash(result)) t.crashes++;
        judge(m.bytes, result);
      }),
      300,
    );
  });
});
