// The changes by part: one row per change, grouped under its part. Choosing a row selects its part and focuses
// its field (as the problems list does); Revert undoes that one change (one undoable step), when the document
// is compared with its own baseline.

import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { Change } from '../../model/diff/change.ts';
import { revertChange } from '../../model/diff/revert.ts';
import { fieldId } from '../../model/refs.ts';
import type { AnswerFile } from '../../model/types.ts';
import { actions } from '../../store/actions.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useView } from '../../store/view-store.ts';

function goTo(c: Change) {
  actions.select(c.ref.part);
  if (c.ref.field !== undefined || c.ref.path.length > 0) requestAnimationFrame(() => useView.getState().requestFocus(fieldId(c.ref)));
}

function revert(c: Change, reference: AnswerFile) {
  useEditor.getState().edit(`Revert: ${c.text}`, (doc, keys) => revertChange(doc, reference, c, keys));
}

interface Props {
  readonly changes: readonly Change[];
  readonly reference: AnswerFile;
  readonly revertible: boolean;
}

export function ChangeList({ changes, reference, revertible }: Props) {
  const groups: { label: string; list: Change[] }[] = [];
  for (const c of changes) {
    const last = groups.at(-1);
    if (last && last.label === c.partLabel) last.list.push(c);
    else groups.push({ label: c.partLabel, list: [c] });
  }
  return (
    <Box component="ul" data-testid="change-list" sx={{ listStyle: 'none', m: 0, p: 0, overflow: 'auto', height: '100%' }}>
      {groups.map((g, gi) => (
        <li key={`${g.label}-${gi}`}>
          <Typography variant="overline" component="h3" sx={{ px: 1.5, display: 'block', lineHeight: 2.2 }}>
            {g.label}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {g.list.map((c) => (
              <Box component="li" key={c.id} data-testid="change" data-kind={c.kind} data-meaningful={c.meaningful} sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.25, '&:hover': { bgcolor: 'action.hover' } }}>
                <Box
                  component="button"
                  type="button"
                  onClick={() => goTo(c)}
                  title={c.text}
                  sx={{ flexGrow: 1, minWidth: 0, textAlign: 'left', border: 0, background: 'none', font: 'inherit', color: 'inherit', cursor: 'pointer', p: 0.5, overflowWrap: 'anywhere', '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' } }}
                >
                  <Typography variant="body2" component="span" sx={{ color: c.meaningful ? 'text.primary' : 'text.secondary' }}>
                    {c.text}
                  </Typography>
                  {!c.meaningful && (
                    <Typography variant="caption" component="span" color="text.secondary">
                      {' '}
                      (no effect on the image)
                    </Typography>
                  )}
                </Box>
                {revertible && (
                  <Button size="small" onClick={() => revert(c, reference)} data-testid="revert-change" aria-label={`Revert: ${c.text}`}>
                    Revert
                  </Button>
                )}
              </Box>
            ))}
          </Box>
        </li>
      ))}
    </Box>
  );
}
