// The look of the problems list, as class rules on the panel: headings and problem rows are plain elements with
// class names (DiagnosticsPanel.tsx) and the dense list item's look (common/list-item-style.ts), so the rows a
// keystroke adds, removes or renumbers cost no styled components.

import type { Theme } from '@mui/material/styles';
import { listItemStates, listItemText } from '../common/list-item-style.ts';

export const problemListSx = (t: Theme) => ({
  flexGrow: 1,
  minHeight: 0,
  '& .p-heading': {
    ...t.typography.body2,
    height: '100%',
    padding: t.spacing(0, 2),
    lineHeight: '28px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    fontWeight: t.typography.fontWeightMedium,
    color: t.palette.text.secondary,
  },
  '& .p-row': { display: 'flex', alignItems: 'center', height: '100%', paddingRight: t.spacing(1) },
  '& .p-go': {
    flex: '1 1 auto',
    minWidth: 0,
    height: '100%',
    display: 'flex',
    alignItems: 'center',
    padding: t.spacing(0.25, 2),
    border: 0,
    margin: 0,
    backgroundColor: 'transparent',
    color: t.palette.text.primary,
    textAlign: 'left',
    font: 'inherit',
    ...listItemStates(t),
    '&:focus-visible': { backgroundColor: t.palette.action.focus, outline: `2px solid ${t.palette.primary.main}`, outlineOffset: -2 },
  },
  '& .p-icon': { display: 'flex', flexShrink: 0, minWidth: 30 },
  ...listItemText(t),
});
