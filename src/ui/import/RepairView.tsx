// Shows exactly what a proposed repair would change, line by line, before the user accepts it.

import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import type { RepairProposal } from '../../xml/parse-types.ts';

const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12, whiteSpace: 'pre-wrap' as const };

/** Makes invisible characters visible (a no-break space is the usual culprit). */
function visible(text: string): string {
  return text.replace(/\u00A0/g, '⍽').replace(/\t/g, '→');
}

export function RepairView({ repair }: { repair: RepairProposal }) {
  return (
    <Box sx={{ mt: 2 }} data-testid="repair-view">
      <Typography variant="subtitle2">
        This is a known defect of files copied from the documentation. CAF Studio can repair it with {repair.changes.length} change
        {repair.changes.length === 1 ? '' : 's'}, and nothing else:
      </Typography>
      {repair.changes.map((c, i) => (
        <Box key={i} sx={{ mt: 1, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid={`repair-change-${i}`}>
          <Typography variant="body2" sx={{ px: 1, py: 0.5, bgcolor: 'action.hover' }}>
            Line {c.line}: {c.description}
          </Typography>
          <Box sx={{ ...mono, px: 1, bgcolor: (t) => alpha(t.palette.error.main, 0.12) }}>- {visible(c.before)}</Box>
          <Box sx={{ ...mono, px: 1, bgcolor: (t) => alpha(t.palette.success.main, 0.14) }}>+ {visible(c.after)}</Box>
        </Box>
      ))}
    </Box>
  );
}
