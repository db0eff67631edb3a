// The document list's actions, as the UI calls them: open, create, open a file as new, duplicate, rename,
// delete; a toast offers Undo where it makes sense. The list itself and each document's session: workspace.ts.

import type { AnswerFile } from '../model/types.ts';
import { baselineOf, setBaseline } from './baselines.ts';
import { setRootAttribute } from '../model/answer-file.ts';
import { templateById } from '../model/templates/templates.ts';
import { newEmptyDocument, newFoundingDocument, useEditor } from './editor-store.ts';
import { mintKey } from './keys.ts';
import { createDocument, editParked, removeDocument, restoreDocument, sessionOf, slotOf, switchDocument, useWorkspace, type Toast } from './workspace.ts';

let toastSerial = 0;

function toast(message: string, undo?: Toast['undo']): void {
  useWorkspace.setState({ toast: { serial: ++toastSerial, message, undo } });
}

function displayName(doc: AnswerFile | undefined): string {
  return doc?.name ? `“${doc.name}”` : 'the untitled document';
}

/** The document list's actions (the UI calls these). */
export const workspace = {
  open: (id: string) => switchDocument(id),
  newFounding: () => void createDocument(newFoundingDocument()),
  newEmpty: () => void createDocument(newEmptyDocument()),
  /** A new document from one of the templates New offers (src/model/templates); an unknown id does nothing. */
  newFromTemplate(id: string): void {
    const template = templateById(id);
    if (template) createDocument(template.create(mintKey));
  },

  /** An opened file or share link becomes a new document (its id is returned); the toast's Undo closes it again. */
  openAsNew(source: string, doc: AnswerFile): string {
    const previous = useWorkspace.getState().currentId;
    const id = createDocument(doc);
    toast(`Opened ${source} as a new document`, {
      label: 'Undo',
      run: () => {
        if (!slotOf(id)) return;
        switchDocument(previous);
        removeDocument(id);
        useWorkspace.setState({ toast: null });
      },
    });
    return id;
  },

  duplicate(id: string): void {
    const source = sessionOf(id);
    if (!source) return;
    const name = source.doc.name ? `${source.doc.name}-copy` : '';
    const copy = createDocument(setRootAttribute(source.doc, 'name', name), { selection: source.selection });
    // The copy has the same entities (keys): it keeps the file's layout and compares with the same file.
    const baseline = baselineOf(id);
    if (baseline) setBaseline(copy, baseline);
  },

  /** Renames (the answer file's Name) as one undo step of that document. */
  rename(id: string, name: string): void {
    const session = sessionOf(id);
    if (!session) return;
    const doc = setRootAttribute(session.doc, 'name', name);
    if (doc === session.doc) return;
    if (id === useWorkspace.getState().currentId) {
      useEditor.getState().edit('Rename document', () => doc);
      return;
    }
    editParked(id, doc, 'Rename document');
  },

  /** Deletes a document; the toast's Undo brings it back with its history. */
  remove(id: string): void {
    const slot = removeDocument(id);
    if (!slot) return;
    toast(`Deleted ${displayName(slot.parked?.doc)}`, {
      label: 'Undo',
      run: () => {
        if (restoreDocument(slot)) useWorkspace.setState({ toast: null });
      },
    });
  },

  notify: (message: string) => toast(message),
  dismissToast: () => useWorkspace.setState({ toast: null }),
  dismissNotice: () => useWorkspace.setState({ notice: null }),
};

