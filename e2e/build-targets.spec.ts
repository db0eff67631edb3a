// Journey (b): from a blank document, build two targets with two target states each and one variant per target.

import { test, expect } from './support/fixtures.ts';
import { at, conditionsOf, kids, parseXml, settingsOf } from './support/xml.ts';

interface TargetPlan {
  readonly id: string;
  /** Conditions per target state, as [name, value]. */
  readonly states: readonly (readonly [string, string])[][];
}

const PLAN: readonly TargetPlan[] = [
  {
    id: 'Contoso',
    states: [
      [
        ['MCC', '310'],
        ['MNC', '010'],
      ],
      [
        ['MCC', '311'],
        ['SPN', 'Contoso'],
      ],
    ],
  },
  {
    id: 'Fabrikam',
    states: [
      [
        ['MCC', '234'],
        ['MNC', '015'],
      ],
      [
        ['MCC', '234'],
        ['GID1', 'FA'],
      ],
    ],
  },
];

const VARIANTS = [
  { name: 'ContosoVariant', target: 'Contoso', path: 'Messaging/PerSimSettings/$(__ICCID)', setting: ['SMStoSMTPShortCode', '11111'] },
  { name: 'FabrikamVariant', target: 'Fabrikam', path: 'Connectivity/CellularSettings', setting: ['ApnName', 'fab.net'] },
] as const;

test('two targets × two target states, and one variant per target', async ({ editor }) => {
  await editor.newEmpty();
  await expect(editor.navTarget(0)).toHaveCount(0);
  await expect(editor.navVariant(0)).toHaveCount(0);

  for (const [i, plan] of PLAN.entries()) {
    await editor.addTarget();
    await expect(editor.navTarget(i)).toBeVisible();
    await editor.fill(editor.targetId(), plan.id);
    await expect(editor.navTarget(i)).toContainText(plan.id);

    // A new target starts with one state; add the second one ("or").
    await editor.addTargetState();
    await expect(editor.tid('state-1')).toBeVisible();
    for (const [s, conditions] of plan.states.entries()) {
      // Make the state hold exactly as many conditions as planned.
      const rows = editor.tid(`state-${s}`).locator('[data-testid$="-value"]');
      for (let n = await rows.count(); n < conditions.length; n++) {
        await editor.addCondition(s);
        await expect(rows).toHaveCount(n + 1); // drawn before the next click counts the rows again
      }
      await expect(rows).toHaveCount(conditions.length);
      for (const [c, [name, value]] of conditions.entries()) {
        await editor.fillConditionName(s, c, name);
        await editor.fill(editor.conditionValue(s, c), value);
      }
    }
    await expect(editor.navTarget(i)).toContainText('2 states');
  }

  for (const [i, v] of VARIANTS.entries()) {
    await editor.addVariant();
    await expect(editor.navVariant(i)).toBeVisible();
    await editor.fill(editor.variantName(), v.name);
    await editor.chooseVariantTarget(v.target);
    await expect(editor.navVariant(i)).toContainText(`→ ${v.target}`);
    await editor.addSettingsGroup();
    await editor.fill(editor.itemPath(0), v.path);
    await editor.fill(editor.entryName(0, 0), v.setting[0]);
    await editor.fill(editor.entryValue(0, 0), v.setting[1]);
  }

  // Going back to the first variant shows its own target, not the last one picked.
  await editor.openVariant(0);
  await expect(editor.variantTarget()).toHaveValue('Contoso');
  await expect(editor.variantName()).toHaveValue('ContosoVariant');

  const previewText = await editor.previewText();
  const file = await editor.download();
  expect(file.text).toBe(previewText);
  const root = parseXml(file.text);

  const targets = kids(at(root, 'Targets'), 'Target');
  expect(targets.map((t) => t.attrs.Id)).toEqual(PLAN.map((p) => p.id));
  for (const [i, plan] of PLAN.entries()) {
    const states = kids(targets[i], 'TargetState');
    expect(states).toHaveLength(2);
    expect(states.map(conditionsOf)).toEqual(plan.states);
  }

  const variants = kids(root, 'Variant');
  expect(variants.map((v) => v.attrs.Name)).toEqual(VARIANTS.map((v) => v.name));
  for (const [i, v] of VARIANTS.entries()) {
    const refs = kids(at(variants[i], 'TargetRefs'), 'TargetRef');
    expect(refs.map((r) => r.attrs.Id)).toEqual([v.target]);
    expect(settingsOf(variants[i], v.path)).toEqual({ [v.setting[0]]: v.setting[1] });
  }
});

test('a condition value is edited as mode, not and body; changing one part keeps the others as typed', async ({ editor }) => {
  await editor.openTarget(0);
  const body = editor.conditionValue(0, 0);
  await editor.fill(body, '^31[01]$', { type: true });
  // The mode and "not" are changed after the body was typed key by key: the body must survive both.
  await editor.pickSelect(editor.tid('state-0-condition-0-mode'), 'pattern');
  await editor.tid('state-0-condition-0-not').check();
  await expect(body).toHaveValue('^31[01]$');
  await expect(editor.preview()).toContainText('Value="!pattern:^31[01]$"');
  // And typing after them keeps mode and not.
  await body.press('End');
  await body.pressSequentially('x');
  await expect(editor.preview()).toContainText('Value="!pattern:^31[01]$x"');
});
