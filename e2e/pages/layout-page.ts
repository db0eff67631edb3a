// Page-object additions for the layout: boxes of elements, the panes and their separators, and a real mouse
// click that checks nothing moved between the press and the release. Wraps an EditorPage.

import { expect, type Locator } from '@playwright/test';
import type { EditorPage } from './editor-page.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  if (!b) throw new Error(`not visible: ${String(l)}`);
  return b;
}

/** `inner` lies wholly inside `outer` (to a pixel's rounding). */
export function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
}

/** The two boxes share some area. */
export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export class LayoutPage {
  constructor(readonly editor: EditorPage) {}

  pane(name: 'parts' | 'centre' | 'preview' | 'form' | 'help' | 'problems'): Locator {
    return this.editor.page.locator(`#pane-${name}`);
  }

  separator(name: 'parts' | 'preview' | 'help' | 'problems'): Locator {
    return this.editor.page.locator(`#pane-separator-${name}`);
  }

  /** The scrolling form area. */
  form(): Locator {
    return this.editor.page.getByRole('main');
  }

  /** The top of every entry row of settings group `item`, in order. */
  async rowTops(item: number): Promise<number[]> {
    const row = new RegExp(`^item-${item}-entry-\\d+$`);
    return this.editor.page
      .locator(`[data-testid^="item-${item}-entry-"]`)
      .evaluateAll((els, source) => els.filter((e) => new RegExp(source).test(e.getAttribute('data-testid') ?? '')).map((e) => e.getBoundingClientRect().top), row.source);
  }

  /**
   * Presses the mouse on the middle of `target`, checks that no row of group `item` (and not the target) moved
   * while the button is down, then releases it: a click the way a person makes it, with time between the two.
   */
  async steadyClick(target: Locator, item: number): Promise<void> {
    await target.scrollIntoViewIfNeeded();
    const before = await box(target);
    const rows = await this.rowTops(item);
    const page = this.editor.page;
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await page.mouse.down();
    // The focus and the help have changed by now (both happen on the press); the layout has not.
    expect(await this.rowTops(item), 'rows while the button is held').toEqual(rows);
    expect(await box(target), 'the pressed element').toEqual(before);
    await page.mouse.up();
  }

  /** Waits until no menu (an MUI popover: its invisible backdrop takes clicks) is on the page. */
  async menuGone(): Promise<void> {
    await expect(this.editor.page.locator('.MuiPopover-root')).toHaveCount(0);
  }

  /** Drags separator `name` by `dx`, `dy` CSS pixels with the mouse. */
  async drag(name: 'parts' | 'preview' | 'help' | 'problems', dx: number, dy: number): Promise<void> {
    const b = await box(this.separator(name));
    const page = this.editor.page;
    const x = b.x + b.width / 2;
    const y = b.y + b.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx / 2, y + dy / 2);
    await page.mouse.move(x + dx, y + dy);
    await page.mouse.up();
  }
}
