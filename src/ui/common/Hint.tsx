// A tooltip that is not part of the first screen. A MUI Tooltip costs two renders on mount (it keeps its child's
// node in state, set from a ref) and a Popper: with six on the first screen that was ~10% of its render, and its
// code (Tooltip, Popper, popper.js: ~10 KB gzip) is not in the first screen's JavaScript either. Until the first
// frame is painted and the Tooltip's code is in, the control renders alone; then the Tooltip wraps it (the control
// is mounted again, tens of milliseconds after the first paint, before anyone can hover it).

import type { ReactElement } from 'react';
import { useContext } from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';
import { AfterFirstFrame } from '../app/after-first-frame.ts';
import { preloadable, usePreloaded } from './preloadable.ts';

const tooltip = preloadable(() => import('@mui/material/Tooltip'));

export type HintProps = Omit<TooltipProps, 'children'> & { children: ReactElement };

export function Hint({ children, ...props }: HintProps) {
  const Tooltip = usePreloaded(tooltip, useContext(AfterFirstFrame))?.default;
  return Tooltip ? <Tooltip {...props}>{children}</Tooltip> : children;
}
