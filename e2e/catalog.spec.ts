// Journey: knowing every setting. Adding settings from the catalog browser (a new group, into a matching
// group, an Atomic group whole), typed value editors keeping the spelling chosen, macro chips and constraint
// badges, and the help box of the focused setting.

import { test, expect } from './support/fixtures.ts';
import { at, kids, parseXml, settingsOf } from './support/xml.ts';
import { CatalogPage } from './pages/catalog-page.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

test('settings come from the catalog, with typed editors and help', async ({ editor }) => {
  const catalog = new CatalogPage(editor);

  // Static: PersistVariantData joins the existing Multivariant group; DisplayCmasLifo gets a new group.
  await editor.openStatic();
  await catalog.openBrowser();
  await catalog.search('PersistVariantData');
  await expect(editor.tid('catalog-count')).toContainText('1 entry');
  await expect(catalog.row('PersistVariantData', 'Multivariant').getByText('ImageTimeOnly')).toBeVisible();
  await catalog.add('PersistVariantData', 'Multivariant');
  await expect(editor.itemPath(0)).toHaveValue('Multivariant');
  await expect(editor.entryName(0, 1)).toHaveValue('PersistVariantData');

  await catalog.openBrowser();
  await catalog.add('DisplayCmasLifo', 'Messaging/GlobalSettings');
  await expect(editor.itemPath(2)).toHaveValue('Messaging/GlobalSettings');
  await expect(editor.entryName(2, 0)).toHaveValue('DisplayCmasLifo');
  await editor.entryName(2, 0).focus();
  await expect(catalog.help(2, 0).getByText('FirstVariationOnly')).toBeVisible();

  // An Atomic group's setting brings its whole group.
  await catalog.openBrowser();
  await catalog.add('SyncSender', 'Messaging/GlobalSettings/VoicemailIntercept');
  await expect(editor.itemPath(3)).toHaveValue('Messaging/GlobalSettings/VoicemailIntercept');
  await expect(editor.entryName(3, 0)).toHaveValue('SyncSender');
  await expect(editor.entryName(3, 1)).toHaveValue('SyncPrefix');
  await expect(catalog.constraintBadge(3, 'Atomic')).toBeVisible();
  await catalog.constraintBadge(3, 'Atomic').hover();
  await expect(editor.page.getByRole('tooltip')).toContainText('every setting of this group must be set together');
  await editor.page.mouse.move(0, 0);

  let root = parseXml(await editor.previewText());
  const staticEl = at(root, 'Static');
  expect(settingsOf(staticEl, 'Multivariant')).toMatchObject({ Enable: '1', PersistVariantData: expect.any(String) });
  expect(Object.keys(settingsOf(staticEl, 'Messaging/GlobalSettings'))).toEqual(['DisplayCmasLifo']);
  expect(Object.keys(settingsOf(staticEl, 'Messaging/GlobalSettings/VoicemailIntercept'))).toEqual(['SyncSender', 'SyncPrefix']);

  // The variant: the per-SIM macro explains itself; the boolean editor keeps the spelling chosen.
  await editor.openVariant(0);
  // Tab from the path field reaches the macro chip, which explains itself on keyboard focus.
  await editor.itemPath(0).focus();
  await editor.itemPath(0).press('Escape');
  await editor.page.keyboard.press('Tab');
  await expect(catalog.macroChip(0, 'ICCID')).toBeFocused();
  await expect(editor.page.getByRole('tooltip')).toHaveText(
    '$(__ICCID) is replaced at provisioning time by the ICCID of each SIM; one variant serves every slot whose SIM matches.',
  );
  await editor.page.keyboard.press('Escape');
  await editor.pickSelect(editor.entryValue(0, 0), 'True');
  await expect(editor.entryValue(0, 0)).toHaveValue('True');
  root = parseXml(await editor.previewText());
  expect(settingsOf(kids(root, 'Variant')[0], PS)).toMatchObject({ AllowSMStoSMTPAddress: 'True' });

  // Focusing a setting shows its help with the documentation page.
  await editor.entryName(0, 1).focus();
  const help = catalog.help(0, 1);
  await expect(help).toBeVisible();
  await expect(help).toContainText('SMStoSMTPShortCode');
  await expect(catalog.help(0, 0)).toHaveCount(0);
  await editor.entryName(0, 0).focus();
  await expect(editor.tid('item-0-entry-0-help-page')).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/windows-hardware/customize/mobile/mcsf/sending-sms-messages-to-smtp-addresses',
  );
  await expect(catalog.help(0, 0)).toContainText('0, 1, False, True');
});

test('typed editors: a ";" starts the next list item, integers keep hex, unknown names are marked', async ({ editor }) => {
  const catalog = new CatalogPage(editor);
  await editor.openVariant(0);

  // From the group card, the browser is limited to the group's path at first.
  await catalog.openBrowser(0);
  await expect(editor.tid('catalog-only-path')).toHaveAttribute('aria-pressed', 'true');
  await catalog.search('SmsInterceptPorts');
  await catalog.row('SmsInterceptPorts', PS).click();
  await expect(editor.entryName(0, 2)).toHaveValue('SmsInterceptPorts');
  expect(await editor.page.locator('[data-testid^="item-"][data-testid$="-path"]').count()).toBe(1);

  await editor.fill(catalog.listItem(0, 2, 0), '1234');
  await catalog.addListItem(0, 2);
  await expect(catalog.listItem(0, 2, 1)).toBeFocused();
  await editor.page.keyboard.type('5678');
  await expect(catalog.listItem(0, 2, 1)).toHaveValue('5678');

  // A name outside the catalog gets a plain field and a badge.
  await editor.addSetting(0);
  await editor.fill(editor.entryName(0, 3), 'NoSuchSetting');
  await editor.entryName(0, 3).press('Escape');
  await expect(editor.tid('item-0-entry-3-unknown')).toHaveText('not in the catalog');

  const root = parseXml(await editor.previewText());
  expect(settingsOf(kids(root, 'Variant')[0], PS)).toMatchObject({ SmsInterceptPorts: '1234;5678', NoSuchSetting: '' });
});

test('an integer keeps hex as typed and reports out of range', async ({ editor }) => {
  const catalog = new CatalogPage(editor);
  await editor.openVariant(0);
  await catalog.openBrowser(0);
  await catalog.add('MMSLimitAttachments', PS);
  const value = editor.entryValue(0, 2);
  await expect(value).toHaveValue('5');
  await expect(editor.helperOf(value)).toContainText('1–20');
  await editor.fill(value, '0x14', { type: true });
  await expect(editor.helperOf(value)).toContainText('= 20');
  await editor.fill(value, '21', { type: true });
  await expect(editor.helperOf(value)).toContainText('outside the allowed range');
  const root = parseXml(await editor.previewText());
  expect(settingsOf(kids(root, 'Variant')[0], PS)).toMatchObject({ MMSLimitAttachments: '21' });
});
