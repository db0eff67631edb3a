// Chips for the macros in a Settings Path: `$(__ICCID)` / `$(__IMSI)` explain per-SIM provisioning, an OEM
// macro such as `$(LensAppGuid)` says it must be replaced by a concrete value (docs/format.md §5.1).

import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';

const MACRO = /\$\(([^)]*)\)/g;

function explain(name: string): { label: string; tip: string; color: 'info' | 'warning' | 'default' } {
  const upper = name.toUpperCase();
  if (upper === '__ICCID' || upper === '__IMSI') {
    const id = upper.slice(2);
    return {
      label: `per-SIM: ${id}`,
      tip: `$(${name}) is replaced at provisioning time by the ${id} of each SIM; one variant serves every slot whose SIM matches.`,
      color: 'info',
    };
  }
  if (name.startsWith('__')) return { label: name, tip: `$(${name}) is a built-in macro: write it literally.`, color: 'default' };
  return {
    label: `replace $(${name})`,
    tip: `$(${name}) is an OEM macro: it must be replaced by a concrete value in the answer file.`,
    color: 'warning',
  };
}

/** The distinct macros of a path, in order. */
export function macrosOf(path: string): readonly string[] {
  return [...new Set([...path.matchAll(MACRO)].map((m) => m[1]))];
}

export function MacroChips({ path, testId }: { path: string; testId: string }) {
  const macros = macrosOf(path);
  if (macros.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      {macros.map((m) => {
        const { label, tip, color } = explain(m);
        return (
          <Tooltip key={m} title={tip} describeChild>
            <Chip
              label={label}
              size="small"
              color={color}
              variant="outlined"
              tabIndex={0}
              aria-description={tip}
              data-testid={`${testId}-macro-${m.replace(/^__/, '')}`}
            />
          </Tooltip>
        );
      })}
    </Stack>
  );
}
