// One `<Condition>`: a SIM property that must match (all conditions of a state must match).

import { memo } from 'react';
import Stack from '@mui/material/Stack';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import type { Condition } from '../../model/types.ts';
import type { TargetKey, TargetStateKey } from '../../model/ids.ts';
import { actions } from '../../store/actions.ts';
import { ComboInput } from '../common/ComboInput.tsx';
import { TextInput } from '../common/TextInput.tsx';
import { RowActions } from '../common/RowActions.tsx';

/** The names the imaging tool knows, first; format.md §2.2. */
export const CONDITION_NAMES = ['MCC', 'MNC', 'SPN', 'GID1', 'UIName', 'UIOrder'] as const;

interface ConditionRowProps {
  readonly targetKey: TargetKey;
  readonly stateKey: TargetStateKey;
  readonly condition: Condition;
  readonly index: number;
  readonly count: number;
  readonly testId: string;
}

function isWild(value: string | undefined): boolean {
  return value !== undefined && /^(true|1)$/i.test(value.trim());
}

export const ConditionRow = memo(function ConditionRow({ targetKey, stateKey, condition, index, count, testId }: ConditionRowProps) {
  const c = condition;
  const wild = isWild(c.isWildCard);
  const ref = (field: string) => ({ part: { kind: 'target', key: targetKey } as const, path: [stateKey, c.key], field });
  const update = (patch: Parameters<typeof actions.updateCondition>[3]) => actions.updateCondition(targetKey, stateKey, c.key, patch);
  return (
    <Stack sx={{ alignItems: 'flex-start' }} direction="row" spacing={1} data-testid={testId}>
      <ComboInput
        label="Name"
        value={c.name}
        options={CONDITION_NAMES}
        onChange={(v) => update({ name: v })}
        needed
        width={180}
        testId={`${testId}-name`}
        fieldRef={ref('name')}
      />
      <TextInput
        label="Value"
        value={c.value}
        onChange={(v) => update({ value: v })}
        needed={!wild}
        monospace
        testId={`${testId}-value`}
        fieldRef={ref('value')}
        placeholder={wild ? '(any)' : 'e.g. 310, pattern:^31[01]$, range:310,316, !310'}
      />
      <FormControlLabel
        sx={{ flexShrink: 0, mr: 0 }}
        control={
          <Checkbox
            size="small"
            checked={wild}
            onChange={(e) => update({ isWildCard: e.target.checked ? 'true' : undefined })}
            slotProps={{ input: { 'aria-label': 'Wildcard (any value)', 'data-testid': `${testId}-wildcard` } as object }}
          />
        }
        label="Any"
      />
      <RowActions
        what="condition"
        index={index}
        count={count}
        onMove={(to) => actions.moveCondition(targetKey, stateKey, c.key, to)}
        onRemove={() => actions.removeCondition(targetKey, stateKey, c.key)}
        testId={testId}
      />
    </Stack>
  );
});
