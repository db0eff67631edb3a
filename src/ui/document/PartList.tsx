// The navigation list of the document's parts: the root, imports, each target, Static, each variant.
// Targets and variants can number thousands, so the list is virtual (only the rows in view are rendered),
// and each row is memoised on primitive props, so a keystroke re-renders at most the row it changed.

import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import IconButton from '@mui/material/IconButton';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Tooltip from '@mui/material/Tooltip';
import AddIcon from '@mui/icons-material/Add';
import type { PartRef } from '../../model/refs.ts';
import { samePart } from '../../model/refs.ts';
import { importList } from '../../model/imports.ts';
import { staticItems, targetList } from '../../model/answer-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { VirtualList } from './VirtualList.tsx';
import { partRows, rowId, targetLabelList, variantLabelList, type PartRow } from './part-rows.ts';

// The part list is mounted once; its label lists keep their previous result between keystrokes.
const targetLabels = targetLabelList();
const variantLabels = variantLabelList();

const HEADER_HEIGHT = 36;
const ITEM_HEIGHT = 48;

const Header = memo(function Header({ title, add }: { title: string; add?: 'target' | 'variant' }) {
  const label = add === 'target' ? 'Add target' : 'Add variant';
  return (
    <ListSubheader component="div" disableSticky sx={{ display: 'flex', alignItems: 'center', lineHeight: '36px', height: HEADER_HEIGHT, bgcolor: 'background.default' }}>
      <span style={{ flexGrow: 1 }}>{title}</span>
      {add && (
        <Tooltip title={label}>
          <IconButton
            size="small"
            edge="end"
            aria-label={label}
            onClick={add === 'target' ? actions.addTarget : () => actions.addVariant()}
            data-testid={`add-${add}`}
          >
            <AddIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </ListSubheader>
  );
});

interface ItemProps {
  readonly part: PartRef;
  readonly id: string;
  readonly selected: boolean;
  readonly primary: string;
  readonly secondary: string;
  readonly testId: string;
}

const PartItem = memo(function PartItem(props: ItemProps) {
  return (
    <ListItemButton
      dense
      selected={props.selected}
      onClick={() => actions.select(props.part)}
      data-testid={props.testId}
      data-row-id={props.id}
      aria-current={props.selected ? 'true' : undefined}
      sx={{ py: 0.25, height: ITEM_HEIGHT, overflow: 'hidden' }}
    >
      <ListItemText
        primary={props.primary}
        secondary={props.secondary}
        slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true, variant: 'caption' } }}
      />
    </ListItemButton>
  );
});

export function PartList() {
  const selection = useEditor((s) => s.selection);
  // Only what the rows show: an edit elsewhere (a description, a setting's value) re-renders nothing here.
  const name = useEditor((s) => s.doc.name);
  const owner = useEditor((s) => s.doc.owner);
  const targets = useEditor((s) => targetLabels(targetList(s.doc)));
  const importCount = useEditor((s) => importList(s.doc).length);
  const staticCount = useEditor((s) => staticItems(s.doc).length);
  const variants = useEditor((s) => variantLabels(s.doc.variants));
  const rows = useMemo(
    () => partRows({ name, owner, importCount, targets, staticCount, variants }),
    [name, owner, importCount, targets, staticCount, variants],
  );
  const heights = useMemo(() => rows.map((r) => (r.kind === 'header' ? HEADER_HEIGHT : ITEM_HEIGHT)), [rows]);
  const selectedIndex = rows.findIndex((r) => r.kind === 'item' && samePart(r.part, selection));
  const [focusId, setFocusId] = useState<string | null>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  // Arrow keys, Home and End move the selection between parts (and focus follows), as in a listbox.
  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const target = e.target as HTMLElement;
    const from = target.dataset.rowId;
    if (from === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = rowsRef.current.filter((r): r is Extract<PartRow, { kind: 'item' }> => r.kind === 'item');
    const at = items.findIndex((r) => r.id === from);
    let next: number;
    if (e.key === 'ArrowDown') next = Math.min(items.length - 1, at + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else return;
    e.preventDefault();
    const row = items[next];
    if (!row) return;
    actions.select(row.part);
    setFocusId(row.id);
  }

  return (
    <VirtualList
      heights={heights}
      reveal={selectedIndex}
      focusId={focusId}
      onFocused={() => setFocusId(null)}
      onKeyDown={onKeyDown}
      ariaLabel="Document parts"
      testId="part-list"
      rowKey={(i) => rowId(rows[i])}
      renderRow={(i) => {
        const r = rows[i];
        if (r.kind === 'header') return <Header title={r.title} add={r.add} />;
        return <PartItem part={r.part} id={r.id} selected={i === selectedIndex} primary={r.primary} secondary={r.secondary} testId={r.testId} />;
      }}
    />
  );
}
