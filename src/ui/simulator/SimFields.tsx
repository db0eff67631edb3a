// The fields of one simulated SIM: MCC, MNC, SPN, GID1, ICCID, IMSI, UIName and each other condition name the
// document uses. An empty field is unknown, not empty (issue 20): a condition on it may match.

import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { simulations } from '../../store/simulations.ts';
import { idPart } from './sim-text.ts';

export interface SimFieldsProps {
  readonly docId: string;
  readonly slot: number;
  readonly fields: readonly string[];
  readonly values: Readonly<Record<string, string>>;
}

export function SimFields({ docId, slot, fields, values }: SimFieldsProps) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 1, mb: 1 }}>
      {fields.map((name) => (
        <TextField
          key={name}
          id={`sim-${slot}-${idPart(name)}`}
          label={name}
          size="small"
          value={values[name] ?? ''}
          onChange={(e) => simulations.setValue(docId, slot, name, e.target.value)}
          helperText={(values[name] ?? '') === '' ? 'Empty: unknown' : ' '}
          slotProps={{ htmlInput: { 'data-testid': `sim-${slot}-field-${name}`, spellCheck: false, autoComplete: 'off' } }}
        />
      ))}
    </Box>
  );
}
