// The targets × variants grid, virtual in both axes: of 1000 × 1000 cells only the rows and columns in view
// (plus a few either side) are in the DOM, under a sticky row of target Ids and beside a sticky column of
// variant names. Keyboard: one tab stop (the active cell, always rendered, even when scrolled away), arrows,
// Home/End, Ctrl+Home/End, PageUp/PageDown; Space or Enter toggles. Clicks and keys are handled once, on the
// grid's body, not per cell.

import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import Box from '@mui/material/Box';
import { useGridWindow } from './use-grid-window.ts';
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
import { gridSx } from './matrix-style.ts';
import { ActiveCellCaption } from './ActiveCellCaption.tsx';

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

interface GridProps {
  readonly targets: readonly Target[];
  readonly variants: readonly Variant[];
}

/**
 * The scrolling element with the grid's role, counts and class rules. It re-renders when the document does, not
 * while scrolling: MUI turns `sx` into a class on every render, which the body's per-scroll renders skip.
 */
export function MatrixGrid({ targets, variants }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The active cell, as the body reports it, for the caption under the grid (the body is not re-rendered by it).
  const [shown, setShown] = useState<Cell>({ row: 0, col: 0 });
  return (
    <>
      <Box
        ref={scroller}
        role="grid"
        aria-label="Targets × variants"
        aria-rowcount={variants.length + 1}
        aria-colcount={targets.length + 1}
        data-testid="matrix-grid"
        sx={gridSx}
      >
        <GridBody scroller={scroller} targets={targets} variants={variants} onActive={setShown} />
      </Box>
      <ActiveCellCaption cell={clampCell(shown, variants.length, targets.length)} targets={targets} variants={variants} />
    </>
  );
}

interface BodyProps extends GridProps {
  readonly scroller: RefObject<HTMLDivElement | null>;
  onActive(cell: Cell): void;
}

function GridBody({ scroller, targets, variants, onActive }: BodyProps) {
  const rows = variants.length;
  const cols = targets.length;
  const { first, viewport, follow } = useGridWindow(scroller, firstCell);
  const [activeCell, setActive] = useState<Cell>({ row: 0, col: 0 });
  const active = clampCell(activeCell, rows, cols);
  // Set by a keyboard move or a click: the next commit scrolls the active cell into view and focuses it.
  const focusWanted = useRef(false);
  const knownIds = useMemo(() => targetIdSet(targets), [targets]);
  const { row: activeRow, col: activeCol } = active;
  useEffect(() => onActive({ row: activeRow, col: activeCol }), [onActive, activeRow, activeCol]);

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
    <div
      onKeyDown={onKeyDown}
      onClick={onClick}
      onFocus={onFocus}
      style={{ position: 'relative', width, height: COLUMN_HEADER_HEIGHT + rows * CELL_SIZE }}
    >
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
  );
}
