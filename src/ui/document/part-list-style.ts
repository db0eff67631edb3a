// The look of the part list's rows, as class rules on the list's shell: a row is a plain element with class
// names (PartList.tsx), not a ListItemButton + ListItemText (about ten styled components each), so opening a
// document or scrolling, which mount a screenful of new rows, costs far less. It matches MUI's dense list item.

import { alpha, styled } from '@mui/material/styles';
import { ITEM_HEIGHT } from './part-rows.ts';

export const PartListShell = styled('div')(({ theme }) => {
  const selected = alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity);
  return {
    height: '100%',
    '& .p-item': {
      display: 'flex',
      alignItems: 'center',
      height: ITEM_HEIGHT,
      padding: theme.spacing(0.25, 2),
      overflow: 'hidden',
      cursor: 'pointer',
      userSelect: 'none',
      outline: 0,
      transition: theme.transitions.create('background-color', { duration: theme.transitions.duration.shortest }),
      '&:hover': { backgroundColor: theme.palette.action.hover },
      '&:focus-visible': { backgroundColor: theme.palette.action.focus },
      '&[aria-current="true"]': { backgroundColor: selected },
      '&[aria-current="true"]:hover': {
        backgroundColor: alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity + theme.palette.action.hoverOpacity),
      },
      '&[aria-current="true"]:focus-visible': {
        backgroundColor: alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity + theme.palette.action.focusOpacity),
      },
    },
    '& .p-text': { flex: '1 1 auto', minWidth: 0, margin: '4px 0' },
    '& .p-primary, & .p-secondary': { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
    '& .p-primary': { ...theme.typography.body2 },
    '& .p-secondary': { ...theme.typography.caption, color: theme.palette.text.secondary },
  };
});
