// Which part of a virtual grid is in view: the first row and column in view (from the grid's own geometry,
// `firstCell`) and the scroller's size. The grid re-renders when the first row or column in view changes, not on
// every scrolled pixel; until measured, the viewport is assumed to be the window (a few cells too many, never too
// few, and no layout read). Used by the targets × variants grid and the settings matrix.

import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { Cell } from './matrix-grid.ts';

export interface GridWindow {
  readonly first: Cell;
  readonly viewport: { readonly width: number; readonly height: number };
  /** Reads the first cell in view again (after a scroll the grid made itself). */
  follow(el: HTMLElement): void;
}

export function useGridWindow(scroller: RefObject<HTMLElement | null>, firstCell: (el: HTMLElement) => Cell): GridWindow {
  const [first, setFirst] = useState<Cell>({ row: 0, col: 0 });
  const [viewport, setViewport] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));

  const follow = useCallback(
    (el: HTMLElement) => {
      const next = firstCell(el);
      setFirst((prev) => (prev.row === next.row && prev.col === next.col ? prev : next));
    },
    [firstCell],
  );

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const onScroll = () => follow(el);
    const ro = new ResizeObserver(() => setViewport({ width: el.clientWidth, height: el.clientHeight }));
    el.addEventListener('scroll', onScroll, { passive: true });
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
    };
  }, [scroller, follow]);

  return { first, viewport, follow };
}
