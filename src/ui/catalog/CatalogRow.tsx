// One catalog entry in the browser: name, path, topic, scope and constraint badges. An entry that cannot go
// where it is being added (an ImageTimeOnly setting in a Variant) says so, cannot be picked, and offers the
// place it can go instead.

import { memo } from 'react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CatalogSetting } from '../../model/catalog/types.ts';
import { ConstraintBadges } from './ConstraintBadges.tsx';

const MONO = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

/** Why an entry cannot be added here, and where it can go instead. */
export interface Refusal {
  readonly reason: string;
  readonly instead: string;
  readonly onInstead: () => void;
}

interface CatalogRowProps {
  readonly entry: CatalogSetting;
  readonly testId: string;
  readonly onPick: () => void;
  readonly refusal?: Refusal;
}

export const CatalogRow = memo(function CatalogRow({ entry, testId, onPick, refusal }: CatalogRowProps) {
  const label = `${entry.name} in ${entry.path || '(no path)'}`;
  if (!refusal) {
    return (
      <ListItemButton onClick={onPick} data-testid={testId} divider aria-label={label}>
        <RowText entry={entry} testId={testId} />
      </ListItemButton>
    );
  }
  return (
    <ListItem
      divider
      disablePadding
      data-testid={`${testId}-refused`}
      secondaryAction={
        <Button size="small" variant="outlined" onClick={refusal.onInstead} data-testid={`${testId}-instead`}>
          {refusal.instead}
        </Button>
      }
    >
      <ListItemButton disabled data-testid={testId} aria-label={`${label}: ${refusal.reason}`} sx={{ pr: 20 }}>
        <RowText entry={entry} testId={testId} note={refusal.reason} />
      </ListItemButton>
    </ListItem>
  );
});

function RowText({ entry, testId, note }: { entry: CatalogSetting; testId: string; note?: string }) {
  return (
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
      {note !== undefined && (
        <Typography variant="caption" sx={{ fontWeight: 600 }} data-testid={`${testId}-refusal`}>
          {note}
        </Typography>
      )}
    </Stack>
  );
}
