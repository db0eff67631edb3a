// The top bar's theme choice: follow the system, light or dark (color-mode.ts keeps it across reloads).

import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import BrightnessAutoIcon from '@mui/icons-material/BrightnessAuto';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import { Hint } from '../common/Hint.tsx';
import { useOpenedOnce } from '../common/use-opened-once.ts';
import { setThemePref, themePref } from './color-mode.ts';
import type { ThemePref } from '../../lib/theme-pref.ts';

const CHOICES: readonly { pref: ThemePref; label: string; icon: typeof LightModeIcon }[] = [
  { pref: 'system', label: 'Same as the system', icon: BrightnessAutoIcon },
  { pref: 'light', label: 'Light', icon: LightModeIcon },
  { pref: 'dark', label: 'Dark', icon: DarkModeIcon },
];

export function ThemeMenu() {
  const pref = themePref.useValue();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const mounted = useOpenedOnce(!!anchor);
  const current = CHOICES.find((c) => c.pref === pref) ?? CHOICES[0]!;
  const Icon = current.icon;
  const label = `Theme: ${current.label.toLowerCase()}`;
  return (
    <>
      <Hint title={label}>
        <IconButton aria-label={label} aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)} data-testid="theme-menu">
          <Icon />
        </IconButton>
      </Hint>
      {mounted && (
        <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
          {CHOICES.map((c) => (
            <MenuItem
              key={c.pref}
              role="menuitemradio"
              aria-checked={c.pref === pref}
              selected={c.pref === pref}
              data-testid={`theme-${c.pref}`}
              onClick={() => {
                setAnchor(null);
                setThemePref(c.pref);
              }}
            >
              <ListItemIcon>
                <c.icon fontSize="small" />
              </ListItemIcon>
              <ListItemText>{c.label}</ListItemText>
            </MenuItem>
          ))}
        </Menu>
      )}
    </>
  );
}
