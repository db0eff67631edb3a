// `<Settings Path>`: a group of settings (and assets) under one policy path.

import { memo } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { ItemOwner, SettingsGroup } from '../../model/types.ts';
import { actions } from '../../store/actions.ts';
import { SectionCard } from '../common/SectionCard.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { TextInput } from '../common/TextInput.tsx';
import { EntryRow } from './EntryRow.tsx';

interface SettingsGroupCardProps {
  readonly owner: ItemOwner;
  readonly group: SettingsGroup;
  readonly index: number;
  readonly count: number;
  readonly testId: string;
}

export const SettingsGroupCard = memo(function SettingsGroupCard({ owner, group, index, count, testId }: SettingsGroupCardProps) {
  return (
    <SectionCard
      testId={testId}
      title="Settings"
      subtitle={group.path || undefined}
      actions={
        <RowActions
          what="settings group"
          index={index}
          count={count}
          onMove={(to) => actions.moveItem(owner, group.key, to, 'settings group')}
          onDuplicate={() => actions.duplicateItem(owner, group.key, 'settings group')}
          onRemove={() => actions.removeItem(owner, group.key, 'settings group')}
          testId={testId}
        />
      }
    >
      <TextInput
        label="Path"
        value={group.path}
        onChange={(v) => actions.setGroupPath(owner, group.key, v)}
        needed
        monospace
        testId={`${testId}-path`}
        placeholder="e.g. Messaging/PerSimSettings/$(__ICCID)"
      />
      {group.entries.length === 0 && (
        <Typography variant="body2" color="warning.dark">
          An empty settings group is not allowed by the schema: add a setting or an asset.
        </Typography>
      )}
      {group.entries.map((e, i) => (
        <EntryRow key={e.key} owner={owner} groupKey={group.key} entry={e} index={i} count={group.entries.length} testId={`${testId}-entry-${i}`} />
      ))}
      <Stack direction="row" spacing={1}>
        <Button size="small" startIcon={<AddIcon />} onClick={() => actions.addSetting(owner, group.key)} data-testid={`${testId}-add-setting`}>
          Add setting
        </Button>
        <Button size="small" startIcon={<AddIcon />} onClick={() => actions.addAsset(owner, group.key)} data-testid={`${testId}-add-asset`}>
          Add asset
        </Button>
      </Stack>
    </SectionCard>
  );
});
