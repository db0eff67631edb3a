// The in-place editor of one cell of the settings matrix: the setting's typed value editor (../settings/
// ValueEditor.tsx, shaped by its catalog type), over the cell. Typing into a cell that is not set adds the Setting
// to that owner (to its group of that path, or a new one); the run of keystrokes is one undo step. Enter or
// Escape closes it and gives the focus back to the cell.

import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { MatrixColumn, MatrixRow } from '../../model/settings-matrix.ts';
import { cellAt } from '../../model/settings-matrix.ts';
import { findSetting } from '../../model/catalog/lookup.ts';
import type { FieldRef } from '../../model/refs.ts';
import { settingsMatrixActions } from '../../store/settings-matrix-actions.ts';
import { ValueEditor } from '../settings/ValueEditor.tsx';
import { partOf } from '../settings/owner-part.ts';
import { EDITOR_WIDTH, HEADER_HEIGHT, ROW_HEIGHT, fitWithin } from './settings-grid.ts';

interface CellEditorProps {
  readonly row: MatrixRow;
  readonly rowIndex: number;
  readonly column: MatrixColumn;
  /** The cell's left edge in the grid's content. */
  readonly left: number;
  readonly onClose: () => void;
}

/** The first thing to type into: a text field, a select or a list's first item. */
const FIRST_FIELD = 'input:not([aria-hidden="true"]):not([type="hidden"]), textarea, [role="combobox"]';

export function CellEditor({ row, rowIndex, column, left, onClose }: CellEditorProps) {
  const panel = useRef<HTMLDivElement>(null);
  const top = HEADER_HEIGHT + rowIndex * ROW_HEIGHT;
  const cell = cellAt(row, column);
  // The owner's own spelling of the path and name when it sets the row; a new Setting takes the row's.
  const path = cell?.path ?? row.path;
  const name = cell?.name ?? row.name;
  const setting = useMemo(() => findSetting(path, name), [path, name]);
  const owner = column.owner;
  const groupKey = cell?.groupKey;
  const entryKey = cell?.entryKey;
  const fieldRef = useMemo<FieldRef>(
    () => ({ part: partOf(owner), path: groupKey && entryKey ? [groupKey, entryKey] : ['settings-matrix', row.key], field: 'value' }),
    [owner, groupKey, entryKey, row.key],
  );

  // Before paint: keep the panel within the grid's visible width (it is wider than a cell), then focus its field
  // without scrolling the grid.
  useLayoutEffect(() => {
    const el = panel.current;
    const grid = el?.closest<HTMLElement>('[role="grid"]');
    if (!el || !grid) return;
    const width = Math.min(EDITOR_WIDTH, grid.clientWidth - 8);
    el.style.width = `${width}px`;
    el.style.left = `${fitWithin(left, width, grid.scrollLeft, grid.scrollLeft + grid.clientWidth)}px`;
    // A tall editor (a list) near the bottom opens upwards, under the sticky header at most.
    el.style.top = `${fitWithin(top, el.offsetHeight, grid.scrollTop + HEADER_HEIGHT, grid.scrollTop + grid.clientHeight)}px`;
    el.querySelector<HTMLElement>(FIRST_FIELD)?.focus({ preventScroll: true });
  }, [left, top]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    // Keys a select or a suggestion list used (opening, choosing, closing its list) are theirs; keys from a
    // menu rendered elsewhere (a portal) are not the panel's.
    if (e.defaultPrevented || !panel.current?.contains(e.target as Node)) return;
    if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey)) {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  }

  return (
    <div
      ref={panel}
      className="s-editor"
      role="dialog"
      aria-label={`${name} in ${column.label}`}
      data-testid="settings-matrix-editor"
      onKeyDown={onKeyDown}
      style={{ top, left, width: EDITOR_WIDTH }}
    >
      <div className="s-editor-title" title={`${path}\n${name}`}>
        {name} · {column.label}
        {cell ? '' : ' (not set: typing adds it)'}
      </div>
      <ValueEditor
        setting={setting}
        value={cell?.value}
        onChange={(v) => settingsMatrixActions.setValue(owner, path, name, v)}
        fieldRef={fieldRef}
        testId="settings-matrix-editor-value"
      />
    </div>
  );
}
