// Issue 23, offline: after a first visit the app opens, imports, edits and downloads with no network (the Workbox
// service worker serves the build's files from its precache), and a new build is announced by a prompt that
// waits for the user: the page never reloads by itself.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { ImportPage } from './pages/import-page.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
// Hang guards only: a first visit precaches the whole build (about 1.8 MB) and each test reloads several times.
// Service-worker installs and reloads: slow on a busy machine (the config's limits, tripled).
test.slow();

/** Waits until the service worker has installed the precache and is active (it controls the next navigation). */
async function workerActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null);
const marker = (page: Page) => page.evaluate(() => (window as unknown as { marker?: number }).marker);
const setMarker = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { marker: number }).marker = 1;
  });

/** Deploys a "new build": the same service worker with one precache revision changed (same length); undo() restores it. */
function deployNewBuild(): { undo: () => void } {
  const sw = join(DIST, 'sw.js');
  const original = readFileSync(sw, 'utf8');
  const changed = original.replace(/(url:"index\.html",revision:")([0-9a-f])/, (_, head: string, c: string) => head + (c === '0' ? '1' : '0'));
  expect(changed).not.toBe(original);
  writeFileSync(sw, changed);
  return { undo: () => writeFileSync(sw, original) };
}

test('after the first visit: offline, the app reloads, imports, edits and downloads', async ({ editor, page, context }) => {
  await workerActive(page);
  // Once the worker is active, a reload is served through it: the page is then under its control.
  await page.reload();
  await expect.poll(() => controlled(page)).toBe('activated');

  await context.setOffline(true);
  await page.reload();
  await expect(editor.tid('document-form')).toBeVisible();
  await expect(editor.tid('xml-preview')).toBeVisible();
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  expect(await controlled(page)).toBe('activated');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // Import (the parse worker's file comes from the precache too), then edit a Target (a form loaded on demand).
  const imp = new ImportPage(page);
  await imp.openByPicker('kept.xml');
  await expect(imp.reportDialog()).toContainText('Opened “kept.xml”');
  await imp.closeReport();
  await editor.tid('add-target').click();
  await expect(editor.tid('target-form')).toBeVisible();
  await editor.fill(editor.targetId(), 'OfflineTarget');
  await expect(editor.preview()).toContainText('<Target Id="OfflineTarget"');

  const downloaded = await editor.download();
  expect(downloaded.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>/);
  expect(downloaded.text).toContain('<Target Id="OfflineTarget">');
  expect(failed, 'requests that failed offline').toEqual([]);
});

test('a new build: "Update available" waits for the user; Reload switches to it and keeps the work', async ({ editor, page }) => {
  await workerActive(page);
  await page.reload();
  await expect.poll(() => controlled(page)).toBe('activated');
  await editor.fill(editor.docName(), 'Kept across the update');
  await expect(editor.tid('update-prompt')).toHaveCount(0);

  const deployed = deployNewBuild();
  try {
    await setMarker(page);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = editor.tid('update-prompt');
    await expect(prompt).toContainText('Update available');
    await expect(prompt.getByTestId('update-reload')).toBeVisible();
    // The new build waits; this page was not reloaded (its marker is still there) and still has the edit.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);
    expect(await marker(page)).toBe(1);
    await expect(editor.docName()).toHaveValue('Kept across the update');

    // Later hides the prompt and changes nothing.
    await prompt.getByTestId('update-later').click();
    await expect(prompt).toHaveCount(0);
    expect(await marker(page)).toBe(1);

    // The next check finds the same waiting build and asks again; Reload saves, switches and reloads.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.reload();
    await expect(prompt).toContainText('Update available');
    const reloaded = page.waitForEvent('load');
    await prompt.getByTestId('update-reload').click();
    await reloaded;
    await expect(editor.docName()).toHaveValue('Kept across the update');
    expect(await marker(page)).toBeUndefined();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(false);
    await expect(prompt).toHaveCount(0);
  } finally {
    deployed.undo();
  }
});

test('a tab whose version another tab replaced is told so, and is not reloaded', async ({ editor, page, context }) => {
  await workerActive(page);
  await page.reload();
  await expect.poll(() => controlled(page)).toBe('activated');
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByTestId('document-form')).toBeVisible();
  const deployed = deployNewBuild();
  try {
    await setMarker(page);
    await setMarker(other);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(editor.tid('update-prompt')).toContainText('Update available');
    await expect(other.getByTestId('update-prompt')).toContainText('Update available');

    const reloaded = page.waitForEvent('load');
    await editor.tid('update-reload').click();
    await reloaded;
    expect(await marker(page)).toBeUndefined();
    // The other tab runs on, with its page as it was, and says why it should reload.
    await expect(other.getByTestId('update-prompt')).toContainText('CAF Studio was updated in another tab');
    expect(await marker(other)).toBe(1);
  } finally {
    deployed.undo();
  }
});
