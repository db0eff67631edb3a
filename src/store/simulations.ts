// The SIM simulator's state, by document id: the saved SIMs (kept with the workspace in the meta record, never in
// the XML: saved/saved-sims.ts, written by saved/autosave.ts) and, for this page only, the SIMs being entered in
// each slot. A saved SIM holds the summary of its result when saved, so the view can say when an edit changed it.

import { create } from 'zustand';
import type { SavedSim, SavedSims } from './saved/saved-sims.ts';

export type { SavedSim, SavedSims };

/** What is entered in the simulator for one document: slot 1, and slot 2 when the phone is dual SIM. */
export interface SimDraft {
  readonly slots: readonly Readonly<Record<string, string>>[];
}

const EMPTY_DRAFT: SimDraft = { slots: [{}] };
const NO_SIMS: readonly SavedSim[] = [];

interface SimulationsState {
  readonly saved: SavedSims;
  /** The documents whose saved SIMs this tab changed since it last wrote them: only those overwrite what is stored. */
  readonly touched: ReadonlySet<string>;
  readonly drafts: Readonly<Record<string, SimDraft>>;
}

export const useSimulations = create<SimulationsState>()(() => ({ saved: {}, touched: new Set<string>(), drafts: {} }));

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function setSims(docId: string, f: (list: readonly SavedSim[]) => readonly SavedSim[]): void {
  const { saved } = useSimulations.getState();
  const list = saved[docId] ?? NO_SIMS;
  const next = f(list);
  if (next === list) return;
  const { touched } = useSimulations.getState();
  useSimulations.setState({ saved: { ...saved, [docId]: next }, touched: touched.has(docId) ? touched : new Set(touched).add(docId) });
}

function setDraft(docId: string, f: (d: SimDraft) => SimDraft): void {
  const { drafts } = useSimulations.getState();
  useSimulations.setState({ drafts: { ...drafts, [docId]: f(drafts[docId] ?? EMPTY_DRAFT) } });
}

export const draftOf = (s: SimulationsState, docId: string): SimDraft => s.drafts[docId] ?? EMPTY_DRAFT;
export const savedOf = (s: SimulationsState, docId: string): readonly SavedSim[] => s.saved[docId] ?? NO_SIMS;

export const simulations = {
  /** Replaces every saved SIM (at start, with what was read back). */
  load(saved: SavedSims): void {
    useSimulations.setState({ saved, touched: new Set() });
  },
  /**
   * After a write: `written` is what storage now holds (this tab's changes over what other tabs wrote), and the
   * changes of the documents in `sent` are stored; changes made meanwhile stay to be written.
   */
  written(written: SavedSims, sent: ReadonlySet<string>, sentSaved: SavedSims): void {
    const { saved, touched } = useSimulations.getState();
    const still = new Set([...touched].filter((id) => !sent.has(id) || saved[id] !== sentSaved[id]));
    const next: Record<string, readonly SavedSim[]> = { ...written };
    for (const id of still) if (saved[id]) next[id] = saved[id];
    useSimulations.setState({ saved: next, touched: still });
  },
  /** Saves a SIM for a document; returns its id. */
  save(docId: string, name: string, values: Readonly<Record<string, string>>, summary: string, now = Date.now()): string {
    const id = newId();
    const known = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    setSims(docId, (list) => [...list, { id, name: name.trim() || `SIM ${list.length + 1}`, values: known, summary, savedAt: now }]);
    return id;
  },
  /** Takes the result the saved SIM has now as its expected result. */
  accept(docId: string, simId: string, summary: string, now = Date.now()): void {
    setSims(docId, (list) => (list.some((s) => s.id === simId && s.summary !== summary) ? list.map((s) => (s.id === simId ? { ...s, summary, savedAt: now } : s)) : list));
  },
  remove(docId: string, simId: string): void {
    setSims(docId, (list) => (list.some((s) => s.id === simId) ? list.filter((s) => s.id !== simId) : list));
  },
  /** Sets one field of a slot; an empty value means unknown. */
  setValue(docId: string, slot: number, name: string, value: string): void {
    setDraft(docId, (d) => ({ slots: d.slots.map((v, i) => (i === slot ? { ...v, [name]: value } : v)) }));
  },
  /** Puts a saved SIM's values in a slot. */
  fillSlot(docId: string, slot: number, values: Readonly<Record<string, string>>): void {
    setDraft(docId, (d) => ({ slots: d.slots.map((v, i) => (i === slot ? { ...values } : v)) }));
  },
  /** A second slot (a dual-SIM phone), or back to one. */
  setDual(docId: string, dual: boolean): void {
    setDraft(docId, (d) => ({ slots: dual ? [d.slots[0] ?? {}, d.slots[1] ?? {}] : [d.slots[0] ?? {}] }));
  },
};
