// The "?" dialog: every keyboard shortcut (shortcut-list.ts), grouped by where it works. Loaded when first opened
// (ShortcutsButton.tsx), not with the first screen.

import { Fragment } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Box from '@mui/material/Box';
import { SHORTCUT_GROUPS } from './shortcut-list.ts';
import { closeShortcuts as close } from './shortcuts-open.ts';

const kbd = { fontFamily: 'inherit', fontSize: '0.85em', px: 0.75, py: 0.125, border: 1, borderColor: 'divider', borderBottomWidth: 2, borderRadius: 1, bgcolor: 'background.default' } as const;

export default function ShortcutsDialog({ open }: { open: boolean }) {
  return (
    <Dialog open={open} onClose={close} aria-labelledby="shortcuts-title" data-testid="shortcuts-dialog" maxWidth="sm" fullWidth>
      <DialogTitle id="shortcuts-title">Keyboard shortcuts</DialogTitle>
      {/* Focusable: in a short window the list scrolls, and the keyboard must reach it (axe: scrollable-region-focusable). */}
      <DialogContent tabIndex={0}>
        {SHORTCUT_GROUPS.map((g) => (
          <Box component="section" key={g.title} sx={{ mb: 2 }}>
            <Box component="h3" sx={{ typography: 'subtitle2', m: 0, mb: 0.5 }}>
              {g.title}
            </Box>
            <Box component="table" sx={{ borderCollapse: 'collapse', width: '100%', '& td, & th': { py: 0.5, verticalAlign: 'top', textAlign: 'left' } }}>
              <tbody>
                {g.shortcuts.map((s) => (
                  <tr key={s.does}>
                    <Box component="th" scope="row" sx={{ fontWeight: 'normal', whiteSpace: 'nowrap', pr: 2, width: '1%' }}>
                      {s.keys.map((combo, i) => (
                        <Fragment key={combo.join('+')}>
                          {i > 0 && ' or '}
                          {combo.map((k, j) => (
                            <Fragment key={k}>
                              {j > 0 && '+'}
                              <Box component="kbd" sx={kbd}>
                                {k}
                              </Box>
                            </Fragment>
                          ))}
                        </Fragment>
                      ))}
                    </Box>
                    <td>{s.does}</td>
                  </tr>
                ))}
              </tbody>
            </Box>
          </Box>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} data-testid="shortcuts-close">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
