// Find in the document (issue 22, point 2): the fields whose value holds the query (target ids, condition names and
// values, settings paths, setting and asset names and values, variant names), each with the field to go to, and the
// settings catalog's entries that match. Case-insensitive; an exact value first, then values that start with the
// query, then the rest, each in document order.

import type { AnswerFile, StaticItem } from './types.ts';
import type { FieldRef, PartRef } from './refs.ts';
import type { CatalogSetting } from './catalog/types.ts';
import { searchCatalog } from './catalog/lookup.ts';

export interface FieldHit {
  readonly ref: FieldRef;
  /** The value found. */
  readonly value: string;
  /** What the field is, e.g. `Condition MCC · Value`. */
  readonly field: string;
  /** Where it is, e.g. `Target “Operator”`. */
  readonly where: string;
}

/** How well a value matches: 0 the whole value, 1 its start, 2 inside it. */
function rank(value: string, q: string): number {
  const v = value.toLowerCase();
  return v === q ? 0 : v.startsWith(q) ? 1 : 2;
}

function quoted(label: string, value: string | undefined): string {
  return value ? `${label} “${value}”` : `${label} (no name)`;
}

function itemHits(part: PartRef, where: string, items: readonly StaticItem[], add: (hit: FieldHit) => void): void {
  for (const g of items) {
    if (g.kind !== 'settings') continue;
    const path = g.path ?? '';
    add({ ref: { part, path: [g.key], field: 'path' }, value: path, field: 'Settings · Path', where });
    for (const e of g.entries) {
      const kind = e.kind === 'setting' ? 'Setting' : 'Asset';
      const at = `${where} · ${path}`;
      add({ ref: { part, path: [g.key, e.key], field: 'name' }, value: e.name ?? '', field: `${kind} · Name`, where: at });
      if (e.kind === 'setting') add({ ref: { part, path: [g.key, e.key], field: 'value' }, value: e.value ?? '', field: `Setting ${e.name ?? ''} · Value`, where: at });
    }
  }
}

/** The document's fields whose value contains `query` (trimmed; nothing for an empty one), at most `limit`. */
export function findInDocument(doc: AnswerFile, query: string, limit = 50): FieldHit[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const ranked: FieldHit[][] = [[], [], []];
  const add = (hit: FieldHit) => {
    if (hit.value !== '' && hit.value.toLowerCase().includes(q)) ranked[rank(hit.value, q)].push(hit);
  };
  for (const t of doc.targets?.targets ?? []) {
    const part: PartRef = { kind: 'target', key: t.key };
    const where = quoted('Target', t.id);
    add({ ref: { part, path: [], field: 'id' }, value: t.id ?? '', field: 'Target · Id', where });
    for (const s of t.states) {
      for (const c of s.conditions) {
        add({ ref: { part, path: [s.key, c.key], field: 'name' }, value: c.name ?? '', field: 'Condition · Name', where });
        add({ ref: { part, path: [s.key, c.key], field: 'value' }, value: c.value ?? '', field: `Condition ${c.name ?? ''} · Value`, where });
      }
    }
  }
  if (doc.static) itemHits({ kind: 'static' }, 'Static', doc.static.items, add);
  for (const v of doc.variants) {
    const part: PartRef = { kind: 'variant', key: v.key };
    const where = quoted('Variant', v.name);
    add({ ref: { part, path: [], field: 'name' }, value: v.name ?? '', field: 'Variant · Name', where });
    itemHits(part, where, v.items, add);
  }
  return ranked.flat().slice(0, limit);
}

/** The catalog's entries that match `query` (every word in the name, path or topic), at most `limit`. */
export function findInCatalog(query: string, limit = 8): readonly CatalogSetting[] {
  if (query.trim() === '') return [];
  return searchCatalog(query).slice(0, limit);
}
