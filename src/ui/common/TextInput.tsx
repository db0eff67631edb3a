// A text field for any value that goes into the XML. It keeps input exactly as typed, refuses characters
// XML 1.0 cannot carry (with a message at the field), and marks values only the user can supply as needed.

import { memo, useLayoutEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import TextField from '@mui/material/TextField';
import { badXmlCharMessage } from '../../model/xml-chars.ts';
import { useEditor } from '../../store/editor-store.ts';
import type { FieldRef } from '../../model/refs.ts';
import { helperTextProps } from './helper-text.ts';
import { useFieldMessage, useFocusRequest } from '../diagnostics/use-diagnostics.ts';

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
  /** The field in the document: its diagnostics show here once the field is touched. */
  readonly fieldRef?: FieldRef;
}

const MULTILINE_ROWS = 3;

/** Memoised: with stable props (module-level handlers, constant refs) a field re-renders only when its value does. */
export const TextInput = memo(function TextInput(props: TextInputProps) {
  const { label, value, onChange, needed, helperText, placeholder, testId, multiline, monospace, autoFocus } = props;
  const [refusal, setRefusal] = useState<string | null>(null);
  const sealHistory = useEditor((s) => s.sealHistory);
  const text = value ?? '';
  const field = useFieldMessage(props.fieldRef);
  const inputRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  useFocusRequest(field.id, inputRef);
  const diag = field.message;
  const filled = text !== '';
  const missing = !!needed && !filled && !diag;
  const [focused, setFocused] = useState(false);

  // The input is uncontrolled: while the user types, the input already holds the text, so the MUI field
  // around it (label, outline, helper) is not re-rendered for every key, which was most of a keystroke's cost.
  // The document's value is written into the input whenever it differs from what the input shows (undo, redo,
  // an import, a quick fix). A multi-line field has a fixed number of rows: MUI's auto-sized textarea measures
  // itself (a forced layout) on every render.
  const [initial] = useState(text);
  const accepted = useRef(text);
  useLayoutEffect(() => {
    accepted.current = text;
    const el = inputRef.current;
    if (el && el.value !== text) el.value = text;
  }, [text]);

  function handleChange(e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const el = e.target;
    const next = el.value;
    const bad = badXmlCharMessage(next);
    if (bad) {
      // Put back the text as it was, with the caret where the refused characters were typed.
      const before = accepted.current;
      const caret = Math.max(0, (el.selectionStart ?? next.length) - (next.length - before.length));
      el.value = before;
      el.setSelectionRange(caret, caret);
      setRefusal(bad);
      return;
    }
    setRefusal(null);
    field.touch();
    accepted.current = next;
    onChange(next);
  }

  const helper = refusal ?? diag?.message ?? (missing ? 'Needed' : helperText);
  return (
    <TextField
      label={label}
      defaultValue={initial}
      onChange={handleChange}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        sealHistory();
        field.touch();
      }}
      inputRef={inputRef}
      size="small"
      margin="dense"
      placeholder={placeholder}
      required={needed}
      multiline={multiline}
      rows={multiline ? MULTILINE_ROWS : undefined}
      autoFocus={autoFocus}
      fullWidth={props.fullWidth ?? !props.width}
      sx={props.width ? { width: props.width } : undefined}
      error={!!refusal || diag?.severity === 'error'}
      color={missing || diag?.severity === 'warning' ? 'warning' : undefined}
      helperText={helper}
      slotProps={{
        htmlInput: {
          'data-testid': testId,
          'data-field': field.id,
          spellCheck: false,
          'aria-invalid': refusal || diag?.severity === 'error' ? true : undefined,
          style: monospace ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' } : undefined,
        },
        formHelperText: helperTextProps(helper, missing || diag?.severity === 'warning'),
        // The label and the outline's notch follow the document's value (the uncontrolled input does not tell MUI).
        inputLabel: { shrink: filled || focused },
      }}
    />
  );
});
