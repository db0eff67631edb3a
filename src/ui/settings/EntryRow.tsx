// One entry of a settings group: a `<Setting Name Value>` or an `<Asset Name Source ...>`.

import { memo } from 'react';
import Stack from '@mui/material/Stack';
import Chip from '@mui/material/Chip';
import type { ItemOwner, SettingsEntry } from '../../model/types.ts';
import { ASSET_TYPES, SETTING_TYPES } from '../../model/types.ts';
import type { GroupKey } from '../../model/ids.ts';
import { actions } from '../../store/actions.ts';
import { TextInput } from '../common/TextInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';
import { RowActions } from '../common/RowActions.tsx';

interface EntryRowProps {
  readonly owner: ItemOwner;
  readonly groupKey: GroupKey;
  readonly entry: SettingsEntry;
  readonly index: number;
  readonly count: number;
  readonly testId: string;
}

const SETTING_TYPE_OPTIONS = SETTING_TYPES.map((v) => ({ value: v }));
const ASSET_TYPE_OPTIONS = ASSET_TYPES.map((v) => ({ value: v }));

export const EntryRow = memo(function EntryRow({ owner, groupKey, entry, index, count, testId }: EntryRowProps) {
  const update = (patch: Parameters<typeof actions.updateEntry>[3]) => actions.updateEntry(owner, groupKey, entry.key, patch);
  const rowActions = (
    <RowActions
      what={entry.kind === 'setting' ? 'setting' : 'asset'}
      index={index}
      count={count}
      onMove={(to) => actions.moveEntry(owner, groupKey, entry.key, to)}
      onDuplicate={() => actions.duplicateEntry(owner, groupKey, entry.key)}
      onRemove={() => actions.removeEntry(owner, groupKey, entry.key)}
      testId={testId}
    />
  );
  if (entry.kind === 'setting') {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} data-testid={testId}>
        <TextInput label="Setting name" value={entry.name} onChange={(v) => update({ name: v })} needed testId={`${testId}-name`} />
        <TextInput label="Value" value={entry.value} onChange={(v) => update({ value: v })} needed monospace testId={`${testId}-value`} />
        <SelectInput
          label="Type"
          value={entry.type}
          options={SETTING_TYPE_OPTIONS}
          onChange={(v) => update({ type: v })}
          allowUnset
          width={130}
          testId={`${testId}-type`}
        />
        {rowActions}
      </Stack>
    );
  }
  return (
    <Stack sx={{ borderLeft: 3, borderColor: 'divider', pl: 1, my: 0.5 }} data-testid={testId}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Chip label="Asset" size="small" variant="outlined" />
        <TextInput label="Asset name" value={entry.name} onChange={(v) => update({ name: v })} needed testId={`${testId}-name`} />
        <TextInput
          label="Source"
          value={entry.source}
          onChange={(v) => update({ source: v })}
          needed
          monospace
          testId={`${testId}-source`}
          placeholder="absolute path, e.g. C:\\Assets\\ring.wma"
        />
        {rowActions}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextInput
          label="Target file name"
          value={entry.targetFileName}
          onChange={(v) => update({ targetFileName: v === '' ? undefined : v })}
          testId={`${testId}-targetfilename`}
        />
        <TextInput
          label="Display name"
          value={entry.displayName}
          onChange={(v) => update({ displayName: v === '' ? undefined : v })}
          testId={`${testId}-displayname`}
        />
        <SelectInput
          label="Type"
          value={entry.type}
          options={ASSET_TYPE_OPTIONS}
          onChange={(v) => update({ type: v })}
          allowUnset
          width={180}
          testId={`${testId}-type`}
        />
      </Stack>
    </Stack>
  );
});
