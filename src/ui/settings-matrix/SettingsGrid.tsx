// The settings × (Static and variants) grid, virtual in both axes: of thousands of rows and hundreds of columns
// only those in view (plus a few either side) are in the DOM, under a sticky row of column names and beside a
// sticky column of settings. Keyboard (the ARIA grid pattern, as the targets × variants grid): one tab stop (the
// active cell, always rendered), arrows, Home/End, Ctrl+Home/End, PageUp/PageDown; Enter or F2 on a value cell
// opens its editor (a double click too); Enter on a setting, or Shift+F10 anywhere in its row, opens the row's
// actions. Clicks and keys are handled once, on the grid's body.

import { useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import Box from '@mui/material/Box';
import { useGridWindow } from '../matrix/use-grid-window.ts';
import type { MatrixColumn, MatrixRow } from '../../model/settings-matrix.ts';
import { clampCell, firstInView, indicesWith, moveCell, pageSize, scrollToShow, spanFrom, type Cell } from '../matrix/matrix-grid.ts';
import { COLUMN_WIDTH, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, cellLeft, columnAt } from './settings-grid.ts';
import { settingsGridSx } from './settings-grid-style.ts';
import { SettingsHeader, SettingsRow } from './SettingsRows.tsx';
import { CellEditor } from './CellEditor.tsx';
import { RowActionsMenu } from './RowActionsMenu.tsx';
import { ActiveCellCaption } from './ActiveCellCaption.tsx';

const ROW_OVERSCAN = 6;
const COL_OVERSCAN = 3;

/** The first row and matrix column under the sticky headers. */
function firstCell(el: HTMLElement): Cell {
  return { row: firstInView(el.scrollTop, ROW_HEIGHT), col: firstInView(el.scrollLeft, COLUMN_WIDTH) };
}

/** The grid cell a DOM node belongs to (not inside the editor), or null. */
function cellOf(node: EventTarget): Cell | null {
  const el = node as HTMLElement;
  if (el.closest?.('.s-editor')) return null;
  const cell = el.closest?.<HTMLElement>('[data-col]');
  const row = cell?.closest<HTMLElement>('[data-row]');
  if (!cell || !row) return null;
  return { row: Number(row.dataset.row), col: Number(cell.dataset.col) };
}

/** Scrolls `el` so that `cell` is whole beside and under the sticky headers (a row header needs no horizontal scroll). */
function reveal(el: HTMLElement, cell: Cell): void {
  const top = scrollToShow(cell.row, ROW_HEIGHT, el.scrollTop, el.clientHeight - HEADER_HEIGHT);
  const left = cell.col === 0 ? null : scrollToShow(cell.col - 1, COLUMN_WIDTH, el.scrollLeft, el.clientWidth - ROW_HEADER_WIDTH);
  if (top !== null) el.scrollTop = top;
  if (left !== null) el.scrollLeft = left;
}

interface GridProps {
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
  /** Called with the key of the row whose cell is being edited (null when none), so the filter keeps it. */
  readonly onEditing: (rowKey: string | null) => void;
}

/** The scrolling element with the grid's role and counts; it re-renders when the matrix does, not while scrolling. */
export function SettingsGrid({ columns, rows, onEditing }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The active cell, as the body reports it, for the caption under the grid (the body is not re-rendered by it).
  const [shown, setShown] = useState<Cell>({ row: 0, col: 1 });
  return (
    <>
      <Box
        ref={scroller}
        role="grid"
        aria-label="Settings matrix"
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        data-testid="settings-matrix-grid"
        sx={settingsGridSx}
      >
        <GridBody scroller={scroller} columns={columns} rows={rows} onEditing={onEditing} onActive={setShown} />
      </Box>
      <ActiveCellCaption cell={clampCell(shown, rows.length, columns.length + 1)} rows={rows} columns={columns} />
    </>
  );
}

interface BodyProps extends GridProps {
  readonly scroller: RefObject<HTMLDivElement | null>;
  onActive(cell: Cell): void;
}

function GridBody({ scroller, columns, rows, onEditing, onActive }: BodyProps) {
  const rowCount = rows.length;
  const colCount = columns.length + 1;
  const { first, viewport, follow } = useGridWindow(scroller, firstCell);
  const [activeCell, setActive] = useState<Cell>({ row: 0, col: 1 });
  const active = clampCell(activeCell, rowCount, colCount);
  const { row: activeRowIndex, col: activeColIndex } = active;
  useEffect(() => onActive({ row: activeRowIndex, col: activeColIndex }), [onActive, activeRowIndex, activeColIndex]);
  const [editing, setEditing] = useState(false);
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  // Set by a keyboard move, a click or a closed editor: the next commit scrolls the active cell into view and focuses it.
  const focusWanted = useRef(false);
  const activeRow = rows[active.row];
  const activeColumn = columnAt(columns, active);

  const editingKey = editing && activeColumn ? (activeRow?.key ?? null) : null;
  useEffect(() => onEditing(editingKey), [editingKey, onEditing]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!focusWanted.current || !el) return;
    focusWanted.current = false;
    reveal(el, active);
    follow(el);
    el.querySelector<HTMLElement>(`[data-row="${active.row}"] [data-col="${active.col}"]`)?.focus({ preventScroll: true });
  });

  function moveTo(cell: Cell) {
    focusWanted.current = true;
    setEditing(false);
    setActive(cell);
  }

  function closeEditor() {
    focusWanted.current = true;
    setEditing(false);
  }

  function openMenu(cell: Cell) {
    const el = scroller.current?.querySelector<HTMLElement>(`[data-row="${cell.row}"] [data-col="0"]`);
    if (el) setMenuAnchor(el);
  }

  function closeMenu() {
    setMenuAnchor(null);
    focusWanted.current = true;
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const el = scroller.current;
    if (!el || !cellOf(e.target) || e.altKey || e.metaKey) return;
    if ((e.key === 'F10' && e.shiftKey) || e.key === 'ContextMenu' || (e.key === 'Enter' && active.col === 0)) {
      e.preventDefault();
      openMenu(active);
      return;
    }
    if ((e.key === 'Enter' || e.key === 'F2') && active.col > 0) {
      e.preventDefault();
      if (!e.repeat) setEditing(true);
      return;
    }
    const next = moveCell(active, e, rowCount, colCount, pageSize(ROW_HEIGHT, el.clientHeight - HEADER_HEIGHT));
    if (!next) return;
    e.preventDefault();
    moveTo(next);
  }

  function onClick(e: MouseEvent<HTMLElement>) {
    const cell = cellOf(e.target);
    if (!cell) return;
    moveTo(cell);
    if ((e.target as HTMLElement).closest('[data-menu]')) openMenu(cell);
  }

  function onDoubleClick(e: MouseEvent<HTMLElement>) {
    const cell = cellOf(e.target);
    if (!cell || cell.col === 0) return;
    setActive(cell);
    setEditing(true);
  }

  // Tabbing in or clicking (the browser scrolls the cell into view, perhaps under a sticky header): show it whole.
  function onFocus(e: FocusEvent<HTMLElement>) {
    const el = scroller.current;
    const cell = cellOf(e.target);
    if (el && cell) reveal(el, cell);
  }

  const rowSpan = spanFrom(first.row, rowCount, ROW_HEIGHT, viewport.height - HEADER_HEIGHT, ROW_OVERSCAN);
  const colSpan = spanFrom(first.col, columns.length, COLUMN_WIDTH, viewport.width - ROW_HEADER_WIDTH, COL_OVERSCAN);
  const width = ROW_HEADER_WIDTH + columns.length * COLUMN_WIDTH;
  return (
    <div
      onKeyDown={onKeyDown}
      onClick={onClick}
      onDoubleClick={onDoubleClick}
      onFocus={onFocus}
      style={{ position: 'relative', width, height: HEADER_HEIGHT + rowCount * ROW_HEIGHT }}
    >
      <SettingsHeader columns={columns} colStart={colSpan.start} colEnd={colSpan.end} activeCol={active.col - 1} width={width} />
      {indicesWith(rowSpan, active.row).map((i) => (
        <SettingsRow
          key={rows[i].key}
          index={i}
          row={rows[i]}
          columns={columns}
          colStart={colSpan.start}
          colEnd={colSpan.end}
          activeCol={i === active.row ? active.col : -1}
          width={width}
        />
      ))}
      {editing && activeRow && activeColumn && (
        <CellEditor
          key={`${activeRow.key} ${activeColumn.id}`}
          row={activeRow}
          rowIndex={active.row}
          column={activeColumn}
          left={cellLeft(active.col)}
          onClose={closeEditor}
        />
      )}
      {menuAnchor && activeRow && <RowActionsMenu anchor={menuAnchor} row={activeRow} columns={columns} active={activeColumn} onClose={closeMenu} />}
    </div>
  );
}
