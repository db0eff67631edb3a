// What the first frame can do without renders right after it, as a transition (React renders it in slices, so
// the page answers input meanwhile): the XML preview, the problems list, the first screen's tooltips.

import { createContext, startTransition, useEffect, useState } from 'react';

/** False for the first render, then true. */
export function useAfterFirstFrame(ready: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (ready) startTransition(() => setAfter(true));
  }, [ready]);
  return after;
}

/** Whether the first frame has been rendered; true outside the app's provider (nothing to wait for there). */
export const AfterFirstFrame = createContext(true);
