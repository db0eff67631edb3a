// The navigation list of the document's parts: the root, imports, each target, Static, each variant.

import { memo } from 'react';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Tooltip from '@mui/material/Tooltip';
import AddIcon from '@mui/icons-material/Add';
import type { Target, Variant } from '../../model/types.ts';
import type { PartRef } from '../../model/refs.ts';
import { samePart } from '../../model/refs.ts';
import { importList } from '../../model/imports.ts';
import { staticItems, targetList } from '../../model/answer-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';

function Header({ title, onAdd, addLabel, testId }: { title: string; onAdd?: () => void; addLabel?: string; testId?: string }) {
  return (
    <ListSubheader sx={{ display: 'flex', alignItems: 'center', lineHeight: '36px', bgcolor: 'background.default' }}>
      <span style={{ flexGrow: 1 }}>{title}</span>
      {onAdd && (
        <Tooltip title={addLabel}>
          <IconButton size="small" edge="end" aria-label={addLabel} onClick={onAdd} data-testid={testId}>
            <AddIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
    </ListSubheader>
  );
}

const PartItem = memo(function PartItem(props: { part: PartRef; selected: boolean; primary: string; secondary?: string; testId: string }) {
  return (
    <ListItemButton dense selected={props.selected} onClick={() => actions.select(props.part)} data-testid={props.testId} sx={{ py: 0.25 }}>
      <ListItemText
        primary={props.primary}
        secondary={props.secondary}
        slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true, variant: 'caption' } }}
      />
    </ListItemButton>
  );
});

function conditionSummary(t: Target): string {
  const n = t.states.length;
  return `${n} state${n === 1 ? '' : 's'}`;
}

function variantSummary(v: Variant): string {
  const ref = v.targetRefs?.refs[0]?.id;
  return ref === undefined ? 'no target' : `→ ${ref || '(empty)'}`;
}

export function PartList() {
  const selection = useEditor((s) => s.selection);
  const doc = useEditor((s) => s.doc);
  const targets = targetList(doc);
  const imports = importList(doc);
  const staticCount = staticItems(doc).length;
  const is = (p: PartRef) => samePart(selection, p);
  return (
    <List dense disablePadding aria-label="Document parts" data-testid="part-list">
      <Header title="Document" />
      <PartItem part={{ kind: 'document' }} selected={is({ kind: 'document' })} primary={doc.name || '(no name)'} secondary={doc.owner ? `Owner ${doc.owner}` : 'Owner needed'} testId="nav-document" />
      <PartItem part={{ kind: 'imports' }} selected={is({ kind: 'imports' })} primary="Imports" secondary={`${imports.length}`} testId="nav-imports" />
      <Header title={`Targets (${targets.length})`} onAdd={actions.addTarget} addLabel="Add target" testId="add-target" />
      {targets.map((t, i) => {
        const part = { kind: 'target', key: t.key } as const;
        return <PartItem key={t.key} part={part} selected={is(part)} primary={t.id || '(no Id)'} secondary={conditionSummary(t)} testId={`nav-target-${i}`} />;
      })}
      <Header title="Static" />
      <PartItem part={{ kind: 'static' }} selected={is({ kind: 'static' })} primary="Static" secondary={`${staticCount} item${staticCount === 1 ? '' : 's'}`} testId="nav-static" />
      <Header title={`Variants (${doc.variants.length})`} onAdd={() => actions.addVariant()} addLabel="Add variant" testId="add-variant" />
      {doc.variants.map((v, i) => {
        const part = { kind: 'variant', key: v.key } as const;
        return <PartItem key={v.key} part={part} selected={is(part)} primary={v.name || '(unnamed)'} secondary={variantSummary(v)} testId={`nav-variant-${i}`} />;
      })}
    </List>
  );
}
