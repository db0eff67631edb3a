// One result of the find box: a document field (its value, what and where it is) or a catalog entry (its name,
// path and the first sentence of its help). The first of each kind carries the group's heading.

import Box from '@mui/material/Box';
import type { FindResult } from './FindBox.tsx';

interface FindOptionProps {
  readonly id: string;
  readonly result: FindResult;
  /** The first result of its kind: shows the heading ("In the document", "In the catalog"). */
  readonly first: boolean;
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

export function FindOption({ id, result: r, first, active, enabled, testId, onChoose, onHover }: FindOptionProps) {
  const primary = r.kind === 'field' ? r.hit.value : r.entry.name;
  const secondary =
    r.kind === 'field'
      ? `${r.hit.field} · ${r.hit.where}`
      : `${r.entry.path} — ${summary(r.entry.help)} ${r.entry.perSim ? '(Per-SIM: add it in a Variant.)' : '(Enter adds it to Static.)'}`;
  return (
    <>
      {first && (
        <Box component="li" role="presentation" sx={{ px: 1.5, pt: 1, pb: 0.5, fontSize: 12, fontWeight: 600, color: 'text.secondary' }}>
          {r.kind === 'field' ? 'In the document' : 'In the catalog'}
        </Box>
      )}
      <Box
        component="li"
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
    </>
  );
}
