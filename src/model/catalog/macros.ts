// Matching document paths and names against catalog ones that contain macros (docs/format.md §5.1).
// Built-in macros (`$(__ICCID)`, `$(__IMSI)`) match only themselves, as the imaging tool does; an OEM macro
// such as `$(LensAppGuid)` stands for a concrete value, so it matches any text within one path segment.
// Comparison is case-insensitive, like the tool's Settings Path lookup.

const MACRO = /\$\(([^)]*)\)/g;

/** Lower-cased key for exact lookups. */
export function foldKey(text: string): string {
  return text.toLowerCase();
}

/** True when `text` holds an OEM macro (any `$(X)` whose name does not start with `__`). */
export function hasOemMacro(text: string): boolean {
  for (const m of text.matchAll(MACRO)) if (!m[1].startsWith('__')) return true;
  return false;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A case-insensitive matcher for a catalog path or name with OEM macros. */
export function macroMatcher(pattern: string): RegExp {
  let src = '';
  let last = 0;
  for (const m of pattern.matchAll(MACRO)) {
    const at = m.index ?? 0;
    src += escapeRegExp(pattern.slice(last, at));
    src += m[1].startsWith('__') ? escapeRegExp(m[0]) : '[^/]+';
    last = at + m[0].length;
  }
  src += escapeRegExp(pattern.slice(last));
  return new RegExp(`^${src}$`, 'i');
}
