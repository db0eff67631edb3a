// One `<Condition>`: a SIM property that must match (all conditions of a state must match). Two halves that wrap
// onto two lines when the form is narrow, rather than squeezing the value: [Name, Match, not] [Value, Any, remove].

import { memo } from 'react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import type { Condition } from '../../model/types.ts';
import type { TargetKey, TargetStateKey } from '../../model/ids.ts';
import { actions } from '../../store/actions.ts';
import { ComboInput } from '../common/ComboInput.tsx';
import { ConditionValueInput } from './ConditionValueInput.tsx';
import { RowActions } from '../common/RowActions.tsx';

/** The names the imaging tool knows, first; then the documented ones it passes through with a warning (§2.2). */
const TOOL_NAMES = ['MCC', 'MNC', 'SPN', 'GID1', 'UIName', 'UIOrder'];
const OTHER_NAMES = ['CarrierId', 'PNN', 'ICCID', 'Roaming', 'UICC', 'UICCSLOT', 'Region', 'Lang', 'ProcessorType', 'ProcessorName', 'Architecture', 'AoAc', 'PowerPlatformRole', 'Server', 'SocIdentifier'];
export const CONDITION_NAMES: readonly string[] = [...TOOL_NAMES, ...OTHER_NAMES];
const groupOf = (name: string) => (TOOL_NAMES.includes(name) ? 'Known to the imaging tool' : 'Documented, unknown to the imaging tool (warning)');

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
  // Built from keys, not the condition, so that the React Compiler keeps them while its values are typed.
  const conditionKey = c.key;
  const ref = (field: string) => ({ part: { kind: 'target', key: targetKey } as const, path: [stateKey, conditionKey], field });
  const update = (patch: Parameters<typeof actions.updateCondition>[3]) => actions.updateCondition(targetKey, stateKey, conditionKey, patch);
  return (
    <ConditionValueInput
      name={
        <ComboInput
          label="Name"
          value={c.name}
          options={CONDITION_NAMES}
          groupBy={groupOf}
          onChange={(v) => update({ name: v })}
          needed
          width="100%"
          testId={`${testId}-name`}
          fieldRef={ref('name')}
        />
      }
      value={c.value}
      onChange={(v) => update({ value: v })}
      needed={!wild}
      testId={testId}
      fieldRef={ref('value')}
      after={
        <>
          <FormControlLabel
            sx={{ flexShrink: 0, mr: 0, mt: 1 }}
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
          <Box sx={{ mt: 1.25, flexShrink: 0 }}>
            <RowActions
              what="condition"
              index={index}
              count={count}
              onRemove={() => actions.removeCondition(targetKey, stateKey, conditionKey)}
              testId={testId}
            />
          </Box>
        </>
      }
    />
  );
});
