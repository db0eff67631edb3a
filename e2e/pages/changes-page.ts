// The Changes view beside the XML preview (issue 21): what changed against the file as opened or last downloaded,
// another document or a file.

import type { Locator } from '@playwright/test';
import { EditorPage } from './editor-page.ts';

export class ChangesPage extends EditorPage {
  async openView(): Promise<void> {
    await this.tid('tab-changes').click();
    await this.tid('changes-panel').waitFor();
  }

  async showXml(): Promise<void> {
    await this.tid('tab-xml').click();
  }

  changes(): Locator {
    return this.tid('change');
  }

  summary(): Locator {
    return this.tid('changes-summary');
  }

  async revert(i: number): Promise<void> {
    await this.changes().nth(i).getByTestId('revert-change').click();
  }

  async byText(): Promise<void> {
    await this.tid('changes-text').click();
  }

  async byPart(): Promise<void> {
    await this.tid('changes-by-part').click();
  }

  /** Chooses what to compare with from the select, by the option's visible text. */
  async compareWith(label: string | RegExp): Promise<void> {
    await this.tid('changes-panel').getByRole('combobox', { name: 'Compare with' }).click();
    await this.page.getByRole('option', { name: label }).click();
  }
}
