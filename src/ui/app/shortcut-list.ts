// Every keyboard shortcut of the app, as the "?" dialog lists them. The app-wide ones are handled in
// use-shortcuts.ts; the others where they apply (the part list, the matrices' grids, the settings matrix's
// cell editor). "Ctrl" is Cmd on macOS.

export interface Shortcut {
  /** Key combinations, each a list of keys pressed together ("Ctrl", "Shift", "S"). */
  readonly keys: readonly (readonly string[])[];
  readonly does: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: [['Ctrl', 'Z']], does: 'Undo the last change' },
      { keys: [['Ctrl', 'Shift', 'Z'], ['Ctrl', 'Y']], does: 'Redo' },
      { keys: [['Ctrl', 'S']], does: 'Download the document' },
      { keys: [['Ctrl', 'O']], does: 'Open a file' },
      { keys: [['Ctrl', 'K']], does: 'Find in the document and the settings catalog' },
      { keys: [['Alt', '↑'], ['Alt', '↓']], does: 'Previous or next part, from the list or from inside a form' },
      { keys: [['?']], does: 'Show these shortcuts (when not typing in a field)' },
      { keys: [['Esc']], does: 'Close a dialog or menu' },
    ],
  },
  {
    title: 'XML preview',
    shortcuts: [
      { keys: [['Ctrl', 'F']], does: 'Find in the XML (Enter, Shift+Enter: next, previous; Esc closes)' },
      { keys: [['Ctrl', 'Alt', '[']], does: 'Fold every part (Targets, Static, each Variant): an outline of the file' },
      { keys: [['Ctrl', 'Alt', ']']], does: 'Unfold everything' },
    ],
  },
  {
    title: 'Part list',
    shortcuts: [
      { keys: [['↑'], ['↓']], does: 'Previous or next part' },
      { keys: [['Home'], ['End']], does: 'First or last part' },
      { keys: [['Enter'], ['Space']], does: "Open the part's form and move into its first field" },
    ],
  },
  {
    title: 'Targets × variants and settings matrices',
    shortcuts: [
      { keys: [['←'], ['→'], ['↑'], ['↓']], does: 'Move between cells' },
      { keys: [['Home'], ['End']], does: 'First or last cell of the row' },
      { keys: [['Ctrl', 'Home'], ['Ctrl', 'End']], does: 'First or last cell of the grid' },
      { keys: [['Page Up'], ['Page Down']], does: 'A page up or down' },
      { keys: [['Space'], ['Enter']], does: 'Targets × variants: apply the variant to the target, or stop' },
      { keys: [['Enter'], ['F2']], does: "Settings matrix: edit the cell's value" },
      { keys: [['Enter'], ['Esc']], does: 'Settings matrix: finish editing' },
      { keys: [['Shift', 'F10']], does: "Settings matrix: the setting's menu (on its name)" },
    ],
  },
];
