// Page object for the SIM simulator: its part-list row, a slot's fields, each target's result, the applied
// variants, the effective settings table, the saved SIMs and the test plan downloads.

import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor-page.ts';

export class SimulatorPage extends EditorPage {
  constructor(page: Page) {
    super(page);
  }

  view(): Locator {
    return this.tid('simulator-view');
  }

  async openSimulator(): Promise<void> {
    await this.tid('nav-simulator').click();
    await expect(this.view()).toBeVisible();
  }

  field(slot: number, name: string): Locator {
    return this.tid(`sim-${slot}-field-${name}`);
  }

  /** Fills a slot's fields; an empty string clears one (unknown). */
  async enterSim(slot: number, values: Readonly<Record<string, string>>): Promise<void> {
    for (const [name, value] of Object.entries(values)) await this.fill(this.field(slot, name), value);
  }

  target(slot: number, i: number): Locator {
    return this.tid(`sim-${slot}-target-${i}`);
  }

  applied(slot: number): Locator {
    return this.tid(`sim-${slot}-applied`);
  }

  possible(slot: number): Locator {
    return this.tid(`sim-${slot}-possible`);
  }

  /** The effective settings row of `name` in a slot's table. */
  setting(slot: number, name: string): Locator {
    return this.tid(`sim-${slot}-settings`).locator(`[data-testid="sim-setting"][data-name="${name}"]`);
  }

  settingValue(slot: number, name: string): Locator {
    return this.setting(slot, name).getByTestId('sim-setting-value');
  }

  saved(i: number): Locator {
    return this.tid(`saved-sim-${i}`);
  }

  async saveSim(slot: number, name: string): Promise<void> {
    await this.fill(this.tid(`sim-${slot}-save-name`), name);
    await this.tid(`sim-${slot}-save`).click();
  }

  /** Clicks a test plan button and returns the downloaded file's name and text. */
  async testPlan(format: 'md' | 'csv'): Promise<{ fileName: string; text: string }> {
    const downloaded = this.page.waitForEvent('download');
    await this.tid(`testplan-${format}`).click();
    const dl = await downloaded;
    const path = await dl.path();
    if (!path) throw new Error(`Download failed: ${await dl.failure()}`);
    return { fileName: dl.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
