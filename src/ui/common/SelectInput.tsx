// A small select for attributes with a closed set of values. A value outside the set (from an imported file)
// is still shown, marked, so that nothing is silently replaced. A label longer than the field is cut in the
// field, so the field's title is the whole label; in the open menu long labels wrap instead of being cut.

import { memo, useRef } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { FieldRef } from '../../model/refs.ts';
import { helperTextProps } from './helper-text.ts';
import { useFieldMessage, useFocusRequest } from '../diagnostics/use-diagnostics.ts';

export interface SelectInputProps {
  readonly label: string;
  readonly value: string | undefined;
  readonly options: readonly { readonly value: string; readonly label?: string }[];
  readonly onChange: (value: string | undefined) => void;
  /** Offer "(not set)", which removes the attribute. */
  readonly allowUnset?: boolean;
  readonly testId?: string;
  readonly width?: number | string;
  readonly helperText?: string;
  /** The field in the document: its diagnostics show here once the field is touched. */
  readonly fieldRef?: FieldRef;
}

const UNSET = '\u0000unset';

/**
 * Long option labels wrap in the menu (at most the window's width less a margin) rather than being cut. The menu
 * goes at once when closed: while it fades out its invisible backdrop would swallow the next click on the form.
 */
const MENU_PROPS = {
  slotProps: { paper: { sx: { maxWidth: 'min(560px, calc(100vw - 32px))' } } },
  sx: { '& .MuiMenuItem-root': { whiteSpace: 'normal', overflowWrap: 'anywhere' } },
  transitionDuration: { enter: 200, exit: 0 },
};

/** Memoised, like TextInput: with stable props it re-renders only when its value or message changes. */
export const SelectInput = memo(function SelectInput({ label, value, options, onChange, allowUnset, testId, width, helperText, fieldRef }: SelectInputProps) {
  const field = useFieldMessage(fieldRef);
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusRequest(field.id, inputRef);
  const diag = field.message;
  const known = value === undefined || options.some((o) => o.value === value);
  const helper = diag?.message ?? helperText;
  const shown = value === undefined ? undefined : known ? (options.find((o) => o.value === value)?.label ?? value) : `${value === '' ? '(empty)' : value} — not allowed`;
  return (
    <TextField
      select
      label={label}
      size="small"
      margin="dense"
      value={value ?? UNSET}
      onChange={(e) => {
        field.touch();
        onChange(e.target.value === UNSET ? undefined : e.target.value);
      }}
      onBlur={field.touch}
      inputRef={inputRef}
      error={diag?.severity === 'error'}
      color={diag?.severity === 'warning' ? 'warning' : undefined}
      sx={{ width: width ?? 200, maxWidth: '100%' }}
      helperText={helper}
      slotProps={{
        select: { SelectDisplayProps: { title: shown }, MenuProps: MENU_PROPS },
        htmlInput: { 'data-testid': testId, 'data-field': field.id },
        formHelperText: helperTextProps(helper, diag?.severity === 'warning'),
      }}
    >
      {allowUnset && (
        <MenuItem value={UNSET}>
          <em>(not set)</em>
        </MenuItem>
      )}
      {!allowUnset && value === undefined && (
        <MenuItem value={UNSET} disabled>
          <em>(not set)</em>
        </MenuItem>
      )}
      {!known && value !== undefined && <MenuItem value={value}>{shown}</MenuItem>}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label ?? o.value}
        </MenuItem>
      ))}
    </TextField>
  );
});
