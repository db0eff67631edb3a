// Remembered pane sizes: a group of resizable panes starts from the sizes the user last gave it (src/lib/prefs.ts),
// kept per set of panes shown (the centre column has a Help pane on some forms only, Problems when open). Only
// what the user did is kept (a drag, the arrow keys on a separator, the collapse button): the sizes the library
// derives when the window or the set of panes changes are not written over the user's choice.

import { useEffect, useRef, useState } from 'react';
import { useGroupRef, type Layout, type LayoutChangedMeta } from 'react-resizable-panels';
import { readLayout, writeLayout } from '../../../lib/prefs.ts';

/** `fallback`: the sizes to start from when none are stored (else each Panel's defaultSize). */
export function usePaneLayout(group: string, ids: readonly string[], fallback?: () => Layout) {
  const key = `panes:${group}:${ids.join(',')}`;
  const groupRef = useGroupRef();
  const [defaultLayout] = useState(() => readLayout(key, ids) ?? fallback?.());
  // When the set of panes changes (Problems opened or closed), the group takes the sizes last chosen for that set.
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    const stored = readLayout(key, ids);
    if (stored) groupRef.current?.setLayout(stored);
  });
  const onLayoutChanged = (layout: Layout, meta: LayoutChangedMeta) => {
    if (meta.isUserInteraction) writeLayout(key, meta.requestedLayout ?? layout);
  };
  /** Keeps the group's current sizes (after a change made through a panel's handle, not by the user directly). */
  const remember = () => {
    const layout = groupRef.current?.getLayout();
    if (layout) writeLayout(key, layout);
  };
  return { groupRef, defaultLayout, onLayoutChanged, remember };
}
