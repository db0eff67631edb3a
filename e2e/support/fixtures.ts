// The shared test fixture: an EditorPage opened on the first screen, clipboard permissions for the preview
// copy, and a guard that fails the test on any uncaught page error.

import { test as base, expect } from '@playwright/test';
import { EditorPage } from '../pages/editor-page.ts';

interface Fixtures {
  editor: EditorPage;
  pageErrors: Error[];
}

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (e) => errors.push(e));
      await use(errors);
      expect(errors.map((e) => `${e.name}: ${e.message}`), 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  editor: async ({ page }, use) => {
    // The preview's full text is read through Copy → clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const editor = new EditorPage(page);
    await editor.open();
    await use(editor);
  },
});

export { expect };
