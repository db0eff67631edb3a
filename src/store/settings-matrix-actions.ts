// The settings matrix's document actions: each runs one pure edit (model/settings-matrix-edits.ts) as one undo
// step through the editor store. Typing into a cell passes a coalesce key of the owner and row, so a run of
// keystrokes (the first of which may add the Setting) is one step.

import type { ItemOwner } from '../model/types.ts';
import type { VariantKey } from '../model/ids.ts';
import { rowKey } from '../model/settings-matrix.ts';
import { copyRowToVariant, moveRowToStatic, setCellValue } from '../model/settings-matrix-edits.ts';
import { useEditor } from './editor-store.ts';

const ownerId = (o: ItemOwner) => (o.kind === 'static' ? 'static' : `variant:${o.key}`);

export const settingsMatrixActions = {
  setValue: (owner: ItemOwner, path: string, name: string, value: string) =>
    useEditor.getState().edit('Edit setting', (d, k) => setCellValue(d, owner, path, name, value, k), {
      coalesce: `settings-matrix/${ownerId(owner)}/${rowKey(path, name)}`,
    }),
  moveToStatic: (from: VariantKey, path: string, name: string) =>
    useEditor.getState().edit(`Move ${name} to Static`, (d, k) => moveRowToStatic(d, from, path, name, k)),
  copyToVariant: (from: ItemOwner, to: VariantKey, path: string, name: string) =>
    useEditor.getState().edit(`Copy ${name} to a variant`, (d, k) => copyRowToVariant(d, from, to, path, name, k)),
};
