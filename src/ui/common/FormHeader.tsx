// The heading of the selected part's form, with its part-level actions.

import { memo, type ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** Memoised: a form re-rendering for a field's value does not redraw its heading. */
export const FormHeader = memo(function FormHeader({ title, hint, actions }: { title: ReactNode; hint?: ReactNode; actions?: ReactNode }) {
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 1 }}>
      <Stack sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography variant="h6" component="h2" noWrap>
          {title}
        </Typography>
        {hint && (
          <Typography variant="body2" color="text.secondary">
            {hint}
          </Typography>
        )}
      </Stack>
      {actions}
    </Stack>
  );
});
