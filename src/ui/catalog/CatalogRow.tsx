// One catalog entry in the browser: name, path, topic, scope and constraint badges.

import { memo } from 'react';
import Chip from '@mui/material/Chip';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CatalogSetting } from '../../model/catalog/types.ts';
import { ConstraintBadges } from './ConstraintBadges.tsx';

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

export const CatalogRow = memo(function CatalogRow({ entry, testId, onPick }: { entry: CatalogSetting; testId: string; onPick: () => void }) {
  return (
    <ListItemButton onClick={onPick} data-testid={testId} divider aria-label={`${entry.name} in ${entry.path || '(no path)'}`}>
      <Stack sx={{ minWidth: 0, flexGrow: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={{ fontWeight: 600, ...MONO }}>
            {entry.name}
          </Typography>
          {entry.kind === 'Asset' && <Chip label="Asset" size="small" variant="outlined" />}
          {entry.perSim ? <Chip label="per-SIM" size="small" color="info" variant="outlined" /> : null}
          <ConstraintBadges constraints={entry.constraints} />
          {!entry.curated && <Chip label="type not catalogued" size="small" variant="outlined" />}
        </Stack>
        <Typography variant="caption" sx={{ ...MONO, wordBreak: 'break-all' }} data-testid={`${testId}-path`}>
          {entry.path || '(no path in the docs)'}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {entry.topic}
        </Typography>
      </Stack>
    </ListItemButton>
  );
});
