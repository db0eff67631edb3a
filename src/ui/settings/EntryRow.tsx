// One entry of a settings group: a `<Setting Name Value>` or an `<Asset Name Source ...>`. Focusing it makes it
// the subject of the help pane (help-subject.ts), which is not in the form: the rows never move for it.

import { memo, useEffect } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Chip from '@mui/material/Chip';
import type { ItemOwner, SettingsEntry } from '../../model/types.ts';
import { ASSET_TYPES } from '../../model/types.ts';
import type { GroupKey } from '../../model/ids.ts';
import type { CatalogGroup } from '../../model/catalog/types.ts';
import { findInGroup } from '../../model/catalog/lookup.ts';
import { actions } from '../../store/actions.ts';
import { TextInput } from '../common/TextInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { showHelp as publish, useHelpSubject, withdrawHelp } from './help-subject.ts';
import { SettingRow } from './SettingRow.tsx';
import { partOf } from './owner-part.ts';

interface EntryRowProps {
  readonly owner: ItemOwner;
  readonly groupKey: GroupKey;
  readonly entry: SettingsEntry;
  readonly index: number;
  readonly count: number;
  readonly testId: string;
  /** The catalog group of the group's path (undefined when unknown). */
  readonly catalogGroup: CatalogGroup | undefined;
  readonly names: readonly string[];
}

const ASSET_TYPE_OPTIONS = ASSET_TYPES.map((v) => ({ value: v }));

export const EntryRow = memo(function EntryRow(props: EntryRowProps) {
  const { owner, groupKey, entry, index, count, testId, catalogGroup, names } = props;
  // Handlers and field refs are built from the entry's key, not the entry: the React Compiler then keeps them
  // (and every field given them) unchanged while the entry's values are typed into.
  const entryKey = entry.key;
  const update = (patch: Parameters<typeof actions.updateEntry>[3]) => actions.updateEntry(owner, groupKey, entryKey, patch);
  const part = partOf(owner);
  const ref = (field: string) => ({ part, path: [groupKey, entryKey], field });
  const known = catalogGroup && entry.name ? findInGroup(catalogGroup, entry.name) : undefined;
  const rowActions = (
    <RowActions
      what={entry.kind === 'setting' ? 'setting' : 'asset'}
      index={index}
      count={count}
      onMove={(to) => actions.moveEntry(owner, groupKey, entryKey, to)}
      onDuplicate={() => actions.duplicateEntry(owner, groupKey, entryKey)}
      onRemove={() => actions.removeEntry(owner, groupKey, entryKey)}
      testId={testId}
    />
  );
  // The help follows the entry while it is the subject (a name typed, a row moved); it goes when the entry does.
  const name = entry.name ?? '';
  const isSubject = useHelpSubject((s) => s?.key === entryKey);
  const showHelp = () => publish({ key: entryKey, setting: known, name, testId });
  useEffect(() => {
    if (isSubject) publish({ key: entryKey, setting: known, name, testId });
  }, [isSubject, entryKey, known, name, testId]);
  useEffect(() => () => withdrawHelp(entryKey), [entryKey]);
  if (entry.kind === 'setting') {
    return (
      <Box onFocus={showHelp}>
        <SettingRow part={part} groupKey={groupKey} entry={entry} known={known} names={names} update={update} actions={rowActions} testId={testId} />
      </Box>
    );
  }
  // An asset: its buttons on a line of their own, then the fields, which wrap rather than shrink below readable.
  return (
    <Stack sx={{ borderLeft: 3, borderColor: 'divider', pl: 1, my: 0.5 }} data-testid={testId} onFocus={showHelp}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Chip label="Asset" size="small" variant="outlined" />
        {rowActions}
      </Stack>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1, alignItems: 'flex-start' }}>
        <Box sx={{ flex: '1 1 180px', minWidth: 0 }}>
          <TextInput label="Asset name" value={entry.name} onChange={(v) => update({ name: v })} needed testId={`${testId}-name`} fieldRef={ref('name')} />
        </Box>
        <Box sx={{ flex: '2 1 260px', minWidth: 0 }}>
          <TextInput
            label="Source"
            value={entry.source}
            onChange={(v) => update({ source: v })}
            needed
            monospace
            testId={`${testId}-source`}
            placeholder="absolute path, e.g. C:\\Assets\\ring.wma"
            fieldRef={ref('source')}
          />
        </Box>
        <Box sx={{ flex: '1 1 180px', minWidth: 0 }}>
          <TextInput
            label="Target file name"
            value={entry.targetFileName}
            onChange={(v) => update({ targetFileName: v === '' ? undefined : v })}
            testId={`${testId}-targetfilename`}
            fieldRef={ref('targetFileName')}
          />
        </Box>
        <Box sx={{ flex: '1 1 180px', minWidth: 0 }}>
          <TextInput
            label="Display name"
            value={entry.displayName}
            onChange={(v) => update({ displayName: v === '' ? undefined : v })}
            testId={`${testId}-displayname`}
          />
        </Box>
        <SelectInput
          label="Type"
          value={entry.type}
          options={ASSET_TYPE_OPTIONS}
          onChange={(v) => update({ type: v })}
          allowUnset
          width={180}
          testId={`${testId}-type`}
          fieldRef={ref('type')}
        />
      </Box>
    </Stack>
  );
});
