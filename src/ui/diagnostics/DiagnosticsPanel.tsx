// The list of every problem in the document, grouped by part. Choosing one selects its part and focuses
// its field; certain problems offer a one-click fix.

import { memo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/Warning';
import type { Diagnostic } from '../../model/validate/diagnostic.ts';
import { quickFixFor } from '../../model/validate/quick-fix.ts';
import { fieldId, type PartRef } from '../../model/refs.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useView } from '../../store/view-store.ts';
import { actions } from '../../store/actions.ts';
import { applyQuickFix, quickFixLabel } from '../../store/quick-fixes.ts';
import { useDiagnostics } from './use-diagnostics.ts';
import { partLabel, partKey } from './part-label.ts';

function goTo(d: Diagnostic) {
  actions.select(d.ref.part);
  if (d.ref.field !== undefined) {
    // Let the part's form mount before asking its field to take the focus.
    requestAnimationFrame(() => useView.getState().requestFocus(fieldId(d.ref)));
  }
}

const FixButton = memo(function FixButton({ d, testId }: { d: Diagnostic; testId: string }) {
  const fix = quickFixFor(d);
  const variants = useEditor((s) => s.doc.variants);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  if (!fix) return null;
  if (fix.kind !== 'move-group-to-variant') {
    return (
      <Button size="small" variant="outlined" onClick={() => applyQuickFix(fix)} data-testid={testId} sx={{ flexShrink: 0 }}>
        Fix: {quickFixLabel(fix)}
      </Button>
    );
  }
  return (
    <>
      <Tooltip title={variants.length === 0 ? 'Add a variant first' : ''}>
        <span>
          <Button size="small" variant="outlined" disabled={variants.length === 0} onClick={(e) => setMenu(e.currentTarget)} data-testid={testId}>
            Fix: {quickFixLabel(fix)}…
          </Button>
        </span>
      </Tooltip>
      <Menu anchorEl={menu} open={!!menu} onClose={() => setMenu(null)}>
        {variants.map((v, i) => (
          <MenuItem
            key={v.key}
            data-testid={`${testId}-variant-${i}`}
            onClick={() => {
              setMenu(null);
              applyQuickFix(fix, v.key);
            }}
          >
            {v.name || '(unnamed variant)'}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
});

/** Problems rendered at most: a large fleet file can have thousands, and rendering them all takes seconds. */
const SHOWN_PROBLEMS = 300;

export function DiagnosticsPanel() {
  const { all, errors, warnings } = useDiagnostics();
  const doc = useEditor((s) => s.doc);
  const strict = useView((s) => s.strict);
  const groups = new Map<string, { part: PartRef; items: Diagnostic[] }>();
  for (const d of all.length > SHOWN_PROBLEMS ? all.slice(0, SHOWN_PROBLEMS) : all) {
    const k = partKey(d.ref.part);
    const g = groups.get(k);
    if (g) g.items.push(d);
    else groups.set(k, { part: d.ref.part, items: [d] });
  }
  let n = 0;
  return (
    <Stack sx={{ height: '100%', minHeight: 0 }} data-testid="diagnostics-panel">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1.5, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="subtitle2" component="h2" sx={{ flexGrow: 1 }}>
          Problems: {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}
        </Typography>
        <Tooltip title="Like the imaging tool's /StrictSettingPolicies: unknown settings paths and names become errors.">
          <FormControlLabel
            control={<Switch size="small" checked={strict} onChange={(e) => useView.getState().setStrict(e.target.checked)} data-testid="strict-toggle" />}
            label="Strict"
          />
        </Tooltip>
      </Stack>
      <Box sx={{ overflowY: 'auto', flexGrow: 1 }}>
        {all.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }} data-testid="no-problems">
            No problems found.
          </Typography>
        )}
        <List dense disablePadding component="div">
          {[...groups.values()].map((g) => (
            <div key={partKey(g.part)} role="group" aria-label={partLabel(doc, g.part)}>
              <div>
                <ListSubheader component="div" sx={{ lineHeight: '28px' }}>
                  {partLabel(doc, g.part)}
                </ListSubheader>
                {g.items.map((d) => {
                  const i = n++;
                  return (
                    <Stack key={i} direction="row" sx={{ alignItems: 'center', pr: 1 }}>
                      <ListItemButton onClick={() => goTo(d)} data-testid={`problem-${i}`} data-code={d.code} data-severity={d.severity} sx={{ py: 0.25 }}>
                        <ListItemIcon sx={{ minWidth: 30 }}>
                          {d.severity === 'error' ? <ErrorIcon color="error" fontSize="small" /> : <WarningIcon color="warning" fontSize="small" />}
                        </ListItemIcon>
                        <ListItemText primary={d.message} secondary={d.code} slotProps={{ secondary: { variant: 'caption' } }} />
                      </ListItemButton>
                      <FixButton d={d} testId={`problem-${i}-fix`} />
                    </Stack>
                  );
                })}
              </div>
            </div>
          ))}
        </List>
        {all.length > SHOWN_PROBLEMS && (
          <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }} data-testid="problems-more">
            Showing the first {SHOWN_PROBLEMS} of {all.length} problems. Fix these to see the rest.
          </Typography>
        )}
      </Box>
    </Stack>
  );
}
