// Saved simulated SIMs as kept in the meta record (format.ts, StoredMeta.simulations): by document id, each a name,
// the values entered and the summary of its result when it was saved (model/simulate/summary.ts). Kept with the
// workspace, never in the XML. Reading them back is untrusted input (invariant 4): what is malformed, or belongs
// to a document that is not in the workspace, is dropped. Pure.

export interface SavedSim {
  readonly id: string;
  readonly name: string;
  /** The SIM's known values by condition name; a name without a value is unknown. */
  readonly values: Readonly<Record<string, string>>;
  /** simulationSummary of its result when it was saved (or when its new result was accepted). */
  readonly summary: string;
  readonly savedAt: number;
}

export type SavedSims = Readonly<Record<string, readonly SavedSim[]>>;

/** Bounds of what is read back: more than this is not something CAF Studio wrote. */
export const MAX_SIMS_PER_DOCUMENT = 500;
export const MAX_SIM_VALUES = 200;
export const MAX_SIM_TEXT = 4096;
/** A summary holds a whole result; it is only compared, never shown. */
export const MAX_SIM_SUMMARY = 4_000_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = MAX_SIM_TEXT): v is string => typeof v === 'string' && v.length <= max;

function readValues(v: unknown): Record<string, string> | null {
  if (!isObject(v)) return null;
  const entries = Object.entries(v);
  if (entries.length > MAX_SIM_VALUES) return null;
  for (const [name, value] of entries) if (name === '' || name.length > MAX_SIM_TEXT || !text(value)) return null;
  // fromEntries defines own properties: a "__proto__" name stays a plain name.
  return Object.fromEntries(entries) as Record<string, string>;
}

/** One saved SIM, or null when it is malformed. */
export function readSavedSim(v: unknown): SavedSim | null {
  if (!isObject(v)) return null;
  const { id, name, values, summary, savedAt } = v;
  if (!text(id) || id === '' || !text(name) || !text(summary, MAX_SIM_SUMMARY)) return null;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  const read = readValues(values);
  return read ? { id, name, values: read, summary, savedAt } : null;
}

/**
 * The saved SIMs of the documents in `documentIds`, read from an untrusted value: a document's list that is not an
 * array is dropped, and of a list only the well-formed SIMs are kept (the first of an id repeated).
 */
export function readSavedSims(v: unknown, documentIds: ReadonlySet<string>): SavedSims {
  const out: Record<string, readonly SavedSim[]> = {};
  if (!isObject(v)) return out;
  for (const [docId, list] of Object.entries(v)) {
    if (!documentIds.has(docId) || !Array.isArray(list) || list.length > MAX_SIMS_PER_DOCUMENT) continue;
    const seen = new Set<string>();
    const sims: SavedSim[] = [];
    for (const item of list) {
      const sim = readSavedSim(item);
      if (!sim || seen.has(sim.id)) continue;
      seen.add(sim.id);
      sims.push(sim);
    }
    if (sims.length > 0) Object.defineProperty(out, docId, { value: sims, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
