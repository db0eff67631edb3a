// The look of the part list's rows, as class rules on the list's shell: a row is a plain element with class
// names (PartList.tsx) with the dense list item's look (common/list-item-style.ts), so opening a document or
// scrolling, which mount a screenful of new rows, costs far less.

import { alpha, styled } from '@mui/material/styles';
import { listItemStates, listItemText } from '../common/list-item-style.ts';
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
      userSelect: 'none',
      // The focus ring is the theme's (app/theme.ts), drawn inside the row.
      ...listItemStates(theme),
      '&[aria-current="true"]': { backgroundColor: selected },
      '&[aria-current="true"]:hover': {
        backgroundColor: alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity + theme.palette.action.hoverOpacity),
      },
      '&[aria-current="true"]:focus-visible': {
        backgroundColor: alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity + theme.palette.action.focusOpacity),
      },
    },
    ...listItemText(theme),
  };
});
