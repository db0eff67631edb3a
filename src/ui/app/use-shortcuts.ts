// Global keyboard shortcuts: Ctrl+Z undo, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on macOS).
// They replace the text fields' own undo so that one history covers every edit.

import { useEffect } from 'react';
import { actions } from '../../store/actions.ts';

export function useShortcuts(): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) {
        e.preventDefault();
        actions.undo();
      } else if ((k === 'z' && e.shiftKey) || (k === 'y' && !e.shiftKey)) {
        e.preventDefault();
        actions.redo();
      }
    }
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
