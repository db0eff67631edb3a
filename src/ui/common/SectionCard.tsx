// A titled card for one block of a form (a target state, a settings group...), with its row actions.

import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export interface SectionCardProps {
  readonly title: ReactNode;
  readonly subtitle?: ReactNode;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
  readonly testId?: string;
}

export function SectionCard({ title, subtitle, actions, children, testId }: SectionCardProps) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, mb: 1.5 }} data-testid={testId} component="section">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        {/* minWidth 0: a long subtitle (a settings path) wraps instead of pushing the card's buttons out of the card. */}
        <Typography variant="subtitle2" component="h3" sx={{ flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
          {title}
          {subtitle && (
            <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
              {subtitle}
            </Typography>
          )}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}
