// A small virtual list: rows of known height (one height per row kind), of which only those in view (plus a
// few either side) are in the DOM. Thousands of targets and variants cost a couple of dozen elements.

import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import { rowOffsets, scrollToReveal, visibleRange } from './virtual-range.ts';

const OVERSCAN = 8;

export interface VirtualListProps {
  readonly heights: readonly number[];
  /** Renders row i; positioned by the list. */
  readonly renderRow: (i: number) => ReactNode;
  /** A stable React key for row i (the entity's key), so a row keeps its memoised content while scrolling. */
  readonly rowKey: (i: number) => string;
  /** A row to bring into view whenever this value changes (e.g. the selected row). */
  readonly reveal: number;
  /** A DOM id of an element to focus once it is rendered (keyboard navigation), or null. */
  readonly focusId: string | null;
  readonly onFocused: () => void;
  readonly onKeyDown?: (e: KeyboardEvent<HTMLElement>) => void;
  readonly ariaLabel: string;
  readonly testId: string;
}

export function VirtualList(props: VirtualListProps) {
  const { heights, reveal, focusId, onFocused } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // Until the list is measured, assume it is as tall as the window (a few rows too many, never too few), so the
  // first render needs no layout read and no second render.
  const [height, setHeight] = useState(() => (typeof window === 'undefined' ? 800 : window.innerHeight));
  const offsets = useOffsets(heights);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => setHeight(entry.contentRect.height || 800));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Selecting a part (from the list, the problems panel, undo) scrolls its row into view.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || reveal < 0) return;
    const top = scrollToReveal(offsets, reveal, el.scrollTop, el.clientHeight || height);
    if (top !== null) {
      el.scrollTop = top;
      setScrollTop(el.scrollTop);
    }
    // offsets/height are read, not watched: a list change alone must not jump the scroll position.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal]);

  useLayoutEffect(() => {
    if (!focusId) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(focusId)}"]`);
    if (row) {
      row.focus();
      onFocused();
    }
  });

  const { start, end } = visibleRange(offsets, scrollTop, height, OVERSCAN);
  const rows: ReactNode[] = [];
  for (let i = start; i < end; i++) {
    rows.push(
      // A plain element, not a styled one: these wrappers re-render with the list on every change.
      <li key={props.rowKey(i)} style={{ listStyle: 'none', position: 'absolute', left: 0, right: 0, top: offsets[i], height: heights[i] }}>
        {props.renderRow(i)}
      </li>,
    );
  }
  return (
    <Box
      ref={scroller}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={props.onKeyDown}
      sx={{ height: '100%', overflowY: 'auto', position: 'relative' }}
    >
      <List dense disablePadding aria-label={props.ariaLabel} data-testid={props.testId} sx={{ position: 'relative' }} style={{ height: offsets[offsets.length - 1] }}>
        {rows}
      </List>
    </Box>
  );
}

function useOffsets(heights: readonly number[]): readonly number[] {
  const memo = useRef<{ heights: readonly number[]; offsets: readonly number[] } | null>(null);
  if (memo.current?.heights !== heights) memo.current = { heights, offsets: rowOffsets(heights) };
  return memo.current.offsets;
}
