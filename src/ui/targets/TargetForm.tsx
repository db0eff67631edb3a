// `<Target Id>`: a SIM match rule. It matches when ANY of its target states matches.

import { Fragment, useState } from 'react';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { TargetKey } from '../../model/ids.ts';
import { findTarget, targetList } from '../../model/answer-file.ts';
import { variantsUsingTarget } from '../../model/targets.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';
import { TextInput } from '../common/TextInput.tsx';
import { FormHeader } from '../common/FormHeader.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { TargetStateCard } from './TargetStateCard.tsx';
import { RemoveTargetDialog } from './RemoveTargetDialog.tsx';
import { CommentOutButton } from '../parts/AlternativesList.tsx';

const TARGETS = { kind: 'targets' } as const;
const DOCUMENT = { kind: 'document' } as const;

export function TargetForm({ targetKey }: { targetKey: TargetKey }) {
  const target = useEditor((s) => findTarget(s.doc, targetKey));
  const index = useEditor((s) => targetList(s.doc).findIndex((t) => t.key === targetKey));
  const count = useEditor((s) => targetList(s.doc).length);
  const users = useEditor((s) => (target ? variantsUsingTarget(s.doc, target.id).length : 0));
  const [removing, setRemoving] = useState(false);
  if (!target) return null;
  return (
    <Stack data-testid="target-form">
      <FormHeader
        title={`Target ${target.id ? `“${target.id}”` : '(no Id)'}`}
        hint="Matches a SIM when any of its target states matches."
        actions={
          <>
            <CommentOutButton container={TARGETS} partKey={targetKey} what="target" then={DOCUMENT} testId="target-comment-out" />
            <RowActions
              what="target"
              index={index}
              count={count}
              onMove={(to) => actions.moveTarget(targetKey, to)}
              onDuplicate={() => actions.duplicateTarget(targetKey)}
              onRemove={() => setRemoving(true)}
              testId="target"
            />
          </>
        }
      />
      <TextInput
        label="Id"
        value={target.id}
        onChange={(v) => actions.setTargetId(targetKey, v)}
        needed
        testId="target-id"
        fieldRef={{ part: { kind: 'target', key: targetKey }, path: [], field: 'id' }}
        helperText={
          users > 0
            ? `Used by ${users} variant${users === 1 ? '' : 's'}; renaming updates ${users === 1 ? 'it' : 'them'}.`
            : 'Not used by any variant yet.'
        }
      />
      {target.states.length === 0 && (
        <Typography variant="body2" color="error" sx={{ my: 1 }}>
          A target needs at least one target state.
        </Typography>
      )}
      {target.states.map((state, i) => (
        <Fragment key={state.key}>
          {i > 0 && (
            <Divider sx={{ mb: 1.5 }}>
              <Typography variant="overline" color="text.secondary">
                or
              </Typography>
            </Divider>
          )}
          <TargetStateCard targetKey={targetKey} state={state} index={i} count={target.states.length} />
        </Fragment>
      ))}
      <Button
        startIcon={<AddIcon />}
        onClick={() => actions.addTargetState(targetKey)}
        sx={{ alignSelf: 'flex-start' }}
        data-testid="add-target-state"
      >
        Add target state (or)
      </Button>
      {removing && <RemoveTargetDialog targetKey={targetKey} onClose={() => setRemoving(false)} />}
    </Stack>
  );
}
