// Issue 22, point 7: New offers the founding scenario, an empty document and per-operator templates, each with
// a one-line description; a template opens as a new document whose problems name the values left to fill.
// At 1024 × 768 and 1440 × 900.

import { test, expect } from './support/fixtures.ts';
import { VIEWPORTS } from './support/viewports.ts';
import { at, kids, parseXml, settingsOf } from './support/xml.ts';


for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('New lists the templates with descriptions; MMS limits opens ready to fill', async ({ editor, page }) => {
      await editor.tid('new-menu').click();
      const items = page.getByRole('menuitem');
      await expect(items).toHaveCount(8);
      await expect(editor.tid('new-founding')).toContainText('SMS to email');
      await expect(editor.tid('new-empty')).toContainText('Empty document');
      for (const id of ['mms-limits', 'mms-data', 'delivery-reports', 'emergency-alerts', 'sms-length', 'start-layout']) {
        await expect(editor.tid(`new-template-${id}`)).toContainText('Fill in Owner, MCC');
        await expect(editor.tid(`new-template-${id}`)).toBeInViewport();
      }
      await editor.tid('new-template-mms-limits').click();

      await expect(editor.docName()).toHaveValue('MmsLimits');
      await expect(editor.navVariant(0)).toContainText('Operator');
      const xml = parseXml(await editor.previewText());
      expect(kids(at(xml, 'Targets'), 'Target').map((t) => t.attrs.Id)).toEqual(['Operator']);
      expect(settingsOf(kids(xml, 'Variant')[0], 'Messaging/PerSimSettings/$(__ICCID)')).toEqual({
        MMSLimitAttachments: '',
        LimitRecipients: '',
        MaxRetryCount: '',
        RetrySize: '',
      });

      // The problems say which values to fill: Owner, MCC, MNC and the four limits.
      await editor.openVariant(0);
      for (let i = 0; i < 4; i++) await expect(editor.helperOf(editor.entryValue(0, i))).toHaveText(/^Needed/);

      // Filling them in leaves no error.
      await editor.openDocument();
      await editor.fill(editor.docOwner(), 'Contoso');
      await editor.openTarget(0);
      await editor.fill(editor.conditionValue(0, 0), '310');
      await editor.fill(editor.conditionValue(0, 1), '260');
      await editor.openVariant(0);
      for (const [i, v] of ['5', '20', '3', '300'].entries()) await editor.fill(editor.entryValue(0, i), v);
      await expect(editor.tid('error-count')).toHaveText('0');
    });

    test('the empty document says in each pane what to do next; the founding scenario is still offered', async ({ editor, page }) => {
      await editor.newEmpty();
      await expect(editor.docName()).toHaveValue('');
      await expect(editor.navVariant(0)).toHaveCount(0);
      // Empty states: the part list, Static, the two matrices, the simulator.
      await expect(editor.tid('nav-no-targets')).toContainText('No targets yet: + adds one');
      await expect(editor.tid('nav-no-variants')).toContainText('No variants yet: + adds one');
      await editor.openStatic();
      await expect(editor.tid('items-empty')).toContainText('Add from catalog');
      await editor.tid('nav-matrix').click();
      await expect(editor.tid('matrix-add-target')).toBeVisible();
      await editor.tid('nav-settings-matrix').click();
      await expect(editor.tid('settings-matrix-empty')).toContainText('add a settings group');
      await editor.tid('nav-simulator').click();
      await expect(page.getByText('The document has no targets: add one under Targets').first()).toBeVisible();
      // The + of the empty Targets section adds one, and the empty row goes.
      await editor.addTarget();
      await expect(editor.tid('nav-no-targets')).toHaveCount(0);
      await expect(editor.navTarget(0)).toBeVisible();
      await editor.newFounding();
      await expect(editor.docName()).toHaveValue('SMStoSMTP');
    });
  });
}

test('the document list offers every template too', async ({ editor, page }) => {
  await editor.tid('documents-button').click();
  await editor.tid('documents-new-template').click();
  await expect(page.getByRole('menuitem')).toHaveCount(8);
  await expect(editor.tid('documents-new-founding')).toContainText('SMS to email');
  await editor.tid('documents-new-template-emergency-alerts').click();
  // A second document, open, from that template; the list shows it.
  await expect(editor.tid('document-rows').locator('[data-testid$="-name"]')).toHaveCount(2);
  await expect(editor.tid('document-rows')).toContainText('EmergencyAlerts');
  await editor.tid('documents-close').click();
  await expect(editor.docName()).toHaveValue('EmergencyAlerts');
  expect(await editor.previewText()).toContain('<Setting Name="CmasExtremeAlertEnabled" Value="1" />');
});
