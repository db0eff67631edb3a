// Self-check of the shared fixture: an uncaught error in the page must fail the test.

import { test } from './support/fixtures.ts';

test.fail('an uncaught page error fails the test (marked as expected to fail)', async ({ page }) => {
  const thrown = page.waitForEvent('pageerror');
  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('deliberate page error');
    });
  });
  await thrown; // the fixture's own listener has it too (both hear the same event)
});
