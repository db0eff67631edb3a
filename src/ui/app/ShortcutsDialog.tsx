// The "?" dialog: every keyboard shortcut (shortcut-list.ts), grouped by where it works.

import { Fragment } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Box from '@mui/material/Box';
import { uiSignal } from '../common/ui-signal.ts';
import { SHORTCUT_GROUPS } from './shortcut-list.ts';
import { useOpenedOnce } from '../common/use-opened-once.ts';

const shortcutsOpen = uiSignal(false);

export function openShortcuts(): void {
  shortcutsOpen.set(true);
}

const close = () => shortcutsOpen.set(false);

const kbd = { fontFamily: 'inherit', fontSize: '0.85em', px: 0.75, py: 0.125, border: 1, borderColor: 'divider', borderBottomWidth: 2, borderRadius: 1, bgcolor: 'background.default' } as const;

export function ShortcutsDialog() {
  const open = shortcutsOpen.useValue();
  const mounted = useOpenedOnce(open);
  if (!mounted) return null;
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
