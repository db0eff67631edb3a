// Self-check of the shared fixture: an uncaught error in the page must fail the test.

import { test } from './support/fixtures.ts';

test.fail('an uncaught page error fails the test (marked as expected to fail)', async ({ page }) => {
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('deliberate page error');
    });
  });
  await page.waitForTimeout(200);
});
