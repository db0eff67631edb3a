// The Variants that apply to one SIM, in the order they apply (a later one overrides an earlier one), and those
// that would apply if a Target that may match does.

import Typography from '@mui/material/Typography';
import type { AppliedTarget } from '../../model/simulate/simulate.ts';
import { variantLabel } from '../../model/simulate/simulate.ts';

function Targets({ list, testId }: { list: readonly AppliedTarget[]; testId: string }) {
  return (
    <Typography component="ol" variant="body2" sx={{ m: 0, pl: 3 }} data-testid={testId}>
      {list.flatMap((a) =>
        a.merged.variants.map((v) => (
          <li key={v.key} style={{ overflowWrap: 'anywhere' }}>
            {variantLabel(v, a.merged.id)}
          </li>
        )),
      )}
    </Typography>
  );
}

export function AppliedVariants({ slot, applied, possible }: { slot: number; applied: readonly AppliedTarget[]; possible: readonly AppliedTarget[] }) {
  return (
    <>
      {applied.length === 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid={`sim-${slot}-applied`}>
          No variant applies for certain: the phone keeps Static.
        </Typography>
      ) : (
        <Targets list={applied} testId={`sim-${slot}-applied`} />
      )}
      {possible.length > 0 && (
        <>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            Would apply if their Target matches (a SIM value is unknown):
          </Typography>
          <Targets list={possible} testId={`sim-${slot}-possible`} />
        </>
      )}
    </>
  );
}
