// The effective settings for one SIM: Static plus the applied Variants, `$(__ICCID)`/`$(__IMSI)` expanded, each
// value with where it comes from; values that were overridden, not applied (FirstVariationOnly on a later SIM,
// ImageTimeOnly in a Variant) or only possible (a Target that may match) are listed under it, marked.

import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Contribution, EffectiveSetting } from '../../model/simulate/simulate.ts';
import { STATUS_TEXT, stageMark } from './sim-text.ts';

const CELL = { overflowWrap: 'anywhere', verticalAlign: 'top', px: 1 } as const;

const shown = (v: string | undefined): string => (v === undefined ? '(no value)' : JSON.stringify(v));

function Other({ c }: { c: Contribution }) {
  const mark = stageMark(c.stage);
  return (
    <Typography variant="caption" component="div" color="text.secondary" data-status={c.status} sx={{ overflowWrap: 'anywhere' }}>
      <span style={c.status === 'overridden' ? { textDecoration: 'line-through' } : undefined}>{shown(c.value)}</span> from {c.label}: {STATUS_TEXT[c.status]}
      {c.note ? ` (${c.note})` : ''}
      {mark ? ` · ${mark}` : ''}
    </Typography>
  );
}

function Row({ s }: { s: EffectiveSetting }) {
  const final = [...s.contributions].reverse().find((c) => c.status === 'applied');
  const mark = final ? stageMark(final.stage) : undefined;
  return (
    <TableRow data-testid="sim-setting" data-name={s.name}>
      <TableCell sx={CELL}>
        {s.name}
        <Typography variant="caption" component="div" color="text.secondary">
          {s.path}
        </Typography>
      </TableCell>
      <TableCell sx={CELL}>
        <span data-testid="sim-setting-value">{final ? shown(s.value) : '(not set)'}</span>
        {s.contributions
          .filter((c) => c !== final)
          .map((c, i) => (
            <Other key={i} c={c} />
          ))}
      </TableCell>
      <TableCell sx={CELL}>
        {s.source ?? '—'}
        {mark && (
          <Typography variant="caption" component="div" color="text.secondary">
            {mark}
          </Typography>
        )}
      </TableCell>
    </TableRow>
  );
}

export function EffectiveSettings({ slot, settings }: { slot: number; settings: readonly EffectiveSetting[] }) {
  if (settings.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        No setting: Static and the applied variants set nothing.
      </Typography>
    );
  return (
    <Table size="small" aria-label={`Effective settings, slot ${slot + 1}`} data-testid={`sim-${slot}-settings`} sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ ...CELL, width: '45%' }}>Setting (path)</TableCell>
          <TableCell sx={{ ...CELL, width: '25%' }}>Value</TableCell>
          <TableCell sx={{ ...CELL, width: '30%' }}>From</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {settings.map((s) => (
          <Row key={`${s.path}\n${s.name}`} s={s} />
        ))}
      </TableBody>
    </Table>
  );
}
