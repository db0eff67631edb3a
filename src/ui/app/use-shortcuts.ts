// Global keyboard shortcuts (shortcut-list.ts lists them for the "?" dialog; Cmd works for Ctrl on macOS):
// Ctrl+Z undo, Ctrl+Shift+Z and Ctrl+Y redo: they replace the text fields' own undo so that one history covers
// every edit. Ctrl+S downloads (never the browser's "Save page"), Ctrl+O opens a file, Alt+↑/↓ go to the previous
// or next part (from a form too: the focus goes to the new part's first field; in the part list the list moves
// the focus itself), and "?" shows the shortcuts when the key would not type into a field.
// While a dialog or menu is open, only undo/redo and the suppression of the browser's save work here.

import { useEffect } from 'react';
import { actions } from '../../store/actions.ts';
import { useEditor } from '../../store/editor-store.ts';
import { adjacentPart, partLayout, partListInput } from '../parts/part-rows.ts';
import { focusFormSoon } from '../parts/form-focus.ts';
import { pickFile } from '../import/open-file.ts';
import { startDownload } from './download-request.ts';
import { openShortcuts } from './shortcuts-open.ts';

/** Whether a key typed at `el` goes into text (a field, an editable area). */
function typingIn(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
}

/** Whether a modal surface (dialog, menu, open listbox) holds the focus or is open over the page. */
function overlayOpen(el: Element | null): boolean {
  if (el instanceof Element && el.closest('[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"]')) return true;
  return document.querySelector('.MuiModal-root:not(.MuiModal-hidden) [role="dialog"], .MuiPopover-root [role="menu"]') !== null;
}

function goToAdjacentPart(step: 1 | -1): void {
  const { doc, selection } = useEditor.getState();
  const next = adjacentPart(partLayout(partListInput(doc)), selection, step);
  if (!next) return;
  actions.select(next);
  focusFormSoon();
}

export function onShortcutKey(e: KeyboardEvent): void {
  const target = e.target instanceof Element ? e.target : null;
  const k = e.key.toLowerCase();
  const mod = (e.ctrlKey || e.metaKey) && !e.altKey;
  if (mod && k === 'z' && !e.shiftKey) {
    e.preventDefault();
    actions.undo();
  } else if (mod && ((k === 'z' && e.shiftKey) || (k === 'y' && !e.shiftKey))) {
    e.preventDefault();
    actions.redo();
  } else if (mod && k === 's' && !e.shiftKey) {
    e.preventDefault();
    if (!overlayOpen(target) && !e.repeat) startDownload();
  } else if (mod && k === 'o' && !e.shiftKey) {
    e.preventDefault();
    if (!overlayOpen(target) && !e.repeat) pickFile();
  } else if (e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
    // In the part list the list's own handler moves (and keeps the focus in the list).
    if (overlayOpen(target) || target?.closest('.p-item')) return;
    e.preventDefault();
    e.stopPropagation();
    goToAdjacentPart(e.key === 'ArrowDown' ? 1 : -1);
  } else if (e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingIn(target) && !overlayOpen(target)) {
    e.preventDefault();
    openShortcuts();
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', onShortcutKey, true);
    return () => window.removeEventListener('keydown', onShortcutKey, true);
  }, []);
}
