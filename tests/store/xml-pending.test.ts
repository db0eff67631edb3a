// While an imported document's XML is arriving, the preview and the share check wait (xml-pending.ts).

import { describe, expect, it } from 'vitest';
import { useXmlPending, waitForXml, xmlOf, xmlReady } from '../../src/store/xml-pending.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { counterKeys } from '../../src/model/ids.ts';
import { toXml } from '../../src/xml/serialize.ts';

describe('pending XML', () => {
  it('is pending until every awaited promise settles, fulfilled or rejected', async () => {
    let fulfil!: () => void;
    let reject!: (e: Error) => void;
    waitForXml(new Promise<void>((r) => (fulfil = r)));
    waitForXml(new Promise<void>((_r, j) => (reject = j)));
    expect(useXmlPending.getState().running).toBe(2);
    let ready = false;
    const waiting = xmlReady().then(() => (ready = true));
    fulfil();
    await Promise.resolve();
    await Promise.resolve();
    expect(ready).toBe(false);
    reject(new Error('worker died'));
    await waiting;
    expect(ready).toBe(true);
    expect(useXmlPending.getState().running).toBe(0);
  });

  it('after a wait, is ready in a later task than the one that lifted the mark', async () => {
    let fulfil!: () => void;
    waitForXml(new Promise<void>((r) => (fulfil = r)));
    const order: string[] = [];
    const waiting = xmlReady().then(() => order.push('ready'));
    fulfil();
    // Everything queued in the lifting task's microtasks runs first; a task queued now still runs before ready.
    setTimeout(() => order.push('task'), 0);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(useXmlPending.getState().running).toBe(0);
    expect(order).toEqual([]);
    await waiting;
    expect(order).toEqual(['task', 'ready']);
  });

  it('is ready at once when nothing is pending', async () => {
    await expect(xmlReady()).resolves.toBeUndefined();
  });

  it('gives the XML for Download and Copy only once the pending XML has arrived', async () => {
    const doc = createFoundingDocument(counterKeys('x'));
    let fulfil!: () => void;
    waitForXml(new Promise<void>((r) => (fulfil = r)));
    let text: string | undefined;
    const asked = xmlOf(doc).then((t) => (text = t));
    await new Promise((r) => setImmediate(r)); // a task later: still waiting, however long that took
    expect(text).toBeUndefined();
    fulfil();
    await asked;
    expect(text).toBe(toXml(doc));
    await expect(xmlOf(doc)).resolves.toBe(toXml(doc));
  });
});
