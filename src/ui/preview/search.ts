// Search in the XML view (Ctrl+F), over @codemirror/view and @codemirror/state: the find bar is the app's own
// (FindBar.tsx: React, with its count of matches), and finding is a case-insensitive indexOf. The matches of a query, case-insensitive, as decorations (the current one apart), mapped
// through later changes of the text; the find bar (FindBar.tsx) sets the query and steps through them.

import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { TextRange } from '../../xml/text-map.ts';

/** At most this many matches are marked (a one-letter query in megabytes of text would find hundreds of thousands). */
export const MAX_MATCHES = 10_000;

/** The matches of `query` in `text`, case-insensitive, in order, not overlapping; at most `max`. */
export function findMatches(text: string, query: string, max = MAX_MATCHES): TextRange[] {
  if (query === '') return [];
  const hay = text.toLowerCase();
  const needle = query.toLowerCase();
  // toLowerCase keeps the length of the text for all but a few characters (e.g. 'İ'): then the positions are
  // those of a search that is case-sensitive.
  const sameLength = hay.length === text.length && needle.length === query.length;
  const h = sameLength ? hay : text;
  const n = sameLength ? needle : query;
  const out: TextRange[] = [];
  for (let at = h.indexOf(n); at >= 0 && out.length < max; at = h.indexOf(n, at + n.length)) out.push({ from: at, to: at + n.length });
  return out;
}

/** The first match at or after `pos` (wrapping to the first), or the last one before it with `back`. */
export function nextMatch(matches: readonly TextRange[], pos: number, back: boolean): number {
  if (matches.length === 0) return -1;
  if (back) {
    for (let i = matches.length - 1; i >= 0; i--) if (matches[i].from < pos) return i;
    return matches.length - 1;
  }
  for (let i = 0; i < matches.length; i++) if (matches[i].from >= pos) return i;
  return 0;
}

export interface SearchState {
  readonly matches: readonly TextRange[];
  /** Index of the current match, -1 for none. */
  readonly current: number;
}

export const setSearch = StateEffect.define<SearchState>();

const MATCH = Decoration.mark({ class: 'cm-search-match' });
const CURRENT = Decoration.mark({ class: 'cm-search-match cm-search-current' });

function decorations(s: SearchState): DecorationSet {
  return Decoration.set(s.matches.map((m, i) => (i === s.current ? CURRENT : MATCH).range(m.from, m.to)));
}

const EMPTY: SearchState = { matches: [], current: -1 };

export const searchField = StateField.define<{ state: SearchState; deco: DecorationSet }>({
  create: () => ({ state: EMPTY, deco: Decoration.none }),
  update(value, tr) {
    let next = value;
    if (tr.docChanged && value.state.matches.length > 0) {
      const matches = value.state.matches.map((m) => ({ from: tr.changes.mapPos(m.from, 1), to: tr.changes.mapPos(m.to, -1) })).filter((m) => m.to > m.from);
      next = { state: { matches, current: Math.min(value.state.current, matches.length - 1) }, deco: value.deco.map(tr.changes) };
    }
    for (const e of tr.effects) if (e.is(setSearch)) next = { state: e.value, deco: decorations(e.value) };
    return next;
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
});

const theme = EditorView.baseTheme({
  '.cm-search-match': { backgroundColor: 'rgba(255, 235, 59, 0.45)' },
  '.cm-search-current': { backgroundColor: 'rgba(255, 152, 0, 0.6)', outline: '1px solid rgba(230, 81, 0, 0.9)' },
});

export function search(): Extension {
  return [searchField, theme];
}

/** Shows the search of `query` in the view, the current match the first at or after `from`; the number of matches. */
export function runSearch(view: EditorView, query: string, from: number): SearchState {
  const matches = findMatches(view.state.doc.toString(), query);
  const current = nextMatch(matches, from, false);
  const state = { matches, current };
  view.dispatch({ effects: [setSearch.of(state), ...scrollTo(matches[current])] });
  return state;
}

/** Moves to the next (or previous) match. */
export function stepSearch(view: EditorView, back: boolean): SearchState {
  const { matches, current } = view.state.field(searchField).state;
  if (matches.length === 0) return { matches, current };
  const next = back ? (current - 1 + matches.length) % matches.length : (current + 1) % matches.length;
  const state = { matches, current: next };
  view.dispatch({ effects: [setSearch.of(state), ...scrollTo(matches[next])] });
  return state;
}

export function clearSearch(view: EditorView): void {
  if (view.state.field(searchField).state.matches.length > 0) view.dispatch({ effects: setSearch.of(EMPTY) });
}

function scrollTo(m: TextRange | undefined) {
  return m ? [EditorView.scrollIntoView(m.from, { y: 'center' })] : [];
}
