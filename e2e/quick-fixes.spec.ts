// Journey (issue 17): fixes where the fix is certain. An ImageTimeOnly group put in a variant goes to Static
// (joining Static's group of its path), an Atomic group gets its missing members, a misspelt setting name is
// renamed to the catalog's, and the catalog browser will not put an ImageTimeOnly setting in a variant.
// Each fix is one undo step.

import { test, expect } from './support/fixtures.ts';
import { at, kids, parseXml, settingsOf } from './support/xml.ts';
import { CatalogPage } from './pages/catalog-page.ts';
import { ProblemsPage } from './pages/problems-page.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

test('an ImageTimeOnly group in a variant is merged into Static by its fix, in one undo step', async ({ editor }) => {
  const problems = new ProblemsPage(editor);
  await editor.openVariant(0);
  await editor.addSettingsGroup();
  await editor.fill(editor.itemPath(1), 'Multivariant');
  await editor.fill(editor.entryName(1, 0), 'PersistVariantData');
  await expect(problems.row('image-time-only-in-variant')).toContainText('ImageTimeOnly');
  await expect(problems.fixButton('image-time-only-in-variant')).toHaveText('Fix: Merge the group into Static\'s "Multivariant" group');

  await problems.fixButton('image-time-only-in-variant').click();
  await expect(problems.row('image-time-only-in-variant')).toHaveCount(0);
  let root = parseXml(await editor.previewText());
  expect(Object.keys(settingsOf(at(root, 'Static'), 'Multivariant'))).toEqual(['Enable', 'PersistVariantData']);
  expect(kids(at(root, 'Static'), 'Settings').filter((s) => s.attrs.Path === 'Multivariant')).toHaveLength(1);
  expect(kids(kids(root, 'Variant')[0], 'Settings').map((s) => s.attrs.Path)).toEqual([PS]);

  await editor.undo();
  await expect(problems.row('image-time-only-in-variant')).toBeVisible();
  root = parseXml(await editor.previewText());
  expect(Object.keys(settingsOf(at(root, 'Static'), 'Multivariant'))).toEqual(['Enable']);
  expect(kids(kids(root, 'Variant')[0], 'Settings').map((s) => s.attrs.Path)).toEqual([PS, 'Multivariant']);
});

test("an Atomic group's missing member is added by its fix", async ({ editor }) => {
  const problems = new ProblemsPage(editor);
  await editor.openStatic();
  await editor.addSettingsGroup();
  await editor.fill(editor.itemPath(2), 'Messaging/GlobalSettings/VoicemailIntercept');
  await editor.fill(editor.entryName(2, 0), 'SyncSender');
  await editor.fill(editor.entryValue(2, 0), 'VVMSYNC');
  await expect(problems.row('atomic-incomplete')).toContainText('Add SyncPrefix');
  await expect(problems.fixButton('atomic-incomplete')).toHaveText('Fix: Add SyncPrefix');

  await problems.fixButton('atomic-incomplete').click();
  await expect(problems.row('atomic-incomplete')).toHaveCount(0);
  await expect(editor.entryName(2, 1)).toHaveValue('SyncPrefix');
  await expect(editor.entryValue(2, 1)).toHaveValue('');
  // The user sees what is left to fill in.
  await expect(problems.row('setting-value-invalid')).toContainText('SyncPrefix must be at least 4 characters');
  const root = parseXml(await editor.previewText());
  expect(settingsOf(at(root, 'Static'), 'Messaging/GlobalSettings/VoicemailIntercept')).toEqual({ SyncSender: 'VVMSYNC', SyncPrefix: '' });
});

test('did you mean: a misspelt setting name is renamed to the catalog one', async ({ editor }) => {
  const problems = new ProblemsPage(editor);
  await editor.openVariant(0);
  await editor.fill(editor.entryName(0, 0), 'AllowSMStoSMTPAdress');
  await expect(problems.row('setting-name-unknown')).toContainText('AllowSMStoSMTPAdress');
  await expect(problems.fixButton('setting-name-unknown')).toHaveText('Fix: Rename to AllowSMStoSMTPAddress');

  await problems.fixButton('setting-name-unknown').click();
  await expect(problems.row('setting-name-unknown')).toHaveCount(0);
  await expect(editor.entryName(0, 0)).toHaveValue('AllowSMStoSMTPAddress');

  // A name far from every catalog entry gets no guess.
  await editor.fill(editor.entryName(0, 0), 'SomethingElseEntirely');
  await expect(problems.row('setting-name-unknown')).toBeVisible();
  await expect(problems.fixButton('setting-name-unknown')).toHaveCount(0);
});

test('the catalog browser will not add an ImageTimeOnly setting to a variant, and adds it to Static instead', async ({ editor }) => {
  const catalog = new CatalogPage(editor);
  await editor.openVariant(0);
  await catalog.openBrowser();
  await catalog.search('PersistVariantData');
  await expect(editor.tid('catalog-row-0')).toBeDisabled();
  await expect(editor.tid('catalog-row-0-refusal')).toHaveText('ImageTimeOnly: goes in Static, not in a variant.');
  await expect(editor.tid('catalog-count')).toContainText('ImageTimeOnly settings go in Static.');
  // A setting that may go in a variant is still offered as usual.
  await catalog.search('DisplayCmasLifo');
  await expect(editor.tid('catalog-row-0')).toBeEnabled();
  await expect(editor.tid('catalog-row-0-refusal')).toHaveCount(0);

  await catalog.search('PersistVariantData');
  await editor.tid('catalog-row-0-instead').click();
  await expect(editor.tid('catalog-browser')).toHaveCount(0);
  await expect(editor.tid('static-form')).toBeVisible();
  await expect(editor.entryName(0, 1)).toHaveValue('PersistVariantData');
  const root = parseXml(await editor.previewText());
  expect(Object.keys(settingsOf(at(root, 'Static'), 'Multivariant'))).toEqual(['Enable', 'PersistVariantData']);
  expect(kids(kids(root, 'Variant')[0], 'Settings').map((s) => s.attrs.Path)).toEqual([PS]);
});
