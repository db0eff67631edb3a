// Opening a part from the page's part list, for the bench scripts (page.bench.ts, profile.ts).
import type { Page } from '@playwright/test';

/** Clicks a part in the part list, scrolling the list until the item exists (the list may be virtualized). */
export async function openPart(page: Page, testId: string): Promise<void> {
  const item = page.getByTestId(testId);
  for (let i = 0; i < 2000 && (await item.count()) === 0; i++) {
    const moved = await page.evaluate(() => {
      const nav = document.querySelector('nav');
      if (!nav) return false;
      const all = [nav, ...Array.from(nav.querySelectorAll<HTMLElement>('*'))];
      const scroller = all.find((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible');
      if (!scroller) return false;
      const top = scroller.scrollTop;
      scroller.scrollTop = top + scroller.clientHeight * 0.8;
      return scroller.scrollTop !== top;
    });
    if (!moved) break;
    await page.waitForTimeout(30);
  }
  await item.scrollIntoViewIfNeeded();
  await item.click();
}
