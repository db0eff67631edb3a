// A document opened from a file keeps that file as its baseline: Download writes over it (its layout kept), and
// the baseline is saved with the document, so the same holds after a reload. Reformat switches to the house style.
// Each "page load" is a fresh set of module instances over the same in-memory IndexedDB.

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadPage } from '../support/page-load.ts';
import { until } from '../support/until.ts';
import type { Setting } from '../../src/model/types.ts';

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const TEXT = [
  `<?xml version='1.0' encoding='utf-8' standalone='yes'?>`,
  `<ImageCustomizations xmlns='${NS}' Name='Sample' Owner='Contoso' OwnerType='OEM'>`,
  ``,
  `\t<!-- the operator's SIM -->`,
  `\t<Targets><Target Id='T'><TargetState><Condition Name='MCC' Value='310'/></TargetState></Target></Targets>`,
  `\t<Variant Name='V'>`,
  `\t\t<TargetRefs><TargetRef Id='T'/></TargetRefs>`,
  `\t\t<Settings Path='Messaging/PerSimSettings/$(__ICCID)'>`,
  `\t\t\t<Setting Name='AllowSMStoSMTPAddress' Value='0'/>`,
  `\t\t</Settings>`,
  `\t</Variant>`,
  `</ImageCustomizations>`,
  ``,
].join('\r\n');

async function openPage() {
  const page = await loadPage();
  const baselines = await import('../../src/store/baselines.ts');
  const flow = await import('../../src/store/import-flow.ts');
  const xml = async () => {
    const id = page.ws.useWorkspace.getState().currentId;
    return page.pending.xmlOf(page.editor.useEditor.getState().doc, () => baselines.baselineOf(id));
  };
  return { ...page, baselines, flow, xml };
}

function setValue(value: string) {
  return (doc: import('../../src/model/types.ts').AnswerFile) => {
    const v = doc.variants[0];
    const g = v.items[0];
    if (g.kind !== 'settings') throw new Error('not settings');
    const entries = [{ ...(g.entries[0] as Setting), value }];
    return { ...doc, variants: [{ ...v, items: [{ ...g, entries }] }] };
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('baselines', () => {
  it('writes an opened file back as it was, and an edit as one changed line, also after a reload', async () => {
    const page = await openPage();
    await page.flow.useImportFlow.getState().importText('sample.xml', TEXT);
    expect(await page.xml()).toBe(TEXT);
    const id = page.ws.useWorkspace.getState().currentId;
    expect(page.baselines.baselineOf(id)).toMatchObject({ kind: 'opened', fileName: 'sample.xml', reformatted: false });
    page.editor.useEditor.getState().edit('Set value', setValue('1'));
    const edited = TEXT.replace(`Value='0'`, `Value='1'`);
    expect(await page.xml()).toBe(edited);
    await page.autosave.flushSaves();

    const again = await openPage();
    expect(again.ws.useWorkspace.getState().currentId).toBe(id);
    await until(() => expect(again.baselines.baselineOf(id)).toBeDefined());
    expect(await again.xml()).toBe(edited);
  });

  it('writes the house style after Reformat, and the layout again when it is undone', async () => {
    const page = await openPage();
    await page.flow.useImportFlow.getState().importText('sample.xml', TEXT);
    const id = page.ws.useWorkspace.getState().currentId;
    page.baselines.setReformatted(id, true);
    const house = await page.xml();
    expect(house).toContain(`<Setting Name="AllowSMStoSMTPAddress" Value="0" />`);
    expect(house).not.toContain('\r\n');
    page.baselines.setReformatted(id, false);
    expect(await page.xml()).toBe(TEXT);
  });

  it('gives a duplicate the same file: it keeps the layout, with its own Name', async () => {
    const page = await openPage();
    await page.flow.useImportFlow.getState().importText('sample.xml', TEXT);
    const id = page.ws.useWorkspace.getState().currentId;
    page.ws.workspace.duplicate(id);
    const copy = page.ws.useWorkspace.getState().currentId;
    expect(copy).not.toBe(id);
    expect(page.baselines.baselineOf(copy)).toBe(page.baselines.baselineOf(id));
    expect(await page.xml()).toBe(TEXT.replace(`Name='Sample'`, `Name='Sample-copy'`));
  });

  it('gives a new document no baseline: it is written in the house style', async () => {
    const page = await openPage();
    const id = page.ws.useWorkspace.getState().currentId;
    expect(page.baselines.baselineOf(id)).toBeUndefined();
    expect(await page.xml()).toContain('<?xml version="1.0" encoding="utf-8"?>\n<ImageCustomizations');
  });
});
