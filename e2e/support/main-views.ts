// The editor's main views, each with a way to open it (on the founding scenario), for scans and screenshots
// that go through all of them: the forms, the matrices, the simulator, the documents list. The problems panel
// shows under every form view.

import { expect } from '@playwright/test';
import type { EditorPage } from '../pages/editor-page.ts';
import { DocumentsPage } from '../pages/documents-page.ts';
import { MatrixPage } from '../pages/matrix-page.ts';
import { SettingsMatrixPage } from '../pages/settings-matrix-page.ts';
import { SimulatorPage } from '../pages/simulator-page.ts';

export interface MainView {
  readonly name: string;
  open(editor: EditorPage): Promise<void>;
}

export const MAIN_VIEWS: readonly MainView[] = [
  { name: 'document', open: (e) => e.openDocument() },
  { name: 'target', open: (e) => e.openTarget(0) },
  { name: 'static', open: (e) => e.openStatic() },
  { name: 'variant', open: (e) => e.openVariant(0) },
  { name: 'matrix', open: (e) => new MatrixPage(e.page).openMatrix() },
  { name: 'settings-matrix', open: (e) => new SettingsMatrixPage(e.page).openSettingsMatrix() },
  { name: 'simulator', open: (e) => new SimulatorPage(e.page).openSimulator() },
  {
    name: 'documents',
    open: async (e) => {
      await new DocumentsPage(e.page).openList();
    },
  },
];

/** Leaves a view: closes the documents list when it is open. */
export async function closeView(editor: EditorPage): Promise<void> {
  if (await editor.tid('document-list').isVisible()) {
    await new DocumentsPage(editor.page).closeList();
  }
  await expect(editor.tid('document-list')).toBeHidden();
}

/** Fills part of the founding scenario so the views show typed values and the problems still open. */
export async function fillSome(editor: EditorPage): Promise<void> {
  await editor.fill(editor.docOwner(), 'Contoso');
  await editor.openVariant(0);
  await editor.fill(editor.entryValue(0, 1), '12345');
  await editor.openTarget(0);
  await editor.fill(editor.conditionValue(0, 0), '310');
  await editor.fill(editor.conditionValue(0, 1), '010');
  await expect(editor.preview()).toContainText('<Condition Name="MNC" Value="010" />');
}
