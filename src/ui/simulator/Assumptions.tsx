// "How this is decided": what the simulator assumes where the imaging tool's build code does not settle how the
// phone matches (docs/format.md §3.6), the ones the shown result depends on marked.

import Typography from '@mui/material/Typography';
import { ASSUMPTIONS, type AssumptionId } from '../../model/simulate/assumptions.ts';
import { SectionCard } from '../common/SectionCard.tsx';

export function Assumptions({ used }: { used: ReadonlySet<AssumptionId> }) {
  return (
    <SectionCard title="How this is decided" subtitle="the simulator's assumptions; those this result depends on are marked" testId="sim-assumptions">
      <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3 }}>
        {ASSUMPTIONS.map((a) => (
          <li key={a.id} data-used={used.has(a.id)}>
            {used.has(a.id) && (
              <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
                Used here:{' '}
              </Typography>
            )}
            {a.text}
          </li>
        ))}
      </Typography>
    </SectionCard>
  );
}
