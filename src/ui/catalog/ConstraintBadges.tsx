// Badges for the MCSF group constraints (ImageTimeOnly, FirstVariationOnly, Atomic), each explained on
// hover and focus (docs/format.md §5.2).

import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { Hint } from '../common/Hint.tsx';
import type { CatalogConstraint } from '../../model/catalog/types.ts';

export const CONSTRAINT_TIPS: Record<CatalogConstraint, string> = {
  ImageTimeOnly: 'Image-time only: applied when the image is built, so it belongs in Static and never in a Variant.',
  FirstVariationOnly: 'Applied at the first SIM (first branding) only; a later SIM change does not update it.',
  Atomic: 'Atomic: every setting of this group must be set together, or the imaging tool reports an error.',
};

export function ConstraintBadges({ constraints, testId }: { constraints: readonly CatalogConstraint[]; testId?: string }) {
  if (constraints.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      {constraints.map((c) => (
        <Hint key={c} title={CONSTRAINT_TIPS[c]} describeChild>
          <Chip
            label={c}
            size="small"
            color={c === 'ImageTimeOnly' ? 'secondary' : c === 'Atomic' ? 'primary' : 'default'}
            tabIndex={0}
            data-testid={testId ? `${testId}-constraint-${c}` : undefined}
          />
        </Hint>
      ))}
    </Stack>
  );
}
