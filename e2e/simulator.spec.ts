// Issue 20, the SIM simulator: enter a SIM and see the matching variant and the SMS-to-email settings it gets
// (ICCID expanded in the path); an empty field is unknown and makes "may match"; a saved SIM says when an edit
// changed its result and survives a reload; dual SIM resolves each slot on its own; the test plan downloads; the
// view passes the axe check.

import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures.ts';
import { SimulatorPage } from './pages/simulator-page.ts';
import { DocumentsPage } from './pages/documents-page.ts';
import type { Page } from '@playwright/test';

const ICCID = '89012601234567890123';
const SIM = { MCC: '310', MNC: '410', SPN: 'Contoso', ICCID };
const PATH = `Messaging/PerSimSettings/${ICCID}`;

/** The founding document's target "Operator" with MCC 310, MNC 410, SPN Contoso (the document leaves them empty). */
async function setOperatorConditions(sim: SimulatorPage, mnc = '410'): Promise<void> {
  await sim.openTarget(0);
  await sim.fill(sim.conditionValue(0, 0), '310');
  await sim.fill(sim.conditionValue(0, 1), mnc);
  await sim.fill(sim.conditionValue(0, 2), 'Contoso');
}

/** Reloads once everything is saved; the simulator, the selected view, opens again. */
async function reloadSaved(docs: DocumentsPage, sim: SimulatorPage): Promise<void> {
  await docs.saved();
  await docs.page.reload();
  await expect(sim.view()).toBeVisible();
}

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-testid="simulator-view"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test('a SIM that matches gets the SMS-to-SMTP variant and its settings, ICCID expanded; an empty field makes "may match"', async ({ editor }) => {
  const sim = new SimulatorPage(editor.page);
  await setOperatorConditions(sim);
  await sim.openSimulator();
  await expect(sim.tid('nav-simulator')).toHaveAttribute('aria-current', 'true');
  // Every field starts empty: unknown, and said so.
  await expect(sim.helperOf(sim.field(0, 'GID1'))).toHaveText('Empty: unknown');
  await expect(sim.target(0, 0)).toHaveAttribute('data-outcome', 'unknown');

  await sim.enterSim(0, SIM);
  await expect(sim.target(0, 0)).toHaveAttribute('data-outcome', 'match');
  await expect(sim.target(0, 0)).toContainText('Target “Operator” matches');
  await expect(sim.target(0, 0)).toContainText('MCC "310" equals "310"');
  await expect(sim.applied(0)).toHaveText('Variant "Operator" (Target "Operator")');
  await expect(sim.setting(0, 'AllowSMStoSMTPAddress')).toContainText(PATH);
  await expect(sim.settingValue(0, 'AllowSMStoSMTPAddress')).toHaveText('"1"');
  await expect(sim.setting(0, 'AllowSMStoSMTPAddress')).toContainText('Variant "Operator" (Target "Operator")');
  await expect(sim.setting(0, 'SMStoSMTPShortCode')).toContainText(PATH);
  await expect(sim.settingValue(0, 'SMStoSMTPShortCode')).toHaveText('""');
  // Static is part of the effective settings, marked as part of the image.
  await expect(sim.settingValue(0, 'Enable').first()).toHaveText('"1"');
  await expect(sim.tid('sim-assumptions')).toContainText('range:min,max includes both ends');

  // A field left empty: the target may match, with the reason, and its settings only possibly apply.
  await sim.enterSim(0, { SPN: '' });
  await expect(sim.target(0, 0)).toHaveAttribute('data-outcome', 'unknown');
  await expect(sim.target(0, 0)).toContainText('may match');
  await expect(sim.target(0, 0)).toContainText('TargetState 1: SPN is unknown');
  await expect(sim.applied(0)).toContainText('No variant applies for certain');
  await expect(sim.possible(0)).toHaveText('Variant "Operator" (Target "Operator")');
  await expect(sim.settingValue(0, 'AllowSMStoSMTPAddress')).toHaveText('(not set)');
  await expect(sim.setting(0, 'AllowSMStoSMTPAddress')).toContainText('if its Target matches');

  // A value that fails: does not match, naming the condition.
  await sim.enterSim(0, { SPN: 'Fabrikam' });
  await expect(sim.target(0, 0)).toHaveAttribute('data-outcome', 'no-match');
  await expect(sim.target(0, 0)).toContainText('SPN "Fabrikam" is not "Contoso"');
});

test('a saved SIM says when an edit of the target changed its result, takes the new one, and survives a reload', async ({ editor, page }) => {
  test.slow(); // two reloads
  const sim = new SimulatorPage(editor.page);
  await setOperatorConditions(sim);
  await sim.openSimulator();
  await sim.enterSim(0, SIM);
  await sim.saveSim(0, 'Contoso test SIM');
  await expect(sim.saved(0)).toContainText('Contoso test SIM');
  await expect(sim.saved(0)).toContainText('MNC=410');
  await expect(sim.saved(0)).toHaveAttribute('data-changed', 'false');
  await expect(sim.tid('saved-sim-0-status')).toHaveText('Same result as when it was saved.');

  // The operator's MNC changes: the saved SIM no longer matches.
  await sim.openTarget(0);
  await sim.fill(sim.conditionValue(0, 1), '411');
  await sim.openSimulator();
  await expect(sim.saved(0)).toHaveAttribute('data-changed', 'true');
  await expect(sim.tid('saved-sim-0-status')).toHaveText('Its result changed since it was saved.');

  // Saved with the workspace: it is back after a reload, still changed.
  const docs = new DocumentsPage(page);
  await reloadSaved(docs, sim);
  await expect(sim.saved(0)).toContainText('Contoso test SIM');
  await expect(sim.saved(0)).toHaveAttribute('data-changed', 'true');
  // Accepting takes the new result; "Show in slot 1" puts its values back in the fields.
  await sim.tid('saved-sim-0-accept').click();
  await expect(sim.saved(0)).toHaveAttribute('data-changed', 'false');
  await sim.tid('saved-sim-0-load').click();
  await expect(sim.field(0, 'ICCID')).toHaveValue(ICCID);
  await expect(sim.target(0, 0)).toHaveAttribute('data-outcome', 'no-match');
  // The saved SIM is not in the XML.
  await expect(sim.preview()).not.toContainText('Contoso test SIM');
  await reloadSaved(docs, sim);
  await expect(sim.saved(0)).toHaveAttribute('data-changed', 'false');
});

test('dual SIM: two slots side by side, each resolved on its own', async ({ editor }) => {
  const sim = new SimulatorPage(editor.page);
  await setOperatorConditions(sim);
  await sim.openSimulator();
  await sim.tid('sim-dual').check();
  await expect(sim.tid('sim-slot-1')).toBeVisible();
  await sim.enterSim(0, SIM);
  await sim.enterSim(1, { MCC: '310', MNC: '260', SPN: 'Contoso', ICCID: '8901' });
  await expect(sim.target(0, 0)).toHaveAttribute('data-outcome', 'match');
  await expect(sim.target(1, 0)).toHaveAttribute('data-outcome', 'no-match');
  await expect(sim.target(1, 0)).toContainText('MNC "260" is not "410"');
  await expect(sim.setting(0, 'AllowSMStoSMTPAddress')).toContainText(PATH);
  await expect(sim.setting(1, 'AllowSMStoSMTPAddress')).toHaveCount(0);
  // Side by side: slot 2 starts to the right of slot 1, on the same line.
  const one = (await sim.tid('sim-slot-0').boundingBox())!;
  const two = (await sim.tid('sim-slot-1').boundingBox())!;
  expect(two.x).toBeGreaterThanOrEqual(one.x + one.width);
  expect(two.y).toBe(one.y);
  await sim.tid('sim-dual').uncheck();
  await expect(sim.tid('sim-slot-1')).toHaveCount(0);
});

test('the test plan downloads as Markdown and CSV, with a SIM for the target and the manual check', async ({ editor }) => {
  const sim = new SimulatorPage(editor.page);
  await setOperatorConditions(sim);
  await sim.openSimulator();
  const md = await sim.testPlan('md');
  expect(md.fileName).toBe('SMStoSMTP-test-plan.md');
  expect(md.text).toContain('# Test plan: SMStoSMTP');
  expect(md.text).toContain('| Target | Variants | SIM | Expected settings | Manual check |');
  const row = md.text.split('\n').find((l) => l.startsWith('| Operator |'));
  expect(row).toBeDefined();
  expect(row).toContain('MCC=310, MNC=410, SPN=Contoso');
  expect(row).toContain('Messaging/PerSimSettings/$(__ICCID)/AllowSMStoSMTPAddress = "1"');
  expect(row).toContain('Send a message from the messaging app to a valid email address; it is sent and arrives.');
  const csv = await sim.testPlan('csv');
  expect(csv.fileName).toBe('SMStoSMTP-test-plan.csv');
  const records = csv.text.split('\r\n');
  expect(records[0]).toBe('Target,Variants,SIM,Expected settings,Manual check');
  expect(records[1]).toMatch(/^Operator,Operator,"MCC=310, MNC=410, SPN=Contoso",/);
});

test('the simulator view has no accessibility violations, with one slot and with two', async ({ editor, page }) => {
  test.slow(); // two axe runs over a long page
  const sim = new SimulatorPage(editor.page);
  await setOperatorConditions(sim);
  await sim.openSimulator();
  await sim.enterSim(0, { MCC: '310', MNC: '410' });
  await sim.saveSim(0, 'Partial');
  await expect(sim.saved(0)).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await sim.tid('sim-dual').check();
  await sim.enterSim(1, SIM);
  await expect(sim.target(1, 0)).toHaveAttribute('data-outcome', 'match');
  expect(await violations(page)).toEqual([]);
});
