// A top-bar button that opens a menu of actions (New, Open). The menu is mounted the first time it opens
// (useOpenedOnce: a closed MUI Menu still renders a Popover and a Modal on the first screen) and stays mounted,
// so closing it still plays the exit transition.

import { useState, type ReactNode } from 'react';
import Button, { type ButtonProps } from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import ListItemText from '@mui/material/ListItemText';
import { useOpenedOnce } from './use-opened-once.ts';

export interface MenuAction {
  readonly label: string;
  /** A line under the label saying what the action does. */
  readonly description?: string;
  readonly testId: string;
  readonly run: () => void;
}

interface MenuButtonProps extends Pick<ButtonProps, 'variant' | 'size'> {
  readonly label: string;
  readonly icon: ReactNode;
  readonly testId: string;
  readonly items: readonly MenuAction[];
}

export function MenuButton({ label, icon, testId, items, variant, size }: MenuButtonProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const mounted = useOpenedOnce(!!anchor);
  return (
    <>
      <Button startIcon={icon} variant={variant} size={size} onClick={(e) => setAnchor(e.currentTarget)} data-testid={testId} aria-haspopup="menu">
        {label}
      </Button>
      {mounted && (
        <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
          {items.map((item) => (
            <MenuItem
              key={item.testId}
              data-testid={item.testId}
              onClick={() => {
                setAnchor(null);
                item.run();
              }}
            >
              {item.description ? (
                <ListItemText primary={item.label} secondary={item.description} slotProps={{ secondary: { sx: { whiteSpace: 'normal' } } }} sx={{ maxWidth: 420, my: 0 }} />
              ) : (
                item.label
              )}
            </MenuItem>
          ))}
        </Menu>
      )}
    </>
  );
}
