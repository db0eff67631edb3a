// The rows of the targets × variants grid: the header row of target Ids and one row per variant. They are
// plain elements (a million MUI check boxes would not do; a screenful of them re-rendering on scroll neither),
// styled by class from the grid, and memoised: a toggle re-renders the one row whose variant changed.

import { memo } from 'react';
import type { Target, Variant } from '../../model/types.ts';
import { CELL_SIZE, COLUMN_HEADER_HEIGHT, ROW_HEADER_WIDTH, indicesWith } from './matrix-grid.ts';
import { danglingIds, referencedIds } from './membership.ts';

const targetLabel = (t: Target) => t.id || '(no Id)';
/** As the part list names a variant; an unnamed one also by its position, so each cell's name is distinct. */
const variantLabel = (v: Variant, index: number) => v.name || `${index + 1} (unnamed)`;

interface HeaderProps {
  readonly targets: readonly Target[];
  readonly colStart: number;
  readonly colEnd: number;
  readonly activeCol: number;
  readonly width: number;
}

export const MatrixHeader = memo(function MatrixHeader({ targets, colStart, colEnd, activeCol, width }: HeaderProps) {
  return (
    <div role="row" aria-rowindex={1} className="m-head" style={{ width }}>
      <div role="columnheader" aria-colindex={1} className="m-corner">
        Variant \ Target
      </div>
      {indicesWith({ start: colStart, end: colEnd }, activeCol).map((j) => {
        const label = targetLabel(targets[j]);
        return (
          <div
            key={targets[j].key}
            role="columnheader"
            aria-colindex={j + 2}
            title={label}
            className={j === activeCol ? 'm-colhead m-current' : 'm-colhead'}
            style={{ left: ROW_HEADER_WIDTH + j * CELL_SIZE }}
          >
            <span>{label}</span>
          </div>
        );
      })}
    </div>
  );
});

interface RowProps {
  readonly index: number;
  readonly variant: Variant;
  readonly targets: readonly Target[];
  /** The Ids of the targets (a ref to another Id is dangling: noted, not a column). */
  readonly knownIds: ReadonlySet<string>;
  /** The columns in view, [colStart, colEnd): primitives, so that a row whose props did not change is skipped. */
  readonly colStart: number;
  readonly colEnd: number;
  /** The active cell's column when it is in this row, else -1. */
  readonly activeCol: number;
  readonly width: number;
}

export const MatrixRow = memo(function MatrixRow({ index, variant, targets, knownIds, colStart, colEnd, activeCol, width }: RowProps) {
  const name = variantLabel(variant, index);
  const refs = referencedIds(variant);
  const dangling = danglingIds(variant, knownIds);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-row={index}
      className="m-row"
      style={{ top: COLUMN_HEADER_HEIGHT + index * CELL_SIZE, width }}
    >
      <div role="rowheader" aria-colindex={1} title={variant.name} className={activeCol >= 0 ? 'm-rowhead m-current' : 'm-rowhead'}>
        <span className="m-name">{variant.name || '(unnamed)'}</span>
        {dangling.length > 0 && (
          <span className="m-note" title={`Also refers to ${dangling.map((id) => `“${id}”`).join(', ')}, which no target has`}>
            +{dangling.length} unknown
          </span>
        )}
      </div>
      {indicesWith({ start: colStart, end: colEnd }, activeCol).map((j) => {
        const t = targets[j];
        const id = t.id;
        return (
          <div key={t.key} role="gridcell" aria-rowindex={index + 2} aria-colindex={j + 2} data-col={j} className="m-cell" style={{ left: ROW_HEADER_WIDTH + j * CELL_SIZE }}>
            <span
              role="checkbox"
              aria-checked={!!id && refs.has(id)}
              aria-disabled={id ? undefined : true}
              aria-label={`Variant ${name} applies to target ${targetLabel(t)}`}
              tabIndex={j === activeCol ? 0 : -1}
              className="m-box"
            />
          </div>
        );
      })}
    </div>
  );
});
