// A condition's value as its parts: a match mode (equals / pattern / range), "not", and the body. The text
// written to the file is `!`, then `pattern:` or `range:`, then the body, so each part is edited on its own.
// Laid out as a condition row (ConditionRow.tsx): two halves, [name, Match, not] and [Value, after], that sit on
// one line when there is room and wrap onto two when not; no field shrinks below what can be read.

import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Tooltip from '@mui/material/Tooltip';
import type { FieldRef } from '../../model/refs.ts';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import { composeConditionValue, parseConditionValue, type ConditionMode, type ParsedConditionValue } from '../../model/conditions-grammar.ts';
import { TextInput } from '../common/TextInput.tsx';

const MODES: readonly { value: ConditionMode; label: string; hint: string }[] = [
  { value: 'exact', label: 'equals', hint: 'e.g. 310' },
  { value: 'pattern', label: 'pattern', hint: 'a regular expression, e.g. ^31[01]$' },
  { value: 'range', label: 'range', hint: 'min,max e.g. 310,316' },
];

export interface ConditionValueInputProps {
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  readonly needed: boolean;
  readonly disabled?: boolean;
  readonly testId: string;
  readonly fieldRef: FieldRef;
  /** The condition's Name field, first in the row. */
  readonly name: ReactNode;
  /** What follows the value on its line (the Any box, the remove button). */
  readonly after: ReactNode;
}

/** The menu goes at once when closed: fading out, its invisible backdrop would swallow the next click. */
const MENU_PROPS = { transitionDuration: { enter: 200, exit: 0 } };

/** The narrowest the value body gets (an MCC, a short SPN stay readable); below it the row wraps. */
const VALUE_MIN = 120;

export function ConditionValueInput({ value, onChange, needed, disabled, testId, fieldRef, name, after }: ConditionValueInputProps) {
  const parts = parseConditionValue(value ?? '');
  const mode = MODES.find((m) => m.value === parts.mode) ?? MODES[0];
  // The handlers compose from the parts as last rendered, read when the event comes: they then stay the same
  // function while the body is typed, and the mode select and the "not" box are not re-rendered for each key.
  const latest = useRef(parts);
  useLayoutEffect(() => {
    latest.current = parts;
  });
  const write = (patch: Partial<ParsedConditionValue>) => onChange(composeConditionValue({ ...latest.current, ...patch }));
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: 1, mt: 1 }} data-testid={testId}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', columnGap: 1, flex: '1 1 330px', minWidth: 0 }}>
        <Box sx={{ flex: '1 1 120px', minWidth: 88, maxWidth: 200 }}>{name}</Box>
        <TextField
          select
          label="Match"
          size="small"
          margin="dense"
          value={parts.mode}
          disabled={disabled}
          onChange={(e) => write({ mode: e.target.value as ConditionMode })}
          sx={{ width: 112, flexShrink: 0 }}
          slotProps={{ htmlInput: { 'data-testid': `${testId}-mode` }, select: { MenuProps: MENU_PROPS } }}
        >
          {MODES.map((m) => (
            <MenuItem key={m.value} value={m.value}>
              {m.label}
            </MenuItem>
          ))}
        </TextField>
        <Tooltip title="Negate: the condition matches when the value does NOT match (written as a leading !)">
          <FormControlLabel
            sx={{ flexShrink: 0, mr: 0, mt: 1 }}
            control={
              <Checkbox
                size="small"
                checked={parts.negated}
                disabled={disabled}
                onChange={(e) => write({ negated: e.target.checked })}
                slotProps={{ input: { 'aria-label': 'Not (negate)', 'data-testid': `${testId}-not` } as object }}
              />
            }
            label="not"
          />
        </Tooltip>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', columnGap: 1, flex: '1 1 260px', minWidth: 0 }}>
        <Box sx={{ flex: '1 1 auto', minWidth: VALUE_MIN }}>
          <TextInput
            label={mode.value === 'exact' ? 'Value' : mode.value === 'pattern' ? 'Pattern' : 'Range'}
            value={parts.body}
            onChange={(body) => write({ body })}
            needed={needed}
            monospace
            testId={`${testId}-value`}
            placeholder={disabled ? '(any)' : mode.hint}
            fieldRef={fieldRef}
          />
        </Box>
        {after}
      </Box>
    </Box>
  );
}
