// A simulated SIM: the values the user entered, by condition name. Names are compared ignoring case (the tool
// lowercases them, docs/format.md §3.2); a name without a value is unknown, never empty.

export interface SimInput {
  /** Known values by condition name (MCC, MNC, SPN, GID1, ICCID, IMSI, UIName, any other name). */
  readonly values: Readonly<Record<string, string>>;
  /** Whether this is the first SIM the phone sees (FirstVariationOnly groups apply); default true. */
  readonly first?: boolean;
}

/** The names every SIM form offers, in this order; a document may use others. */
export const SIM_FIELDS = ['MCC', 'MNC', 'SPN', 'GID1', 'ICCID', 'IMSI', 'UIName'] as const;

/** A SIM's values keyed by lowercase name; an undefined or empty value is left out: unknown (issue 20: empty is unknown). */
export type SimValues = ReadonlyMap<string, string>;

const cache = new WeakMap<object, SimValues>();

export function simValues(sim: SimInput): SimValues {
  let m = cache.get(sim.values);
  if (!m) {
    const out = new Map<string, string>();
    for (const [name, value] of Object.entries(sim.values)) if (typeof value === 'string' && value !== '') out.set(name.toLowerCase(), value);
    cache.set(sim.values, (m = out));
  }
  return m;
}

/** The SIM's value of a condition name, or undefined when unknown. */
export function simValue(sim: SimValues, name: string): string | undefined {
  return sim.get(name.toLowerCase());
}
