// Find in the document (issue 22, point 2): one search box in the top bar over the document's target ids,
// conditions, settings paths, names and values and variant names (model/find.ts), and the settings catalog. The
// results are a list under the box (an ARIA combobox: ↑/↓ move, Enter goes, Escape closes); a document hit selects
// its part and focuses its field, a catalog hit adds the entry to Static (one undo step) unless it is per-SIM.
// Ctrl+K (⌘K) focuses the box from anywhere.

import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import InputBase from '@mui/material/InputBase';
import Paper from '@mui/material/Paper';
import SearchIcon from '@mui/icons-material/Search';
import { findInCatalog, findInDocument } from '../../model/find.ts';
import { fieldId } from '../../model/refs.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useView } from '../../store/view-store.ts';
import { actions } from '../../store/actions.ts';
import { FindOption } from './FindOption.tsx';
import { choosable, type FindResult } from './find-result.ts';

function go(r: FindResult): void {
  if (r.kind === 'catalog') {
    // The catalog's edits load when first used: they are not part of the first screen's JavaScript.
    if (choosable(r)) void import('../../store/quick-fixes.ts').then((m) => m.addFromCatalogToStatic(r.entry));
    return;
  }
  const { ref } = r.hit;
  actions.select(ref.part);
  // Let the part's form mount before asking its field to take the focus.
  requestAnimationFrame(() => useView.getState().requestFocus(fieldId(ref)));
}

/** The most results of each kind shown: the popup fits a 768-pixel-high window without scrolling. */
const DOCUMENT_RESULTS = 8;
const CATALOG_RESULTS = 4;

export function FindBox() {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const doc = useEditor((s) => s.doc);
  const wanted = useDeferredValue(query);
  const { results, more } = useMemo(() => {
    if (!open) return { results: [], more: false };
    const found = findInDocument(doc, wanted, DOCUMENT_RESULTS + 1);
    const fields = found.slice(0, DOCUMENT_RESULTS).map((hit) => ({ kind: 'field' as const, hit }));
    const catalog = findInCatalog(wanted, CATALOG_RESULTS).map((entry) => ({ kind: 'catalog' as const, entry }));
    return { results: [...fields, ...catalog] as FindResult[], more: found.length > DOCUMENT_RESULTS };
  }, [doc, wanted, open]);
  const shown = open && wanted.trim() !== '';
  const groups = useMemo(() => {
    const numbered = results.map((r, i) => ({ r, i }));
    return [
      { label: 'In the document', items: numbered.filter((x) => x.r.kind === 'field') },
      { label: 'In the catalog', items: numbered.filter((x) => x.r.kind === 'catalog') },
    ];
  }, [results]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The active result stays in view while ↑/↓ move through a list longer than the popup.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  function choose(i: number) {
    const r = results[i];
    if (!r || !choosable(r)) return;
    setOpen(false);
    setActive(-1);
    go(r);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = results.length;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        setOpen(true);
        if (n === 0) return;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((a) => (a < 0 ? (step > 0 ? 0 : n - 1) : (a + step + n) % n));
        return;
      }
      case 'Enter':
        if (!shown) return;
        e.preventDefault();
        choose(active >= 0 ? active : results.findIndex(choosable));
        return;
      case 'Escape':
        if (shown) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          e.preventDefault();
          setQuery('');
        }
        return;
    }
  }

  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <Box sx={{ position: 'relative', flex: '0 1 240px', minWidth: 120 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, px: 1, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
        <SearchIcon fontSize="small" color="action" />
        <InputBase
          inputRef={input}
          value={query}
          placeholder="Find… (Ctrl+K)"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          // As a text field's, the focus shows as a 2 px border in the ring's colour (theme.ts).
          sx={{ flexGrow: 1, fontSize: 14, border: '2px solid transparent', borderRadius: 1, '&.Mui-focused': { borderColor: 'var(--focus-ring)' } }}
          inputProps={{
            role: 'combobox',
            'aria-label': 'Find in the document and the catalog',
            'aria-expanded': shown,
            'aria-controls': shown ? listId : undefined,
            'aria-autocomplete': 'list',
            'aria-activedescendant': shown && active >= 0 ? optionId(active) : undefined,
            'data-testid': 'find-input',
            spellCheck: false,
          }}
        />
      </Box>
      {shown && (
        // A press on the popup keeps the focus in the box. It never scrolls (a few results, then "more"): the
        // results are reached with ↑/↓ from the box, and a scrolling region would need a tab stop of its own.
        <Paper elevation={8} onMouseDown={(e) => e.preventDefault()} sx={{ position: 'absolute', top: '100%', right: 0, mt: 0.5, width: 'min(480px, 90vw)', zIndex: (t) => t.zIndex.modal }}>
          {results.length === 0 && (
            <Box role="status" sx={{ p: 1.5, color: 'text.secondary', fontSize: 14 }} data-testid="find-nothing">
              Nothing found for “{wanted.trim()}”.
            </Box>
          )}
          <Box role="listbox" id={listId} aria-label={more ? 'Results (more in the document: type more of the value)' : 'Results'} data-testid="find-results">
            {groups.map((g) =>
              g.items.length === 0 ? null : (
                <Box key={g.label} role="group" aria-label={g.label}>
                  <Box aria-hidden sx={{ px: 1.5, pt: 1, pb: 0.5, fontSize: 12, fontWeight: 600, color: 'text.secondary' }}>
                    {g.label}
                  </Box>
                  {g.label === 'In the document' && more && (
                    <Box aria-hidden sx={{ px: 1.5, pb: 0.5, fontSize: 12, color: 'text.secondary' }} data-testid="find-more">
                      More in the document: type more of the value.
                    </Box>
                  )}
                  {g.items.map(({ r, i }) => (
                    <FindOption
                      key={r.kind === 'field' ? fieldId(r.hit.ref) : `catalog:${r.entry.path}/${r.entry.name}`}
                      id={optionId(i)}
                      result={r}
                      active={i === active}
                      enabled={choosable(r)}
                      testId={`find-result-${i}`}
                      onChoose={() => choose(i)}
                      onHover={() => setActive(i)}
                    />
                  ))}
                </Box>
              ),
            )}
          </Box>
        </Paper>
      )}
    </Box>
  );
}
