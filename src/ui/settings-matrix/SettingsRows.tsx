// The rows of the settings matrix's grid: the header row (Static, then each variant with its target) and one row
// per setting (its name and path, then one cell per column). Plain elements styled by class from the grid, and
// memoised on the row object and the columns in view, so scrolling re-renders only the rows that came into view.

import { memo } from 'react';
import type { MatrixCell, MatrixColumn, MatrixRow } from '../../model/settings-matrix.ts';
import { indicesWith } from '../matrix/matrix-grid.ts';
import { COLUMN_WIDTH, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from './settings-grid.ts';

interface HeaderProps {
  readonly columns: readonly MatrixColumn[];
  readonly colStart: number;
  readonly colEnd: number;
  /** The active cell's matrix column (grid column - 1), or -1. */
  readonly activeCol: number;
  readonly width: number;
}

/** What a column applies to: every image (Static), or its variant's target. */
export function targetNote(c: MatrixColumn): string {
  if (c.owner.kind === 'static') return 'every image';
  return c.target === undefined ? 'no target' : `→ ${c.target || '(empty Id)'}`;
}

export const SettingsHeader = memo(function SettingsHeader({ columns, colStart, colEnd, activeCol, width }: HeaderProps) {
  return (
    <div role="row" aria-rowindex={1} className="s-head" style={{ width }}>
      <div role="columnheader" aria-colindex={1} className="s-corner">
        Setting \ Static and variants
      </div>
      {indicesWith({ start: colStart, end: colEnd }, activeCol).map((j) => {
        const c = columns[j];
        const note = targetNote(c);
        let cls = 's-colhead';
        if (c.owner.kind === 'static') cls += ' s-static';
        if (j === activeCol) cls += ' s-current';
        return (
          <div key={c.id} role="columnheader" aria-colindex={j + 2} title={`${c.label} (${note})`} className={cls} style={{ left: ROW_HEADER_WIDTH + j * COLUMN_WIDTH }}>
            <span className="s-colname">{c.label}</span>
            <span className="s-coltarget" aria-hidden="true">
              {note}
            </span>
          </div>
        );
      })}
    </div>
  );
});

/** What a cell shows, and its title (the whole value, which the cell may cut). */
function shown(cell: MatrixCell | undefined, column: MatrixColumn): { text: string; cls: string; title: string } {
  if (!cell) return { text: '—', cls: 's-value s-unset', title: `Not set in ${column.label}` };
  const twice = cell.count > 1 ? `\nSet ${cell.count} times in ${column.label}: the first is shown.` : '';
  if (cell.value === undefined) return { text: '(no Value)', cls: 's-value s-empty', title: `No Value attribute${twice}` };
  if (cell.value === '') return { text: '(empty)', cls: 's-value s-empty', title: `An empty value${twice}` };
  return { text: cell.value, cls: 's-value', title: cell.value + twice };
}

interface RowProps {
  readonly index: number;
  readonly row: MatrixRow;
  readonly columns: readonly MatrixColumn[];
  readonly colStart: number;
  readonly colEnd: number;
  /** The active cell's grid column when it is in this row (0 = the row header), else -1. */
  readonly activeCol: number;
  readonly width: number;
}

export const SettingsRow = memo(function SettingsRow({ index, row, columns, colStart, colEnd, activeCol, width }: RowProps) {
  const staticValue = columns[0]?.cells.cells.get(row.key);
  const label = `${row.name} (${row.path})${row.differs ? ', differs' : ''}`;
  return (
    <div role="row" aria-rowindex={index + 2} data-row={index} className="s-row" style={{ top: HEADER_HEIGHT + index * ROW_HEIGHT, width }}>
      <div
        role="rowheader"
        aria-colindex={1}
        aria-label={label}
        data-col={0}
        tabIndex={activeCol === 0 ? 0 : -1}
        title={`${row.path}\n${row.name}`}
        className={activeCol >= 0 ? 's-rowhead s-current' : 's-rowhead'}
      >
        <span className="s-name">{row.name || '(no Name)'}</span>
        <span className="s-path">{row.path || '(no Path)'}</span>
        {row.differs && <span className="s-differs">differs</span>}
        <button type="button" className="s-menu" tabIndex={-1} aria-label={`Actions for ${row.name}`} aria-haspopup="menu" data-menu>
          ⋮
        </button>
      </div>
      {indicesWith({ start: colStart, end: colEnd }, activeCol - 1).map((j) => {
        const column = columns[j];
        const cell = column.cells.cells.get(row.key);
        const { text, cls, title } = shown(cell, column);
        let cellCls = 's-cell';
        if (column.owner.kind === 'static') cellCls += ' s-static';
        else if (cell && staticValue && cell.value !== staticValue.value) cellCls += ' s-override';
        return (
          <div
            key={column.id}
            role="gridcell"
            aria-colindex={j + 2}
            data-col={j + 1}
            tabIndex={j + 1 === activeCol ? 0 : -1}
            title={title}
            className={cellCls}
            style={{ left: ROW_HEADER_WIDTH + j * COLUMN_WIDTH }}
          >
            <span className={cls} aria-hidden={cell ? undefined : true}>
              {text}
            </span>
            {!cell && <span className="s-visually-hidden">not set</span>}
            {cell && cell.count > 1 && <span className="s-count">×{cell.count}</span>}
          </div>
        );
      })}
    </div>
  );
});
