// A free-text field with suggestions (condition names, later setting paths and names). Typing anything is
// allowed; the suggestions only help. Same refusal of non-XML characters as TextInput.

import { useRef, useState } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { badXmlCharMessage } from '../../model/xml-chars.ts';
import { useEditor } from '../../store/editor-store.ts';
import type { FieldRef } from '../../model/refs.ts';
import { helperTextProps } from './helper-text.ts';
import { useFieldMessage, useFocusRequest } from '../diagnostics/use-diagnostics.ts';

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
  /** Groups the suggestions under headings (the options must be sorted by group). */
  readonly groupBy?: (option: string) => string;
  /** The field in the document: its diagnostics show here once the field is touched. */
  readonly fieldRef?: FieldRef;
}

export function ComboInput({ label, value, options, onChange, needed, testId, width, monospace, helperText, fieldRef, groupBy }: ComboInputProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const sealHistory = useEditor((s) => s.sealHistory);
  const text = value ?? '';
  const field = useFieldMessage(fieldRef);
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusRequest(field.id, inputRef);
  const diag = field.message;
  const missing = !!needed && text === '' && !diag;
  const helper = refusal ?? diag?.message ?? (missing ? 'Needed' : helperText);
  // The suggestions open while typing or with the arrow keys, not on a click into the field: a list dropped over
  // the rows below by a click meant to place the caret would catch the next click aimed at those rows.
  const [open, setOpen] = useState(false);
  return (
    <Autocomplete
      freeSolo
      disableClearable
      open={open}
      onOpen={(e) => {
        if (e.type !== 'mousedown') setOpen(true);
      }}
      onClose={() => setOpen(false)}
      options={options as string[]}
      groupBy={groupBy}
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
        if (next !== text) {
          field.touch();
          onChange(next);
        }
      }}
      // The dense margin sits on the root, like a TextField's, so that a Stack's spacing resets it the same way
      // and a combo lines up with the text fields beside it.
      sx={{ width: width ?? '100%', flexShrink: width ? 0 : 1, mt: 1, mb: 0.5 }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          size="small"
          margin="none"
          required={needed}
          onBlur={() => {
            sealHistory();
            field.touch();
          }}
          inputRef={inputRef}
          error={!!refusal || diag?.severity === 'error'}
          color={missing || diag?.severity === 'warning' ? 'warning' : undefined}
          helperText={helper}
          slotProps={{
            ...params.slotProps,
            htmlInput: {
              ...params.slotProps.htmlInput,
              'data-testid': testId,
              'data-field': field.id,
              spellCheck: false,
              style: monospace ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } : undefined,
            },
            formHelperText: helperTextProps(helper, missing || diag?.severity === 'warning'),
          }}
        />
      )}
    />
  );
}
