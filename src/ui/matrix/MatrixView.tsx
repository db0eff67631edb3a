// The targets × variants matrix in the form pane: which variant applies to which target, one check box per
// pair; each row has at most one check, as the format allows one TargetRef per variant. Empty documents say what is missing and offer to add it.

import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import { targetList } from '../../model/answer-file.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { FormHeader } from '../common/FormHeader.tsx';
import { MatrixGrid } from './MatrixGrid.tsx';

const addVariant = () => actions.addVariant();

function Missing({ text, add, label, testId }: { text: string; add: () => void; label: string; testId: string }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography variant="body2" color="text.secondary">
        {text}
      </Typography>
      <Button size="small" startIcon={<AddIcon />} onClick={add} data-testid={testId} sx={{ flexShrink: 0 }}>
        {label}
      </Button>
    </Stack>
  );
}

export function MatrixView() {
  const targets = useEditor((s) => targetList(s.doc));
  const variants = useEditor((s) => s.doc.variants);
  const empty = targets.length === 0 || variants.length === 0;
  return (
    <Stack data-testid="matrix-view" sx={{ height: '100%' }}>
      <FormHeader
        title="Targets × variants"
        hint="A check means the variant applies to the target (its TargetRef). A variant has one target: click a cell, or press Space on it, to make it the variant's target; on a checked cell, to clear it."
      />
      {targets.length === 0 && (
        <Missing text="No targets yet: a target describes the SIMs a variant applies to." add={actions.addTarget} label="Add target" testId="matrix-add-target" />
      )}
      {variants.length === 0 && (
        <Missing text="No variants yet: a variant holds the settings for the SIMs of its target." add={addVariant} label="Add variant" testId="matrix-add-variant" />
      )}
      {!empty && <MatrixGrid targets={targets} variants={variants} />}
    </Stack>
  );
}
