// One `<TargetState>`: matches when ALL its conditions match.

import { memo } from 'react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import type { TargetState } from '../../model/types.ts';
import type { TargetKey } from '../../model/ids.ts';
import { actions } from '../../store/actions.ts';
import { SectionCard } from '../common/SectionCard.tsx';
import { RowActions } from '../common/RowActions.tsx';
import { ConditionRow } from './ConditionRow.tsx';

interface TargetStateCardProps {
  readonly targetKey: TargetKey;
  readonly state: TargetState;
  readonly index: number;
  readonly count: number;
}

export const TargetStateCard = memo(function TargetStateCard({ targetKey, state, index, count }: TargetStateCardProps) {
  const testId = `state-${index}`;
  return (
    <SectionCard
      testId={testId}
      title={`Target state ${index + 1}`}
      subtitle="matches when all its conditions match"
      actions={
        <RowActions
          what="target state"
          index={index}
          count={count}
          onMove={(to) => actions.moveTargetState(targetKey, state.key, to)}
          onDuplicate={() => actions.duplicateTargetState(targetKey, state.key)}
          onRemove={() => actions.removeTargetState(targetKey, state.key)}
          testId={testId}
        />
      }
    >
      {state.conditions.length === 0 && (
        <Typography variant="body2" color="warning.dark">
          No conditions: the imaging tool warns about an empty target state.
        </Typography>
      )}
      {state.conditions.map((c, i) => (
        <ConditionRow
          key={c.key}
          targetKey={targetKey}
          stateKey={state.key}
          condition={c}
          index={i}
          count={state.conditions.length}
          testId={`${testId}-condition-${i}`}
        />
      ))}
      <Button size="small" startIcon={<AddIcon />} onClick={() => actions.addCondition(targetKey, state.key)} data-testid={`${testId}-add-condition`}>
        Add condition
      </Button>
    </SectionCard>
  );
});
