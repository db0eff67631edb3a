// A text field for any value that goes into the XML. It keeps input exactly as typed, refuses characters
// XML 1.0 cannot carry (with a message at the field), and marks values only the user can supply as needed.

import { useState, type ChangeEvent, type ReactNode } from 'react';
import TextField from '@mui/material/TextField';
import { badXmlCharMessage } from '../../model/xml-chars.ts';
import { useEditor } from '../../store/editor-store.ts';

export interface TextInputProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly onChange: (value: string) => void;
  /** Shown as "Needed" while empty: a value only the user can know. */
  readonly needed?: boolean;
  readonly helperText?: ReactNode;
  readonly placeholder?: string;
  readonly testId?: string;
  readonly multiline?: boolean;
  readonly monospace?: boolean;
  readonly fullWidth?: boolean;
  readonly autoFocus?: boolean;
  readonly width?: number | string;
}

export function TextInput(props: TextInputProps) {
  const { label, value, onChange, needed, helperText, placeholder, testId, multiline, monospace, autoFocus } = props;
  const [refusal, setRefusal] = useState<string | null>(null);
  const sealHistory = useEditor((s) => s.sealHistory);
  const text = value ?? '';
  const missing = !!needed && text === '';

  function handleChange(e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const next = e.target.value;
    const bad = badXmlCharMessage(next);
    if (bad) {
      setRefusal(bad);
      return;
    }
    setRefusal(null);
    onChange(next);
  }

  return (
    <TextField
      label={label}
      value={text}
      onChange={handleChange}
      onBlur={sealHistory}
      size="small"
      margin="dense"
      placeholder={placeholder}
      required={needed}
      multiline={multiline}
      autoFocus={autoFocus}
      fullWidth={props.fullWidth ?? !props.width}
      sx={props.width ? { width: props.width } : undefined}
      error={!!refusal}
      color={missing ? 'warning' : undefined}
      helperText={refusal ?? (missing ? 'Needed: only you know this value' : helperText)}
      slotProps={{
        htmlInput: {
          'data-testid': testId,
          spellCheck: false,
          'aria-invalid': refusal ? true : undefined,
          style: monospace ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } : undefined,
        },
        formHelperText: missing ? { sx: { color: 'warning.dark' } } : undefined,
      }}
    />
  );
}
