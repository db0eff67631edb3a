// Editor state that is not part of the document: strict mode, which fields the user has touched (a field shows
// its own diagnostic only after that), and a request to focus a field (from the diagnostics panel).

import { create } from 'zustand';

export interface FocusRequest {
  readonly fieldId: string;
  /** Increments so that asking twice for the same field focuses it twice. */
  readonly serial: number;
}

interface ViewState {
  /** Like the imaging tool's /StrictSettingPolicies: unknown paths and names are errors. */
  readonly strict: boolean;
  readonly touched: ReadonlySet<string>;
  readonly focus: FocusRequest | null;
  readonly problemsOpen: boolean;
  setStrict(strict: boolean): void;
  touch(fieldId: string): void;
  requestFocus(fieldId: string): void;
  setProblemsOpen(open: boolean): void;
}

export const useView = create<ViewState>()((set, get) => ({
  strict: false,
  touched: new Set(),
  focus: null,
  problemsOpen: true,
  setStrict: (strict) => set({ strict }),
  touch(fieldId) {
    const touched = get().touched;
    if (touched.has(fieldId)) return;
    const next = new Set(touched);
    next.add(fieldId);
    set({ touched: next });
  },
  requestFocus(fieldId) {
    get().touch(fieldId);
    set({ focus: { fieldId, serial: (get().focus?.serial ?? 0) + 1 } });
  },
  setProblemsOpen: (problemsOpen) => set({ problemsOpen }),
}));
