// The layout-preserving writer's promise, as a property (issue 21): for documents written in random layouts, the
// unedited document is written back byte for byte, and a single edit changes only the lines of the edited element,
// and the result reads back as the edited model.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerFile, SettingsEntry, SettingsGroup, Variant } from '../../../src/model/types.ts';
import { asKey } from '../../../src/model/ids.ts';
import { fromXml } from '../../../src/xml/parse.ts';
import { toXml } from '../../../src/xml/serialize.ts';
import { arbAnswerFile } from '../../support/arbitrary-doc.ts';
import { arbLayoutChoice, randomLayout } from '../../support/random-layout.ts';
import { stripKeys } from '../../support/strip-keys.ts';

const arbChoice = arbLayoutChoice;

function parsed(text: string): AnswerFile {
  const r = fromXml(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.doc;
}

/** Lines of `a` and `b` that differ: the changed run in each, between their common first and last lines. */
function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const la = a.split('\n');
  const lb = b.split('\n');
  let p = 0;
  while (p < la.length && p < lb.length && la[p] === lb[p]) p++;
  let s = 0;
  while (s < la.length - p && s < lb.length - p && la[la.length - 1 - s] === lb[lb.length - 1 - s]) s++;
  return { removed: la.slice(p, la.length - s), added: lb.slice(p, lb.length - s) };
}

type Edit =
  | { kind: 'value'; variant: number; value: string }
  | { kind: 'rename'; variant: number; name: string }
  | { kind: 'add'; variant: number; name: string }
  | { kind: 'remove'; variant: number }
  | { kind: 'swap'; variant: number };

const value = fc.string({ maxLength: 8 }).map((s) => s.replace(/[^A-Za-z0-9 &<>"']/g, 'x'));
const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), variant: fc.nat(), value }),
  fc.record({ kind: fc.constant('rename' as const), variant: fc.nat(), name: value }),
  fc.record({ kind: fc.constant('add' as const), variant: fc.nat(), name: value }),
  fc.record({ kind: fc.constant('remove' as const), variant: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), variant: fc.nat() }),
);

function firstGroup(v: Variant): SettingsGroup | undefined {
  return v.items.find((i): i is SettingsGroup => i.kind === 'settings');
}

function withGroup(doc: AnswerFile, vi: number, g: SettingsGroup, entries: readonly SettingsEntry[]): AnswerFile {
  const v = doc.variants[vi];
  const next: Variant = { ...v, items: v.items.map((i) => (i === g ? { ...g, entries } : i)) };
  return { ...doc, variants: doc.variants.map((x, i) => (i === vi ? next : x)) };
}

/** The edited document, and what the edit may change: 'same' lines (an edit in place), 'insert' one line, 'remove' lines, 'move'. */
function apply(doc: AnswerFile, e: Edit): { doc: AnswerFile; expect: 'same' | 'insert' | 'remove' | 'move' } | undefined {
  if (doc.variants.length === 0) return undefined;
  const vi = e.variant % doc.variants.length;
  const v = doc.variants[vi];
  const g = firstGroup(v);
  switch (e.kind) {
    case 'rename':
      return { doc: { ...doc, variants: doc.variants.map((x, i) => (i === vi ? { ...v, name: e.name } : x)) }, expect: 'same' };
    case 'value': {
      const entry = g?.entries.find((x) => x.kind === 'setting');
      if (!g || !entry || entry.kind !== 'setting') return undefined;
      return { doc: withGroup(doc, vi, g, g.entries.map((x) => (x === entry ? { ...entry, value: e.value } : x))), expect: 'same' };
    }
    case 'add': {
      if (!g || g.entries.length === 0) return undefined;
      const fresh: SettingsEntry = { kind: 'setting', key: asKey<'Entry'>('fresh'), name: e.name, value: '1' };
      return { doc: withGroup(doc, vi, g, [...g.entries, fresh]), expect: 'insert' };
    }
    case 'remove': {
      if (!g || g.entries.length === 0) return undefined;
      return { doc: withGroup(doc, vi, g, g.entries.slice(1)), expect: 'remove' };
    }
    case 'swap': {
      if (doc.variants.length < 2) return undefined;
      const j = (vi + 1) % doc.variants.length;
      const list = [...doc.variants];
      [list[vi], list[j]] = [list[j], list[vi]];
      return { doc: { ...doc, variants: list }, expect: 'move' };
    }
  }
}

describe('layout-preserving writer, random layouts', () => {
  it('writes an unedited document back byte for byte', () => {
    fc.assert(
      fc.property(arbAnswerFile, arbChoice, (doc, choice) => {
        const text = randomLayout(toXml(doc), choice);
        const base = parsed(text);
        expect(toXml(base, { text, doc: base })).toBe(text);
      }),
      { numRuns: 150 },
    );
  });

  it('changes only the lines of the edited element, and reads back as the edited model', () => {
    fc.assert(
      fc.property(arbAnswerFile, arbChoice, arbEdit, (doc, choice, edit) => {
        const text = randomLayout(toXml(doc), choice);
        const base = parsed(text);
        const edited = apply(base, edit);
        fc.pre(edited !== undefined);
        const out = toXml(edited!.doc, { text, doc: base });
        expect(stripKeys(parsed(out))).toEqual(stripKeys(edited!.doc));
        const { removed, added } = changedLines(text, out);
        const isEntry = (l: string) => /<(Setting|Asset)[ \t\r\n/>]/.test(l);
        switch (edited!.expect) {
          case 'same':
            // The start tag's own lines only (one line in these layouts), nothing added or removed around it.
            expect(added.length).toBe(removed.length);
            expect(removed.length).toBeLessThanOrEqual(1);
            break;
          case 'insert':
            expect(removed).toEqual([]);
            expect(added.filter((l) => l.trim() !== '')).toHaveLength(1);
            expect(isEntry(added.find((l) => l.trim() !== '')!)).toBe(true);
            break;
          case 'remove':
            expect(added).toEqual([]);
            // The entry's lines, and those of the comments and other nodes that stood before it (they go with it).
            expect(removed.filter((l) => /<\/?(Settings|Variant|TargetRefs|Applications|ImageCustomizations)[ \t\r\n/>]/.test(l))).toEqual([]);
            expect(removed.some(isEntry)).toBe(true);
            break;
          case 'move':
            // The same lines, in another order.
            expect([...added].sort()).toEqual([...removed].sort());
            break;
        }
      }),
      { numRuns: 300 },
    );
  });
});
