// "Did you mean": the catalog path or name a misspelt one most likely stands for. A suggestion is offered only
// when it is certain enough: within MAX_DISTANCE edits (Damerau–Levenshtein, adjacent swaps count once,
// ignoring case), short words allowing fewer, and no other catalog entry as close. A catalog path or name with
// an OEM macro (`$(SerialNumber)`) is compared segment by segment: the macro's segment matches what the
// document wrote there the way lookups match (macros.ts), and the suggestion keeps the document's text for it.

import { CATALOG_GROUPS } from './catalog.ts';
import { findGroup, findInGroup } from './lookup.ts';
import { foldKey, hasOemMacro, macroMatcher } from './macros.ts';

export const MAX_DISTANCE = 2;

/**
 * Damerau–Levenshtein distance (optimal string alignment) between two strings as written; `limit` lets it give
 * up early: any result above `limit` is returned as `limit + 1`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length], limit + 1);
}

/** How many edits a word of `length` characters may be away from its suggestion: 1 from 3 characters, 2 from 6. */
export function allowedDistance(length: number): number {
  return Math.min(MAX_DISTANCE, Math.floor(length / 3));
}

interface Match {
  readonly distance: number;
  /** What the document's text becomes: the catalog's spelling, with the document's text in macro segments. */
  readonly text: string;
}

/** How far `written` is from the catalog's `known` (macros matched per segment), ignoring case. */
export function matchAgainst(written: string, known: string, limit: number): Match | undefined {
  if (!hasOemMacro(known)) {
    const distance = editDistance(foldKey(written), foldKey(known), limit);
    return distance <= limit ? { distance, text: known } : undefined;
  }
  const ws = written.split('/');
  const ks = known.split('/');
  if (ws.length !== ks.length) return undefined;
  let distance = 0;
  const out: string[] = [];
  for (let i = 0; i < ks.length; i++) {
    if (hasOemMacro(ks[i])) {
      if (!macroMatcher(ks[i]).test(ws[i])) return undefined;
      out.push(ws[i]);
      continue;
    }
    distance += editDistance(foldKey(ws[i]), foldKey(ks[i]), limit - distance);
    if (distance > limit) return undefined;
    out.push(ks[i]);
  }
  return { distance, text: out.join('/') };
}

/**
 * The one closest candidate within the allowed distance; undefined when none, when two are as close, or when
 * `written` is a candidate itself.
 */
export function closest(written: string, candidates: Iterable<string>): string | undefined {
  const limit = allowedDistance(written.length);
  if (limit === 0) return undefined;
  let best: Match | undefined;
  let tie = false;
  for (const known of candidates) {
    const m = matchAgainst(written, known, best ? Math.min(limit, best.distance) : limit);
    if (!m) continue;
    if (m.distance === 0) return undefined; // written as a candidate: no misspelling
    if (!best || m.distance < best.distance) {
      best = m;
      tie = false;
    } else if (m.distance === best.distance && foldKey(m.text) !== foldKey(best.text)) {
      tie = true;
    }
  }
  return best && !tie ? best.text : undefined;
}

const PATHS: readonly string[] = CATALOG_GROUPS.map((g) => g.path).filter((p) => p !== '');
const pathCache = new Map<string, string | undefined>();

/**
 * The catalog path a Settings Path the catalog does not know most likely stands for (see the file comment);
 * undefined when the path is known or nothing is close enough. Cached: the problems list asks again on every edit.
 */
export function suggestPath(path: string): string | undefined {
  if (pathCache.has(path)) return pathCache.get(path);
  const hit = path.trim() === '' || findGroup(path) ? undefined : closest(path, PATHS);
  if (pathCache.size > 1000) pathCache.clear();
  pathCache.set(path, hit);
  return hit;
}

/**
 * The catalog name an unknown Setting (or Asset) name of a known path most likely stands for, among the
 * entries of the same kind that `others` (the group's other names) do not already set: renaming to one of those
 * would set it twice.
 */
export function suggestName(path: string, name: string, kind: 'setting' | 'asset', others: readonly string[] = []): string | undefined {
  const cg = findGroup(path);
  if (!cg || name.trim() === '' || findInGroup(cg, name)) return undefined;
  const taken = new Set(others.map((o) => findInGroup(cg, o)));
  const want = kind === 'asset' ? 'Asset' : 'Setting';
  const candidates = cg.settings.filter((s) => s.kind === want).map((s) => s.name);
  const hit = closest(name, candidates);
  if (hit === undefined) return undefined;
  const entry = findInGroup(cg, hit);
  return entry && taken.has(entry) ? undefined : hit;
}
