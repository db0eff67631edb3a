// One `<Setting Name Value Type>` row: the name autocompletes within the group's catalog path, the value gets
// the editor of its catalog type, and a setting the catalog does not know is marked.

import type { ReactNode } from 'react';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import type { Setting } from '../../model/types.ts';
import { SETTING_TYPES } from '../../model/types.ts';
import type { EntryKey, GroupKey } from '../../model/ids.ts';
import type { PartRef } from '../../model/refs.ts';
import type { CatalogSetting } from '../../model/catalog/types.ts';
import type { EntryPatch } from '../../model/groups.ts';
import { ComboInput } from '../common/ComboInput.tsx';
import { SelectInput } from '../common/SelectInput.tsx';
import { ValueEditor } from './ValueEditor.tsx';
import { SettingRowShell } from './setting-row-style.ts';

interface SettingRowProps {
  readonly part: PartRef;
  readonly groupKey: GroupKey;
  readonly entry: Setting;
  /** The catalog entry for the group's path and this name (undefined when unknown). */
  readonly known: CatalogSetting | undefined;
  /** Setting names of the group's catalog path, for autocomplete. */
  readonly names: readonly string[];
  readonly update: (patch: EntryPatch) => void;
  readonly actions: ReactNode;
  readonly testId: string;
}

const SETTING_TYPE_OPTIONS = SETTING_TYPES.map((v) => ({ value: v }));

export function SettingRow({ part, groupKey, entry, known, names, update, actions, testId }: SettingRowProps) {
  const entryKey = entry.key as EntryKey; // not `entry`: see EntryRow
  const ref = (field: string) => ({ part, path: [groupKey, entryKey], field });
  const unknown = !known && !!entry.name;
  const typed = !known || entry.type !== undefined;
  return (
    <SettingRowShell data-testid={testId}>
      <div className={typed ? 'sr-grid sr-typed' : 'sr-grid'}>
        <div className="sr-name">
          <ComboInput
            label="Setting name"
            value={entry.name}
            options={names}
            onChange={(v) => update({ name: v })}
            needed
            testId={`${testId}-name`}
            fieldRef={ref('name')}
          />
          {unknown && (
            <Tooltip title="This name is not a documented setting of this path: its value is kept as plain text." describeChild>
              <Chip label="not in the catalog" size="small" color="warning" variant="outlined" tabIndex={0} sx={{ alignSelf: 'flex-start' }} data-testid={`${testId}-unknown`} />
            </Tooltip>
          )}
        </div>
        <div className="sr-value">
          <ValueEditor setting={known} value={entry.value} onChange={(v) => update({ value: v })} fieldRef={ref('value')} testId={`${testId}-value`} />
        </div>
        {/* Type matters to the imaging tool only for policies it does not know, so it is offered for those
            (or when a file already sets it) and stays out of the way for catalog settings. */}
        {typed && (
          <div className="sr-type">
            <SelectInput
              label="Type"
              value={entry.type}
              options={SETTING_TYPE_OPTIONS}
              onChange={(v) => update({ type: v })}
              allowUnset
              width="100%"
              testId={`${testId}-type`}
              fieldRef={ref('type')}
            />
          </div>
        )}
        <div className="sr-actions">{actions}</div>
      </div>
    </SettingRowShell>
  );
}
