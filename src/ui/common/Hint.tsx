// A tooltip for the first screen's controls. A MUI Tooltip costs two renders on mount (it keeps its child's node
// in state, set from a ref) and a Popper: with six on the first screen that was ~10% of its render. Until the
// first frame is painted the control renders alone; the Tooltip wraps it in the transition right after (the
// control is mounted again then, tens of milliseconds after the first paint, before anyone can hover it).

import type { ReactElement } from 'react';
import { useContext } from 'react';
import Tooltip, { type TooltipProps } from '@mui/material/Tooltip';
import { AfterFirstFrame } from '../app/after-first-frame.ts';

export function Hint({ title, children }: { title: TooltipProps['title']; children: ReactElement }) {
  return useContext(AfterFirstFrame) ? <Tooltip title={title}>{children}</Tooltip> : children;
}
