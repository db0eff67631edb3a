// The look of the problems list, as class rules on the panel: headings and problem rows are plain elements with
// class names (DiagnosticsPanel.tsx), so the rows a keystroke adds, removes or renumbers cost no styled components.

import type { Theme } from '@mui/material/styles';

export const problemListSx = (t: Theme) => ({
  flexGrow: 1,
  minHeight: 0,
  '& .p-heading': {
    typography: 'body2',
    height: '100%',
    px: 2,
    lineHeight: '28px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    fontWeight: t.typography.fontWeightMedium,
    color: 'text.secondary',
  },
  '& .p-row': { display: 'flex', alignItems: 'center', height: '100%', pr: 1 },
  '& .p-go': {
    flex: '1 1 auto',
    minWidth: 0,
    height: '100%',
    display: 'flex',
    alignItems: 'center',
    px: 2,
    py: 0.25,
    border: 0,
    m: 0,
    bgcolor: 'transparent',
    color: 'text.primary',
    textAlign: 'left',
    font: 'inherit',
    cursor: 'pointer',
    transition: t.transitions.create('background-color', { duration: t.transitions.duration.shortest }),
    '&:hover': { bgcolor: 'action.hover' },
    '&:focus-visible': { bgcolor: 'action.focus', outline: `2px solid ${t.palette.primary.main}`, outlineOffset: -2 },
  },
  '& .p-icon': { display: 'flex', flexShrink: 0, minWidth: 30 },
  '& .p-text': { display: 'flex', flexDirection: 'column', minWidth: 0, my: 0.5 },
  '& .p-message, & .p-code': { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  '& .p-message': { typography: 'body2' },
  '& .p-code': { typography: 'caption', color: 'text.secondary' },
});
