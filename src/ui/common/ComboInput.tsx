// A free-text field with suggestions (condition names, later setting paths and names). Typing anything is
// allowed; the suggestions only help. Same refusal of non-XML characters as TextInput.

import { useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { badXmlCharMessage } from '../../model/xml-chars.ts';
import { useEditor } from '../../store/editor-store.ts';

export interface ComboInputProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly options: readonly string[];
  readonly onChange: (value: string) => void;
  readonly needed?: boolean;
  readonly testId?: string;
  readonly width?: number | string;
  readonly monospace?: boolean;
  readonly helperText?: string;
}

export function ComboInput({ label, value, options, onChange, needed, testId, width, monospace, helperText }: ComboInputProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const sealHistory = useEditor((s) => s.sealHistory);
  const text = value ?? '';
  const missing = !!needed && text === '';
  return (
    <Autocomplete
      freeSolo
      disableClearable
      options={options as string[]}
      inputValue={text}
      value={text}
      onInputChange={(_e, next, reason) => {
        if (reason === 'reset' && next === text) return;
        const bad = badXmlCharMessage(next);
        if (bad) {
          setRefusal(bad);
          return;
        }
        setRefusal(null);
        if (next !== text) onChange(next);
      }}
      sx={{ width: width ?? '100%' }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          size="small"
          margin="dense"
          required={needed}
          onBlur={sealHistory}
          error={!!refusal}
          color={missing ? 'warning' : undefined}
          helperText={refusal ?? (missing ? 'Needed' : helperText)}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              'data-testid': testId,
              spellCheck: false,
              style: monospace ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } : undefined,
            },
            formHelperText: missing ? { sx: { color: 'warning.dark' } } : undefined,
          }}
        />
      )}
    />
  );
}
