// Removing a target that variants use: say which, and let the user choose what happens to them. The choice
// pre-selected is the one that loses nothing (keep the variants as they are); removing them too comes last.

import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import type { TargetKey } from '../../model/ids.ts';
import { findTarget, targetList } from '../../model/answer-file.ts';
import { variantsUsingTarget } from '../../model/targets.ts';
import { useEditor } from '../../store/editor-store.ts';
import { actions } from '../../store/actions.ts';

type Choice = 'remove-variants' | 'retarget' | 'keep-refs';

/** The safe choice comes first and is pre-selected: it changes nothing but the target's removal. */
const SAFE_CHOICE: Choice = 'keep-refs';

export function RemoveTargetDialog({ targetKey, onClose }: { targetKey: TargetKey; onClose: () => void }) {
  const doc = useEditor((s) => s.doc);
  const target = findTarget(doc, targetKey);
  const users = target ? variantsUsingTarget(doc, target.id) : [];
  const others = targetList(doc).filter((t) => t.key !== targetKey && t.id !== target?.id);
  const [choice, setChoice] = useState<Choice>(SAFE_CHOICE);
  const [retargetTo, setRetargetTo] = useState<string>(others[0]?.id ?? '');
  if (!target) return null;
  const name = target.id ? `“${target.id}”` : 'this target';

  function confirm() {
    if (users.length === 0 || choice === 'keep-refs') actions.removeTarget(targetKey, { kind: 'keep-refs' });
    else if (choice === 'remove-variants') actions.removeTarget(targetKey, { kind: 'remove-variants' });
    else actions.removeTarget(targetKey, { kind: 'retarget', targetId: retargetTo });
    onClose();
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby="remove-target-title" data-testid="remove-target-dialog">
      <DialogTitle id="remove-target-title">Remove target {name}?</DialogTitle>
      <DialogContent>
        {users.length === 0 ? (
          <DialogContentText>No variant uses this target.</DialogContentText>
        ) : (
          <>
            <DialogContentText>
              {users.length === 1 ? 'One variant uses' : `${users.length} variants use`} this target:{' '}
              {users.map((v) => `“${v.name || '(unnamed)'}”`).join(', ')}. What should happen to{' '}
              {users.length === 1 ? 'it' : 'them'}?
            </DialogContentText>
            <RadioGroup value={choice} onChange={(e) => setChoice(e.target.value as Choice)} sx={{ mt: 1 }}>
              <FormControlLabel
                value="keep-refs"
                control={<Radio data-testid="choice-keep-refs" />}
                label="Keep them as they are (they will refer to a missing target, reported as a problem)"
              />
              <FormControlLabel
                value="retarget"
                disabled={others.length === 0}
                control={<Radio data-testid="choice-retarget" />}
                label="Point them to another target"
              />
              {choice === 'retarget' && (
                <TextField
                  select
                  size="small"
                  label="New target"
                  value={retargetTo}
                  onChange={(e) => setRetargetTo(e.target.value)}
                  sx={{ ml: 4, width: 260 }}
                  slotProps={{ htmlInput: { 'data-testid': 'retarget-select' } }}
                >
                  {others.map((t) => (
                    <MenuItem key={t.key} value={t.id ?? ''}>
                      {t.id || '(no Id)'}
                    </MenuItem>
                  ))}
                </TextField>
              )}
              <FormControlLabel
                value="remove-variants"
                control={<Radio data-testid="choice-remove-variants" />}
                label={`Remove ${users.length === 1 ? 'that variant' : 'those variants'} too`}
              />
            </RadioGroup>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="error" variant="contained" onClick={confirm} data-testid="confirm-remove-target">
          Remove target
        </Button>
      </DialogActions>
    </Dialog>
  );
}
