// Error and warning counts, always visible in the top bar; a click shows or hides the problems panel.

import Button from '@mui/material/Button';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/Warning';
import { useView } from '../../store/view-store.ts';
import { useDiagnostics } from './use-diagnostics.ts';

export function ProblemCounts() {
  const { errors, warnings, checking } = useDiagnostics();
  const open = useView((s) => s.problemsOpen);
  return (
    <Button
      onClick={() => useView.getState().setProblemsOpen(!open)}
      data-testid="problem-counts"
      aria-label={checking ? `Checking for problems; ${open ? 'hide' : 'show'} problems` : `${errors} errors, ${warnings} warnings; ${open ? 'hide' : 'show'} problems`}
      aria-busy={checking}
      aria-pressed={open}
      sx={{ gap: 1 }}
    >
      <ErrorIcon color={errors ? 'error' : 'disabled'} fontSize="small" />
      <span data-testid="error-count">{checking ? '…' : errors}</span>
      <WarningIcon color={warnings ? 'warning' : 'disabled'} fontSize="small" />
      <span data-testid="warning-count">{checking ? '…' : warnings}</span>
    </Button>
  );
}
