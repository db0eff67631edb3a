// Each Target against one SIM: matches, does not match or may match, with the reason (which condition of which
// TargetState failed or was unknown).

import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { TargetResult } from '../../model/simulate/target-match.ts';
import { OUTCOME_COLOR, OUTCOME_TEXT } from './sim-text.ts';

export function TargetResults({ slot, targets }: { slot: number; targets: readonly TargetResult[] }) {
  if (targets.length === 0)
    return (
      <Typography variant="body2" color="text.secondary" data-testid={`sim-${slot}-no-targets`}>
        The document has no targets: add one under Targets in the part list (+), then simulate a SIM.
      </Typography>
    );
  return (
    <List dense disablePadding aria-label="Targets">
      {targets.map((t, i) => (
        <ListItem key={t.target.key} disableGutters data-testid={`sim-${slot}-target-${i}`} data-outcome={t.outcome} sx={{ display: 'block', py: 0.25 }}>
          <Typography variant="body2" component="div">
            Target {t.target.id ? `“${t.target.id}”` : '(no Id)'}{' '}
            <Typography component="span" variant="body2" sx={{ fontWeight: 600, color: OUTCOME_COLOR[t.outcome] }}>
              {OUTCOME_TEXT[t.outcome]}
            </Typography>
          </Typography>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ overflowWrap: 'anywhere' }}>
            {t.reason}
          </Typography>
        </ListItem>
      ))}
    </List>
  );
}
