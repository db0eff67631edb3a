// A closed MUI Menu or Dialog still renders (Menu, Popover, Modal and their hooks), and a Popover re-renders on
// mount. Menus and dialogs of the first screen are mounted the first time they open and stay mounted after, so
// that closing still plays the exit transition.

import { useState } from 'react';

/** False until `open` is first true, then true for good. */
export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open;
}
