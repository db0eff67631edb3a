// One result of the find box: a document field (its value, what and where it is) or a catalog entry (its name,
// path and the first sentence of its help).

import Box from '@mui/material/Box';
import type { FindResult } from './find-result.ts';

interface FindOptionProps {
  readonly id: string;
  readonly result: FindResult;
  readonly active: boolean;
  readonly enabled: boolean;
  readonly testId: string;
  readonly onChoose: () => void;
  readonly onHover: () => void;
}

/** The first sentence of a help text. */
function summary(help: string): string {
  const end = help.search(/[.!?](\s|$)/);
  return end < 0 ? help : help.slice(0, end + 1);
}

export function FindOption({ id, result: r, active, enabled, testId, onChoose, onHover }: FindOptionProps) {
  const primary = r.kind === 'field' ? r.hit.value : r.entry.name;
  const secondary =
    r.kind === 'field'
      ? `${r.hit.field} · ${r.hit.where}`
      : `${r.entry.path} — ${summary(r.entry.help)} ${r.entry.perSim ? '(Per-SIM: add it in a Variant.)' : '(Enter adds it to Static.)'}`;
  return (
    <Box
      role="option"
      id={id}
      aria-selected={active}
      aria-disabled={!enabled || undefined}
      data-testid={testId}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onChoose}
      onMouseMove={onHover}
      sx={{
        px: 1.5,
        py: 0.5,
        cursor: enabled ? 'pointer' : 'default',
        bgcolor: active ? 'action.selected' : undefined,
        opacity: enabled ? 1 : 0.75,
      }}
    >
      <Box sx={{ fontSize: 14, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{primary}</Box>
      <Box sx={{ fontSize: 12, color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={secondary}>
        {secondary}
      </Box>
    </Box>
  );
}
