// Saved SIMs are kept with the workspace: the meta record holds them by document id, a reload (fresh module
// instances over the same fake IndexedDB, as in workspace.test.ts) brings them back, and those of a document that
// left the workspace are not written.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';

async function loadPage() {
  vi.resetModules();
  const start = await import('../../src/store/saved/start.ts');
  const autosave = await import('../../src/store/saved/autosave.ts');
  const ws = { ...(await import('../../src/store/workspace.ts')), ...(await import('../../src/store/workspace-actions.ts')) };
  const sims = await import('../../src/store/simulations.ts');
  await start.bootWorkspace();
  return { autosave, ws, sims };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('saved SIMs', () => {
  it('survive a reload, with their values, summary and order; accept and remove are saved too', async () => {
    const first = await loadPage();
    const id = first.ws.useWorkspace.getState().currentId;
    first.sims.simulations.save(id, 'Contoso', { MCC: '310', MNC: '410', SPN: '' }, 'summary-1', 5);
    const other = first.sims.simulations.save(id, '', { ICCID: '89012601234567890123' }, 'summary-2', 6);
    expect(first.ws.useWorkspace.getState().saveState).toBe('pending');
    await first.autosave.flushSaves();

    const second = await loadPage();
    const list = second.sims.savedOf(second.sims.useSimulations.getState(), id);
    // An empty value is unknown: not kept. A SIM without a name is named by its position.
    expect(list.map((s) => [s.name, s.values, s.summary, s.savedAt])).toEqual([
      ['Contoso', { MCC: '310', MNC: '410' }, 'summary-1', 5],
      ['SIM 2', { ICCID: '89012601234567890123' }, 'summary-2', 6],
    ]);
    second.sims.simulations.accept(id, list[0]!.id, 'summary-1b', 9);
    second.sims.simulations.remove(id, other);
    await second.autosave.flushSaves();

    const third = await loadPage();
    expect(third.sims.savedOf(third.sims.useSimulations.getState(), id).map((s) => [s.name, s.summary, s.savedAt])).toEqual([['Contoso', 'summary-1b', 9]]);
  });

  it("two tabs: one tab's meta write keeps the SIMs another tab saved or removed", async () => {
    const a = await loadPage();
    const id = a.ws.useWorkspace.getState().currentId;
    await a.autosave.saveNow(id); // the document is stored: the second tab opens it too
    const b = await loadPage(); // a second tab on the same saved work, opened before A saves its SIM
    a.sims.simulations.save(id, 'From A', { MCC: '310' }, 's-a');
    await a.autosave.flushSaves();
    // B writes the meta record (a selection change) knowing nothing of A's SIM.
    b.ws.workspace.newEmpty();
    await b.autosave.flushSaves();
    b.sims.simulations.save(id, 'From B', { MCC: '311' }, 's-b');
    await b.autosave.flushSaves();
    // B's write took A's SIM in: both are stored, and B's tab now shows both.
    expect(b.sims.savedOf(b.sims.useSimulations.getState(), id).map((s) => s.name)).toEqual(['From A', 'From B']);
    const c = await loadPage();
    expect(c.sims.savedOf(c.sims.useSimulations.getState(), id).map((s) => s.name)).toEqual(['From A', 'From B']);
    // A removes its SIM; A's next write does not bring back what it never saw removed, nor drop B's.
    c.sims.simulations.remove(id, c.sims.savedOf(c.sims.useSimulations.getState(), id)[0]!.id);
    await c.autosave.flushSaves();
    a.ws.workspace.newEmpty();
    await a.autosave.flushSaves();
    const d = await loadPage();
    expect(d.sims.savedOf(d.sims.useSimulations.getState(), id).map((s) => s.name)).toEqual(['From B']);
  });

  it('are kept per document, and those of a removed document are not written', async () => {
    const page = await loadPage();
    const a = page.ws.useWorkspace.getState().currentId;
    page.ws.workspace.newEmpty();
    const b = page.ws.useWorkspace.getState().currentId;
    page.sims.simulations.save(a, 'A', { MCC: '1' }, 's');
    page.sims.simulations.save(b, 'B', { MCC: '2' }, 's');
    await page.autosave.flushSaves();
    let next = await loadPage();
    expect(Object.keys(next.sims.useSimulations.getState().saved).sort()).toEqual([a, b].sort());

    next.ws.workspace.remove(b);
    await next.autosave.flushSaves();
    next = await loadPage();
    expect(next.ws.useWorkspace.getState().entries.map((e) => e.id)).toEqual([a]);
    expect(Object.keys(next.sims.useSimulations.getState().saved)).toEqual([a]);
    expect(next.sims.savedOf(next.sims.useSimulations.getState(), a)[0]!.name).toBe('A');
  });

  it('the slots being entered are not saved', async () => {
    const page = await loadPage();
    const id = page.ws.useWorkspace.getState().currentId;
    page.sims.simulations.setDual(id, true);
    page.sims.simulations.setValue(id, 1, 'MCC', '310');
    expect(page.sims.draftOf(page.sims.useSimulations.getState(), id).slots).toEqual([{}, { MCC: '310' }]);
    await page.autosave.flushSaves();
    const next = await loadPage();
    expect(next.sims.draftOf(next.sims.useSimulations.getState(), id).slots).toEqual([{}]);
  });
});
