// Opening a share link in the workspace: its bytes go through the file import flow; a refused link says why in
// the refusal dialog with the link as its source, and every open document stays as it was.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deflateSync } from 'fflate';
import { SHARE_PREFIX, shareFragment } from '../../src/lib/share-link.ts';

const XML = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="http://schemas.microsoft.com/embedded/2004/10/ImageUpdate" Name="Shared 📱" Description="" Owner="O" OwnerType="OEM" />
`;

/** A page with `hash` in its address: what openSharedFromLocation reads and clears. */
function stubWindow(hash: string): { readonly location: { hash: string } } {
  const location = { hash, pathname: '/', search: '', href: `http://h/${hash}` };
  const win = {
    location,
    history: { state: null, replaceState: () => void (location.hash = '') },
    addEventListener: () => {},
    removeEventListener: () => {},
  };
  vi.stubGlobal('window', win);
  return win;
}

async function loadPage() {
  vi.resetModules();
  const start = await import('../../src/store/saved/start.ts');
  await start.bootWorkspace();
  const ws = await import('../../src/store/workspace.ts');
  const editor = await import('../../src/store/editor-store.ts');
  const actions = (await import('../../src/store/actions.ts')).actions;
  const flow = await import('../../src/store/import-flow.ts');
  const share = await import('../../src/store/share-links.ts');
  actions.setRootAttribute('owner', 'Kept');
  return { ws, editor, flow, share };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('opening a share link', () => {
  it('opens what the link carries as a new document, through the file import flow', async () => {
    const page = await loadPage();
    const win = stubWindow(shareFragment(XML));
    await page.share.openSharedFromLocation();
    expect(win.location.hash).toBe('');
    expect(page.ws.useWorkspace.getState().entries.map((e) => e.name)).toEqual(['SMStoSMTP', 'Shared 📱']);
    expect(page.editor.useEditor.getState().doc.name).toBe('Shared 📱');
    expect(page.flow.useImportFlow.getState().stage).toEqual({ kind: 'idle' });
  });

  it('refuses a deflate bomb with the reason, leaving the open document as it was', async () => {
    const page = await loadPage();
    const before = page.editor.useEditor.getState().doc;
    const bomb = SHARE_PREFIX + Buffer.from(deflateSync(new Uint8Array(40 * 1024 * 1024).fill(0x20), { level: 9 })).toString('base64url');
    const win = stubWindow(bomb);
    await page.share.openSharedFromLocation();
    expect(win.location.hash).toBe('');
    expect(page.flow.useImportFlow.getState().stage).toMatchObject({
      kind: 'refused',
      source: page.share.SHARE_SOURCE,
      error: { code: 'too-large', message: expect.stringMatching(/32 MB/) },
    });
    expect(page.editor.useEditor.getState().doc).toBe(before);
    expect(page.ws.useWorkspace.getState().entries).toHaveLength(1);
  });

  it('refuses what the parser refuses, as for a file', async () => {
    const page = await loadPage();
    const before = page.editor.useEditor.getState().doc;
    stubWindow(shareFragment('<NotAnAnswerFile/>'));
    await page.share.openSharedFromLocation();
    expect(page.flow.useImportFlow.getState().stage).toMatchObject({ kind: 'refused', source: page.share.SHARE_SOURCE, error: { code: 'wrong-root' } });
    expect(page.editor.useEditor.getState().doc).toBe(before);
  });

  it('never throws: a failure anywhere becomes a refusal', async () => {
    const page = await loadPage();
    const before = page.editor.useEditor.getState().doc;
    page.flow.useImportFlow.setState({
      importFile: () => {
        throw new Error('boom');
      },
    });
    stubWindow(shareFragment(XML));
    await expect(page.share.openSharedFromLocation()).resolves.toBeUndefined();
    expect(page.flow.useImportFlow.getState().stage).toMatchObject({ kind: 'refused', error: { message: expect.stringMatching(/boom/) } });
    expect(page.editor.useEditor.getState().doc).toBe(before);
  });

  it('does nothing for another fragment', async () => {
    const page = await loadPage();
    const win = stubWindow('#section');
    await page.share.openSharedFromLocation();
    expect(win.location.hash).toBe('#section');
    expect(page.flow.useImportFlow.getState().stage).toEqual({ kind: 'idle' });
  });
});
