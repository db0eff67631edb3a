// Whether the work is saved in this browser: "Saved", "Saving…", or why not.

import Chip from '@mui/material/Chip';
import { Hint } from '../common/Hint.tsx';
import { useWorkspace, type SaveState } from '../../store/workspace.ts';

const LABELS: Record<SaveState, { label: string; tip: string; color: 'default' | 'warning' | 'error' }> = {
  saved: { label: 'Saved', tip: 'Every change is saved in this browser.', color: 'default' },
  pending: { label: 'Saving…', tip: 'Changes are saved a moment after you stop.', color: 'default' },
  full: { label: 'Not saved', tip: 'The browser storage is full. Your work is kept in this tab; download it.', color: 'error' },
  failed: { label: 'Not saved', tip: 'The browser refused to save. Your work is kept in this tab; download it.', color: 'error' },
  conflict: { label: 'Not saved', tip: 'Another tab changed this document. Choose which version to keep.', color: 'warning' },
  memory: { label: 'Not saved', tip: 'This browser offers no storage. Download your work to keep it.', color: 'warning' },
};

export function SaveStatus() {
  const state = useWorkspace((s) => s.saveState);
  const { label, tip, color } = LABELS[state];
  return (
    <Hint title={tip}>
      <Chip size="small" variant="outlined" color={color} label={label} data-testid="save-status" data-state={state} />
    </Hint>
  );
}
