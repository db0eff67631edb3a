// `<Settings Path>`: a group of settings (and assets) under one policy path.

import { memo, useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import type { ItemOwner, SettingsGroup } from '../../model/types.ts';
import { findGroup } from '../../model/catalog/lookup.ts';
import { actions } from '../../store/actions.ts';
import { SectionCard } from '../common/SectionCard.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { CatalogBrowser } from '../catalog/CatalogBrowser.tsx';
import { EntryRow } from './EntryRow.tsx';
import { PathField } from './PathField.tsx';
import { partOf } from './owner-part.ts';

interface SettingsGroupCardProps {
  readonly owner: ItemOwner;
  readonly group: SettingsGroup;
  readonly index: number;
  readonly count: number;
  readonly testId: string;
}

export const SettingsGroupCard = memo(function SettingsGroupCard({ owner, group, index, count, testId }: SettingsGroupCardProps) {
  const groupKey = group.key; // handlers depend on the key, not the group: see EntryRow
  const [browsing, setBrowsing] = useState(false);
  const catalogGroup = group.path ? findGroup(group.path) : undefined;
  const names = useMemo(() => catalogGroup?.settings.map((s) => s.name) ?? [], [catalogGroup]);
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
          onMove={(to) => actions.moveItem(owner, groupKey, to, 'settings group')}
          onDuplicate={() => actions.duplicateItem(owner, groupKey, 'settings group')}
          onRemove={() => actions.removeItem(owner, groupKey, 'settings group')}
          testId={testId}
        />
      }
    >
      <PathField
        path={group.path}
        catalogGroup={catalogGroup}
        onChange={(v) => actions.setGroupPath(owner, groupKey, v)}
        fieldRef={{ part: partOf(owner), path: [groupKey], field: 'path' }}
        testId={testId}
      />
      {group.entries.length === 0 && (
        <Typography variant="body2" color="warning.dark">
          An empty settings group is not allowed by the schema: add a setting or an asset.
        </Typography>
      )}
      {group.entries.map((e, i) => (
        <EntryRow
          key={e.key}
          owner={owner}
          groupKey={groupKey}
          entry={e}
          index={i}
          count={group.entries.length}
          testId={`${testId}-entry-${i}`}
          catalogGroup={catalogGroup}
          names={names}
        />
      ))}
      <Stack direction="row" spacing={1}>
        <Button size="small" startIcon={<ManageSearchIcon />} onClick={() => setBrowsing(true)} data-testid={`${testId}-add-from-catalog`}>
          Add setting…
        </Button>
        <Button size="small" startIcon={<AddIcon />} onClick={() => actions.addSetting(owner, groupKey)} data-testid={`${testId}-add-setting`}>
          Add empty setting
        </Button>
        <Button size="small" startIcon={<AddIcon />} onClick={() => actions.addAsset(owner, groupKey)} data-testid={`${testId}-add-asset`}>
          Add asset
        </Button>
      </Stack>
      {browsing && (
        <CatalogBrowser
          owner={owner}
          path={catalogGroup?.path}
          onPick={(s) => actions.addFromCatalog(owner, s, groupKey)}
          onClose={() => setBrowsing(false)}
        />
      )}
    </SectionCard>
  );
});
