// The navigation list of the document's parts: the root, imports, the targets × variants and settings matrices, each target,
// Static, each variant.
// Targets and variants can number thousands, so the list is virtual (only the rows in view are rendered),
// and each row is memoised on primitive props, so a keystroke re-renders at most the row it changed.

import { memo, useMemo, useState, type KeyboardEvent } from 'react';
import IconButton from '@mui/material/IconButton';
import ListSubheader from '@mui/material/ListSubheader';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { PartRef } from '../../model/refs.ts';
import { importList } from '../../model/imports.ts';
import { staticItems, targetList } from '../../model/answer-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { VirtualList } from './VirtualList.tsx';
import { HEADER_HEIGHT, ITEM_HEIGHT, partLayout, stepItem, type PartRow } from './part-rows.ts';
import { focusFormSoon } from './form-focus.ts';
import { PartListShell } from './part-list-style.ts';
import { Hint } from '../common/Hint.tsx';


/** A section's header; its Add button adds a part, opens its form and moves the focus into it. */
const Header = memo(function Header({ title, add }: { title: string; add?: 'target' | 'variant' }) {
  const label = add === 'target' ? 'Add target' : 'Add variant';
  return (
    <ListSubheader component="div" disableSticky sx={{ display: 'flex', alignItems: 'center', lineHeight: '36px', height: HEADER_HEIGHT, bgcolor: 'background.default' }}>
      <span style={{ flexGrow: 1 }}>{title}</span>
      {add && (
        <Hint title={label}>
          <IconButton
            size="small"
            edge="end"
            aria-label={label}
            onClick={() => {
              if (add === 'target') actions.addTarget();
              else actions.addVariant();
              focusFormSoon();
            }}
            data-testid={`add-${add}`}
          >
            <AddIcon fontSize="small" />
          </IconButton>
        </Hint>
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

/**
 * A part's row: a plain button-like element styled by class (part-list-style.ts). A click, Enter or Space chooses
 * it: selects the part and moves the focus to the first field of its form.
 */
const PartItem = memo(function PartItem(props: ItemProps) {
  const select = () => {
    actions.select(props.part);
    focusFormSoon();
  };
  return (
    <div
      role="button"
      tabIndex={0}
      className="p-item"
      onClick={select}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && !e.altKey && !e.ctrlKey && !e.metaKey) {
          e.preventDefault();
          select();
        }
      }}
      data-testid={props.testId}
      data-row-id={props.id}
      aria-current={props.selected ? 'true' : undefined}
    >
      <div className="li-text">
        <span className="li-primary">{props.primary}</span>
        <span className="li-secondary">{props.secondary}</span>
      </div>
    </div>
  );
});

/** A section without parts: what to do next, at an item's height. */
function EmptySection({ text, testId }: { text: string; testId: string }) {
  return (
    <Typography variant="body2" color="text.secondary" data-testid={testId} sx={{ height: ITEM_HEIGHT, px: 2, display: 'flex', alignItems: 'center', fontSize: 13 }}>
      {text}
    </Typography>
  );
}

export function PartList() {
  const selection = useEditor((s) => s.selection);
  // Only what the rows show. The rows themselves are made on demand for the rows in view (partLayout).
  const name = useEditor((s) => s.doc.name);
  const owner = useEditor((s) => s.doc.owner);
  const targets = useEditor((s) => targetList(s.doc));
  const importCount = useEditor((s) => importList(s.doc).length);
  const staticCount = useEditor((s) => staticItems(s.doc).length);
  const variants = useEditor((s) => s.doc.variants);
  const layout = useMemo(
    () => partLayout({ name, owner, importCount, targets, staticCount, variants }),
    [name, owner, importCount, targets, staticCount, variants],
  );
  const selectedIndex = layout.indexOf(selection);
  const [focusId, setFocusId] = useState<string | null>(null);

  // Arrow keys (with or without Alt, the app-wide "next part"), Home and End move the selection between parts and
  // the focus follows, as in a listbox; the focus stays in the list.
  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const target = e.target as HTMLElement;
    const from = target.dataset.rowId;
    if (from === undefined || e.ctrlKey || e.metaKey) return;
    const at = layout.indexOfId(from);
    const isItem = (i: number) => layout.rowAt(i).kind === 'item';
    let next: number;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') next = stepItem(layout, at, e.key === 'ArrowDown' ? 1 : -1);
    else if (e.altKey) return;
    else if (e.key === 'Home') next = 1;
    else if (e.key === 'End') next = layout.count - 1;
    else return;
    e.preventDefault();
    if (next < 0 || !isItem(next)) return;
    const row = layout.rowAt(next) as Extract<PartRow, { kind: 'item' }>;
    actions.select(row.part);
    setFocusId(row.id);
  }

  return (
    <PartListShell>
      <VirtualList
        heights={layout.heights}
        reveal={selectedIndex}
        focusId={focusId}
        onFocused={() => setFocusId(null)}
        onKeyDown={onKeyDown}
        ariaLabel="Document parts"
        testId="part-list"
        rowKey={(i) => layout.rowAt(i).id}
        renderRow={(i) => {
          const r = layout.rowAt(i);
          if (r.kind === 'header') return <Header title={r.title} add={r.add} />;
          if (r.kind === 'empty') return <EmptySection text={r.text} testId={r.testId} />;
          return <PartItem part={r.part} id={r.id} selected={i === selectedIndex} primary={r.primary} secondary={r.secondary} testId={r.testId} />;
        }}
      />
    </PartListShell>
  );
}
