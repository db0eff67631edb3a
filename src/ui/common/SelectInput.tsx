// A small select for attributes with a closed set of values. A value outside the set (from an imported file)
// is still shown, marked, so that nothing is silently replaced.

import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

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
}

const UNSET = '\u0000unset';

export function SelectInput({ label, value, options, onChange, allowUnset, testId, width, helperText }: SelectInputProps) {
  const known = value === undefined || options.some((o) => o.value === value);
  return (
    <TextField
      select
      label={label}
      size="small"
      margin="dense"
      value={value ?? UNSET}
      onChange={(e) => onChange(e.target.value === UNSET ? undefined : e.target.value)}
      sx={{ width: width ?? 200 }}
      helperText={helperText}
      slotProps={{ htmlInput: { 'data-testid': testId } }}
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
      {!known && value !== undefined && <MenuItem value={value}>{`${value === '' ? '(empty)' : value} — not allowed`}</MenuItem>}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label ?? o.value}
        </MenuItem>
      ))}
    </TextField>
  );
}
