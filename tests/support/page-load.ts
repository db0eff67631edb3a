// A "page load" for store tests: a fresh set of module instances (vi.resetModules) over whatever IndexedDB the test
// installed, booted as main.tsx boots the app. Each call is a new page on the same saved work.

import { vi } from 'vitest';

export async function loadPage() {
  vi.resetModules();
  const start = await import('../../src/store/saved/start.ts');
  const autosave = await import('../../src/store/saved/autosave.ts');
  const copies = await import('../../src/store/saved/copies.ts');
  const ws = { ...(await import('../../src/store/workspace.ts')), ...(await import('../../src/store/workspace-actions.ts')) };
  const editor = await import('../../src/store/editor-store.ts');
  const pending = await import('../../src/store/xml-pending.ts');
  const diagnostics = await import('../../src/store/diagnostics.ts');
  const { actions } = await import('../../src/store/actions.ts');
  await start.bootWorkspace();
  return { start, autosave, copies, ws, editor, pending, diagnostics, actions };
}
