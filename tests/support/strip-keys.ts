// Compares documents the way the round-trip guarantee is stated: keys are identities minted at import and
// never written to XML, so they are removed; an empty trivia/attribute list is the same as none.

const OPTIONAL_LISTS = new Set(['before', 'end', 'extraAttrs', 'prolog', 'epilog']);

/** A deep copy of `value` without `key` fields, undefined fields and empty optional lists. */
export function stripKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'key' || v === undefined) continue;
    if (OPTIONAL_LISTS.has(k) && Array.isArray(v) && v.length === 0) continue;
    out[k] = stripKeys(v);
  }
  return out;
}
