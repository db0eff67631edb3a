// The look of MUI's dense list item (ListItemButton + ListItemText) as class rules, for rows drawn as plain
// elements: a virtual list mounts a screenful of rows at a time, and each ListItemButton + ListItemText is about
// ten styled components. Used by the part list and the problems panel.

import type { Theme } from '@mui/material/styles';

/** A row's pointer, hover and keyboard-focus backgrounds, with the button's background transition. */
export function listItemStates(theme: Theme) {
  return {
    cursor: 'pointer',
    transition: theme.transitions.create('background-color', { duration: theme.transitions.duration.shortest }),
    '&:hover': { backgroundColor: theme.palette.action.hover },
    '&:focus-visible': { backgroundColor: theme.palette.action.focus },
  };
}

/** Two lines, each cut with an ellipsis: `.li-text` holding `.li-primary` (body2) and `.li-secondary` (caption). */
export function listItemText(theme: Theme) {
  return {
    '& .li-text': { flex: '1 1 auto', minWidth: 0, margin: '4px 0' },
    '& .li-primary, & .li-secondary': { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    '& .li-primary': { ...theme.typography.body2 },
    '& .li-secondary': { ...theme.typography.caption, color: theme.palette.text.secondary },
  };
}
