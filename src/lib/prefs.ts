// Small view preferences kept across reloads in localStorage (pane sizes, a collapsed preview). Guarded all the
// way: storage that is missing, blocked (private modes, a sandboxed frame), full, or holding something this
// version did not write gives the default; a write that fails is dropped. A preference is never worth a fault.

const PREFIX = 'caf-studio:pref:';

/** The page's localStorage, or undefined where reading the property itself throws (blocked storage). */
function store(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The stored JSON of `key`, parsed; undefined when absent, unreadable or not JSON. */
export function readPref(key: string): unknown {
  try {
    const text = store()?.getItem(PREFIX + key);
    return text == null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON under `key`; false when the storage refused it (the preference is then not kept). */
export function writePref(key: string, value: unknown): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Pane sizes by pane id, as percentages of their group (what react-resizable-panels calls a layout). */
export type PaneLayout = Record<string, number>;

/**
 * The layout stored under `key` when it names exactly `ids`, each a finite percentage, summing to about 100;
 * anything else (another version's panes, a hand-edited value) gives undefined, and the defaults apply.
 */
export function readLayout(key: string, ids: readonly string[]): PaneLayout | undefined {
  const raw = readPref(key);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length !== ids.length) return undefined;
  const layout: PaneLayout = {};
  let sum = 0;
  for (const id of ids) {
    const v = (raw as Record<string, unknown>)[id];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) return undefined;
    layout[id] = v;
    sum += v;
  }
  return Math.abs(sum - 100) < 1 ? layout : undefined;
}

export function writeLayout(key: string, layout: PaneLayout): boolean {
  return writePref(key, layout);
}

/** A stored boolean, or `fallback` when there is none (or it is not a boolean). */
export function readFlag(key: string, fallback: boolean): boolean {
  const v = readPref(key);
  return typeof v === 'boolean' ? v : fallback;
}

export function writeFlag(key: string, value: boolean): boolean {
  return writePref(key, value);
}
