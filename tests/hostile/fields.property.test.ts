// Issue 18, property: any string typed or pasted into any field either round-trips exactly (saved and reopened,
// it comes back) or is refused at the field (badXmlCharMessage, what TextInput, ComboInput and the value editors
// refuse with). A refusal is only where it must be: the refused text would not have come back.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/model/types.ts';
import { badXmlCharMessage } from '../../src/model/xml-chars.ts';
import { fromXml } from '../../src/xml/parse.ts';
import { openBytes, sameDocument, utf8 } from '../support/hostile-open.ts';
import { toXml } from '../../src/xml/serialize.ts';
import { checkProperty, tally, timed } from '../support/hostile-stats.ts';
import { anyString, ATTRIBUTE_FIELDS } from '../support/hostile-strings.ts';
import { stripKeys } from '../support/strip-keys.ts';

type Path = readonly (string | number)[];

const base = (() => {
  const r = fromXml(readFileSync(new URL('../fixtures/golden/every-kind.xml', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
})();

/** Every attribute field of the document (every kind of entity), as a path from the root. */
function fieldPaths(v: unknown, path: Path = []): Path[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => fieldPaths(x, [...path, i]));
  if (v === null || typeof v !== 'object') return [];
  if ('kind' in v && ['element', 'text', 'comment', 'pi', 'cdata'].includes(String(v.kind))) return [];
  return Object.entries(v).flatMap(([k, x]) => (typeof x === 'string' && ATTRIBUTE_FIELDS.has(k) ? [[...path, k]] : fieldPaths(x, [...path, k])));
}

function get(v: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], v);
}

function set<T>(v: T, path: Path, value: string): T {
  if (path.length === 0) return value as T;
  const [k, ...rest] = path;
  if (Array.isArray(v)) return v.map((x, i) => (i === k ? set(x, rest, value) : x)) as T;
  const o = v as Record<string, unknown>;
  return { ...o, [k]: set(o[k as string], rest, value) } as T;
}

const fields = fieldPaths(base);
const t = tally('a random string in every field: round trip or refused at the field');

/** The value at `path` after a save and a reopen (serialize, UTF-8 bytes, decode, parse), or why there is none. */
function readBack(doc: AnswerFile, path: Path): { value?: unknown; doc?: AnswerFile; why?: string } {
  try {
    const r = openBytes(utf8(toXml(doc)));
    return r.ok ? { value: get(r.doc, path), doc: r.doc } : { why: r.error.message };
  } catch (e) {
    return { why: String(e) };
  }
}

describe('a random string in any field', () => {
  it('covers every kind of field', () => {
    const names = new Set(fields.map((p) => p[p.length - 1]));
    expect([...names].sort()).toEqual([...ATTRIBUTE_FIELDS].filter((f) => f !== 'isWildCard' || names.has(f)).sort());
    expect(fields.length).toBeGreaterThan(40);
  });

  it('round-trips exactly, or is refused at the field because it could not', () => {
    checkProperty(
      t,
      fc.property(fc.constantFrom(...fields), anyString, (path, text) => {
        const doc = set(base, path, text);
        const refusal = badXmlCharMessage(text);
        const back = timed(t, `${path.join('.')} = ${JSON.stringify(text)}`, () => readBack(doc, path));
        if (refusal) {
          // Refused at the field: the text would not have come back.
          expect(back.value === text && back.doc !== undefined && sameDocument(back.doc, doc)).toBe(false);
          return;
        }
        if (back.value !== text) t.lost++;
        expect(back.why).toBeUndefined();
        expect(back.value).toBe(text);
        expect(stripKeys(back.doc)).toEqual(stripKeys(doc));
      }),
      400,
    );
  });
});
