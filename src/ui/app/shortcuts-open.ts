// Whether the keyboard shortcuts dialog is open: "?" and the top bar's button open it (use-shortcuts.ts,
// ShortcutsButton.tsx), the dialog closes it.

import { uiSignal } from '../common/ui-signal.ts';

export const shortcutsOpen = uiSignal(false);

export function openShortcuts(): void {
  shortcutsOpen.set(true);
}

export function closeShortcuts(): void {
  shortcutsOpen.set(false);
}
