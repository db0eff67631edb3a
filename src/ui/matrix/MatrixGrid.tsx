// The targets × variants grid, virtual in both axes: of 1000 × 1000 cells only the rows and columns in view
// (plus a few either side) are in the DOM, under a sticky row of target Ids and beside a sticky column of
// variant names. The grid re-renders when the first row or column in view changes, not on every scrolled pixel.
// Keyboard: one tab stop (the active cell, always rendered, even when scrolled away), arrows, Home/End,
// Ctrl+Home/End, PageUp/PageDown; Space or Enter toggles. Clicks are handled once, on the grid.

import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import type { Target, Variant } from '../../model/types.ts';
import { actions } from '../../store/actions.ts';
import {
  CELL_SIZE,
  COLUMN_HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  clampCell,
  firstInView,
  indicesWith,
  moveCell,
  pageSize,
  scrollToShow,
  spanFrom,
  type Cell,
} from './matrix-grid.ts';
import { targetIdSet } from './membership.ts';
import { MatrixHeader, MatrixRow } from './MatrixRows.tsx';

const ROW_OVERSCAN = 6;
const COL_OVERSCAN = 4;

/** The first row and column under the sticky headers. */
function firstCell(el: HTMLElement): Cell {
  return { row: firstInView(el.scrollTop, CELL_SIZE), col: firstInView(el.scrollLeft, CELL_SIZE) };
}

/** The cell a DOM node belongs to (a click or focus target inside the grid), or null. */
function cellOf(node: EventTarget): Cell | null {
  const cell = (node as HTMLElement).closest<HTMLElement>('[data-col]');
  const row = cell?.closest<HTMLElement>('[data-row]');
  if (!cell || !row) return null;
  return { row: Number(row.dataset.row), col: Number(cell.dataset.col) };
}

/** Scrolls `el` so that `cell` is whole beside and under the sticky headers. */
function reveal(el: HTMLElement, cell: Cell): void {
  const top = scrollToShow(cell.row, CELL_SIZE, el.scrollTop, el.clientHeight - COLUMN_HEADER_HEIGHT);
  const left = scrollToShow(cell.col, CELL_SIZE, el.scrollLeft, el.clientWidth - ROW_HEADER_WIDTH);
  if (top !== null) el.scrollTop = top;
  if (left !== null) el.scrollLeft = left;
}

export function MatrixGrid({ targets, variants }: { targets: readonly Target[]; variants: readonly Variant[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const rows = variants.length;
  const cols = targets.length;
  const [first, setFirst] = useState<Cell>({ row: 0, col: 0 });
  // Until measured, assume the window's size: a few cells too many, never too few, and no layout read.
  const [viewport, setViewport] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  const [activeCell, setActive] = useState<Cell>({ row: 0, col: 0 });
  const active = clampCell(activeCell, rows, cols);
  // Set by a keyboard move or a click: the next commit scrolls the active cell into view and focuses it.
  const focusWanted = useRef(false);
  const knownIds = useMemo(() => targetIdSet(targets), [targets]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setViewport({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  function follow(el: HTMLElement) {
    const next = firstCell(el);
    setFirst((prev) => (prev.row === next.row && prev.col === next.col ? prev : next));
  }

  // After a move, in the same frame: scroll (which may bring new rows and columns, rendered before paint) and focus.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!focusWanted.current || !el) return;
    focusWanted.current = false;
    reveal(el, active);
    follow(el);
    el.querySelector<HTMLElement>(`[data-row="${active.row}"] [data-col="${active.col}"] [role="checkbox"]`)?.focus({ preventScroll: true });
  });

  function toggle(cell: Cell) {
    const id = targets[cell.col].id;
    if (id) actions.toggleVariantTargetRef(variants[cell.row].key, id);
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const el = scroller.current;
    if (!el || !cellOf(e.target) || e.altKey || e.metaKey) return;
    if (e.key === ' ' || e.key === 'Enter') {
      e.preventDefault();
      if (!e.repeat) toggle(active);
      return;
    }
    const next = moveCell(active, e, rows, cols, pageSize(CELL_SIZE, el.clientHeight - COLUMN_HEADER_HEIGHT));
    if (!next) return;
    e.preventDefault();
    focusWanted.current = true;
    setActive(next);
  }

  function onClick(e: MouseEvent<HTMLElement>) {
    const cell = cellOf(e.target);
    if (!cell) return;
    focusWanted.current = true;
    setActive(cell);
    toggle(cell);
  }

  // Tabbing in or clicking (the browser scrolls the cell into view, perhaps under a sticky header): show it whole.
  function onFocus(e: FocusEvent<HTMLElement>) {
    const el = scroller.current;
    const cell = cellOf(e.target);
    if (el && cell) reveal(el, cell);
  }

  const rowSpan = spanFrom(first.row, rows, CELL_SIZE, viewport.height - COLUMN_HEADER_HEIGHT, ROW_OVERSCAN);
  const colSpan = spanFrom(first.col, cols, CELL_SIZE, viewport.width - ROW_HEADER_WIDTH, COL_OVERSCAN);
  const width = ROW_HEADER_WIDTH + cols * CELL_SIZE;
  return (
    <Box
      ref={scroller}
      role="grid"
      aria-label="Targets × variants"
      aria-rowcount={rows + 1}
      aria-colcount={cols + 1}
      data-testid="matrix-grid"
      onScroll={(e) => follow(e.currentTarget)}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={onFocus}
      sx={gridSx}
    >
      <div style={{ position: 'relative', width, height: COLUMN_HEADER_HEIGHT + rows * CELL_SIZE }}>
        <MatrixHeader targets={targets} colStart={colSpan.start} colEnd={colSpan.end} activeCol={active.col} width={width} />
        {indicesWith(rowSpan, active.row).map((i) => (
          <MatrixRow
            key={variants[i].key}
            index={i}
            variant={variants[i]}
            targets={targets}
            knownIds={knownIds}
            colStart={colSpan.start}
            colEnd={colSpan.end}
            activeCol={i === active.row ? active.col : -1}
            width={width}
          />
        ))}
      </div>
    </Box>
  );
}

const gridSx = (t: Theme) => ({
  flexGrow: 1,
  minHeight: 160,
  mt: 1,
  overflow: 'auto',
  position: 'relative',
  contain: 'strict',
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  typography: 'body2',
  '& .m-head': { position: 'sticky', top: 0, zIndex: 2, height: COLUMN_HEADER_HEIGHT, bgcolor: 'background.paper' },
  '& .m-corner': {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    width: ROW_HEADER_WIDTH,
    height: COLUMN_HEADER_HEIGHT,
    display: 'flex',
    alignItems: 'flex-end',
    p: 1,
    color: 'text.secondary',
    bgcolor: 'background.paper',
    borderRight: 1,
    borderBottom: 1,
    borderColor: 'divider',
  },
  '& .m-colhead': {
    position: 'absolute',
    top: 0,
    width: CELL_SIZE,
    height: COLUMN_HEADER_HEIGHT,
    display: 'flex',
    alignItems: 'flex-end',
    justifyContent: 'center',
    pb: 1,
    borderBottom: 1,
    borderColor: 'divider',
  },
  // Target Ids read bottom to top; a long one is cut, its title shows it whole.
  '& .m-colhead > span': {
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    maxHeight: COLUMN_HEADER_HEIGHT - 16,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  '& .m-row': { position: 'absolute', left: 0, height: CELL_SIZE },
  '& .m-rowhead': {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    width: ROW_HEADER_WIDTH,
    height: CELL_SIZE,
    display: 'flex',
    alignItems: 'center',
    gap: 0.5,
    px: 1,
    bgcolor: 'background.paper',
    borderRight: 1,
    borderColor: 'divider',
  },
  '& .m-name': { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .m-note': { flexShrink: 0, typography: 'caption', color: 'warning.dark' },
  // The active cell's row and column headers, so that the eye finds what the focused cell pairs.
  '& .m-current': { fontWeight: 600, backgroundImage: `linear-gradient(${t.palette.action.selected}, ${t.palette.action.selected})` },
  '& .m-cell': {
    position: 'absolute',
    top: 0,
    width: CELL_SIZE,
    height: CELL_SIZE,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    cursor: 'pointer',
    boxShadow: `inset -1px -1px 0 ${t.palette.divider}`,
  },
  '& .m-box': {
    width: 18,
    height: 18,
    border: `2px solid ${t.palette.text.secondary}`,
    borderRadius: '3px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: t.palette.primary.contrastText,
    fontSize: 13,
    lineHeight: 1,
  },
  '& .m-box[aria-checked="true"]': { bgcolor: 'primary.main', borderColor: 'primary.main' },
  '& .m-box[aria-checked="true"]::after': { content: '"✓"' },
  '& .m-box[aria-disabled="true"]': { borderStyle: 'dashed', opacity: 0.4, cursor: 'not-allowed' },
  '& .m-box:focus-visible': { outline: `2px solid ${t.palette.primary.main}`, outlineOffset: 3 },
});
