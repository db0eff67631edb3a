// Strings a hostile sender would put in a value, as fast-check arbitraries, and a way to pour them into every
// attribute value of a generated document (tests/support/arbitrary-doc.ts makes the documents).

import fc from 'fast-check';
import type { AnswerFile } from '../../src/model/types.ts';
import { findBadXmlChar } from '../../src/model/xml-chars.ts';
import { SCRIPT_PAYLOADS } from './hostile-fixtures-script.ts';

const NASTY = [
  ...SCRIPT_PAYLOADS,
  ']]>',
  '--',
  '-->',
  '<!--',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY e "e">]>',
  '&xxe;',
  '&#1;',
  '&amp;lt;',
  '"\'<>&',
  '\r\n',
  '\r',
  '\t \n',
  ' lead and trail ',
  '\u0085\u2028\u2029',
  '\ufeff',
  '\ufffd',
  '\u00a0',
  '\u200b\u200e\u202e',
  '😀👍🏽',
  '$(__ICCID)',
  'xmlns',
  '%SystemRoot%\\..\\..',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  'a'.repeat(5000),
];

/** One piece: a nasty constant, or any text XML can carry (every Unicode plane, control characters excluded). */
const piece = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => {
    // XML cannot carry these, so no field takes them (tests/hostile/fields.property.test.ts checks that).
    let out = s;
    for (let bad = findBadXmlChar(out); bad; bad = findBadXmlChar(out)) out = out.slice(0, bad.index) + out.slice(bad.index + 1);
    return out;
  }),
);

/** A value XML can carry, built from hostile pieces. */
export const hostileValue: fc.Arbitrary<string> = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));

/** Any string at all: what a paste into a field could hold. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  hostileValue,
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 4 }),
  fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\ufffe', '\uffff', 'a'), maxLength: 4 }),
);

/** Attribute fields of the model (see src/model/types.ts), on every kind of entity. */
export const ATTRIBUTE_FIELDS = new Set([
  'name', 'description', 'owner', 'ownerType', 'priority', 'source', 'id', 'value', 'isWildCard', 'path', 'type',
  'targetFileName', 'displayName', 'license', 'provXml', 'targetPartition',
]);
/** Lists of trivia: kept as parsed, with their own canonical form (arbitrary-doc.ts); left alone. */
const TRIVIA = new Set(['before', 'end', 'inner', 'prolog', 'epilog']);

/** `doc` with every present attribute value (extra attributes included) replaced by the next of `values`, in turn. */
export function withHostileValues(doc: AnswerFile, values: readonly string[]): AnswerFile {
  let i = 0;
  const next = () => values[i++ % values.length];
  const walk = (v: unknown, field: string): unknown => {
    if (Array.isArray(v)) {
      if (field === 'extraAttrs') return v.map((a: { name: string; value: string }) => (a.name.startsWith('xmlns') ? a : { ...a, value: next() }));
      return v.map((x) => walk(x, ''));
    }
    if (v === null || typeof v !== 'object') return typeof v === 'string' && ATTRIBUTE_FIELDS.has(field) ? next() : v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = TRIVIA.has(k) ? x : walk(x, k);
    return out;
  };
  return walk(doc, '') as AnswerFile;
}
