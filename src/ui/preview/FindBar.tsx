// The XML view's find bar (Ctrl+F while the view has the focus): a query, the number of matches, previous and next
// (Enter, Shift+Enter, F3), Escape closes it and gives the focus back to the view. The matches are search.ts's.

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import Box from '@mui/material/Box';
import type { EditorView } from '@codemirror/view';
import { MAX_MATCHES, clearSearch, runSearch, stepSearch, type SearchState } from './search.ts';

interface FindBarProps {
  readonly view: EditorView;
  readonly onClose: () => void;
}

function status(s: SearchState | null): string {
  if (!s) return '';
  if (s.matches.length === 0) return 'No match';
  return `${s.current + 1} of ${s.matches.length}${s.matches.length >= MAX_MATCHES ? '+' : ''}`;
}

const BUTTON = { border: 1, borderColor: 'divider', bgcolor: 'background.paper', borderRadius: 0.5, px: 0.75, cursor: 'pointer', fontSize: 13, lineHeight: '20px' } as const;

export function FindBar({ view, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchState | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
    return () => clearSearch(view);
  }, [view]);

  function change(q: string) {
    setQuery(q);
    const at = result && result.current >= 0 ? result.matches[result.current].from : view.viewport.from;
    setResult(q === '' ? (clearSearch(view), null) : runSearch(view, q, at));
  }

  function close() {
    clearSearch(view);
    onClose();
    view.contentDOM.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter' || e.key === 'F3') {
      e.preventDefault();
      if (query !== '') setResult(stepSearch(view, e.shiftKey));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  }

  return (
    <Box
      role="search"
      aria-label="Find in the XML"
      data-testid="xml-find-bar"
      sx={{ position: 'absolute', top: 6, right: 20, zIndex: 2, display: 'flex', alignItems: 'center', gap: 0.5, p: 0.5, bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1, boxShadow: 2, fontSize: 13 }}
    >
      <input
        ref={input}
        value={query}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Find in the XML"
        aria-label="Find in the XML"
        data-testid="xml-find-input"
        spellCheck={false}
        style={{ width: 160, font: 'inherit', padding: '2px 4px' }}
      />
      <Box component="span" role="status" data-testid="xml-find-status" sx={{ minWidth: 64, color: 'text.secondary' }}>
        {status(result)}
      </Box>
      <Box component="button" type="button" sx={BUTTON} aria-label="Previous match (Shift+Enter)" title="Previous match (Shift+Enter)" data-testid="xml-find-prev" onClick={() => query !== '' && setResult(stepSearch(view, true))}>
        ↑
      </Box>
      <Box component="button" type="button" sx={BUTTON} aria-label="Next match (Enter)" title="Next match (Enter)" data-testid="xml-find-next" onClick={() => query !== '' && setResult(stepSearch(view, false))}>
        ↓
      </Box>
      <Box component="button" type="button" sx={BUTTON} aria-label="Close the find bar (Escape)" title="Close (Escape)" data-testid="xml-find-close" onClick={close}>
        ✕
      </Box>
    </Box>
  );
}
