// Page-object additions for the settings catalog: the catalog browser dialog, the typed value editors and
// the help box of the focused setting. Wraps an EditorPage (e2e/pages/editor-page.ts).

import { expect, type Locator } from '@playwright/test';
import type { EditorPage } from './editor-page.ts';

export class CatalogPage {
  constructor(readonly editor: EditorPage) {}

  browser(): Locator {
    return this.editor.tid('catalog-browser').getByRole('dialog');
  }

  /** Opens the browser from the owner's item list ("Add from catalog…") or from settings group `item`. */
  async openBrowser(item?: number): Promise<void> {
    await this.editor.tid(item === undefined ? 'add-from-catalog' : `item-${item}-add-from-catalog`).click();
    await expect(this.browser()).toBeVisible();
    await expect(this.editor.tid('catalog-search')).toBeFocused();
  }

  async search(query: string): Promise<void> {
    await this.editor.tid('catalog-search').fill(query);
    await expect(this.editor.tid('catalog-search')).toHaveValue(query);
  }

  /** The result row for the entry `name` (optionally of `path`). */
  row(name: string, path?: string): Locator {
    const label = path === undefined ? new RegExp(`^${escape(name)} in `) : `${name} in ${path}`;
    return this.editor.tid('catalog-results').getByRole('button', { name: label, exact: path !== undefined });
  }

  /** Searches for `name`, picks its row and waits for the dialog to close. */
  async add(name: string, path?: string): Promise<void> {
    await this.search(name);
    await this.row(name, path).first().click();
    await expect(this.editor.tid('catalog-browser')).toHaveCount(0);
  }

  help(item: number, entry: number): Locator {
    return this.editor.tid(`item-${item}-entry-${entry}-help`);
  }

  listItem(item: number, entry: number, i: number): Locator {
    return this.editor.tid(`item-${item}-entry-${entry}-value-item-${i}`);
  }

  async addListItem(item: number, entry: number): Promise<void> {
    await this.editor.tid(`item-${item}-entry-${entry}-value-add`).click();
  }

  macroChip(item: number, macro: string): Locator {
    return this.editor.tid(`item-${item}-macro-${macro}`);
  }

  constraintBadge(item: number, constraint: string): Locator {
    return this.editor.tid(`item-${item}-constraint-${constraint}`);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
