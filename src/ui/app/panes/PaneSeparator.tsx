// The handle between two panes: a thin line that a pointer drags (the library widens its hit area) and the keyboard
// moves (Tab to it, then the arrow keys; Home/End to the limits). It is a focusable role="separator" with
// aria-valuenow (react-resizable-panels); the name says which panes it sits between.

import { styled } from '@mui/material/styles';
import { Separator } from 'react-resizable-panels';

const Line = styled(Separator)(({ theme }) => ({
  flex: '0 0 5px',
  position: 'relative',
  backgroundColor: theme.palette.background.default,
  outline: 'none',
  // The visible line in the middle; thicker and coloured while hovered, dragged or focused.
  '&::after': {
    content: '""',
    position: 'absolute',
    backgroundColor: theme.palette.divider,
  },
  '&[aria-orientation="vertical"]::after': { top: 0, bottom: 0, left: 2, width: 1 },
  '&[aria-orientation="horizontal"]::after': { left: 0, right: 0, top: 2, height: 1 },
  '&[data-separator="hover"]::after, &[data-separator="active"]::after': { backgroundColor: theme.palette.primary.main },
  '&[aria-orientation="vertical"][data-separator="hover"]::after, &[aria-orientation="vertical"][data-separator="active"]::after': { left: 1, width: 3 },
  '&[aria-orientation="horizontal"][data-separator="hover"]::after, &[aria-orientation="horizontal"][data-separator="active"]::after': { top: 1, height: 3 },
  '&:focus-visible': { backgroundColor: theme.palette.primary.main, boxShadow: `0 0 0 2px ${theme.palette.primary.main}` },
}));

export function PaneSeparator({ id, label }: { id: string; label: string }) {
  return <Line id={id} aria-label={label} title={`${label}: drag, or focus and use the arrow keys`} />;
}
