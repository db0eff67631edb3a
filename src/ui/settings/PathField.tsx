// The Path of a settings group: autocompletes the catalog's known paths, shows its macros as chips that
// explain themselves and the constraints of its catalog group as badges (on the next line when the form is narrow).

import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { CatalogGroup } from '../../model/catalog/types.ts';
import type { FieldRef } from '../../model/refs.ts';
import { knownPaths } from '../../model/catalog/lookup.ts';
import { ComboInput } from '../common/ComboInput.tsx';
import { MacroChips } from '../catalog/MacroChips.tsx';
import { ConstraintBadges } from '../catalog/ConstraintBadges.tsx';

interface PathFieldProps {
  readonly path: string | undefined;
  readonly catalogGroup: CatalogGroup | undefined;
  readonly onChange: (path: string) => void;
  readonly fieldRef: FieldRef;
  readonly testId: string;
}

export function PathField({ path, catalogGroup, onChange, fieldRef, testId }: PathFieldProps) {
  return (
    <Stack direction="row" useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1, rowGap: 0.5, mb: 0.5 }}>
      <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
        <ComboInput
          label="Path"
          value={path}
          options={knownPaths()}
          onChange={onChange}
          needed
          monospace
          testId={`${testId}-path`}
          fieldRef={fieldRef}
          helperText={path && !catalogGroup ? 'Not a catalog path' : undefined}
        />
      </Box>
      <MacroChips path={path ?? ''} testId={testId} />
      <ConstraintBadges constraints={catalogGroup?.constraints ?? []} testId={testId} />
    </Stack>
  );
}
