// Waiting for a step whose length grows with the input and the machine's load (opening or refusing tens of MB):
// no number of its own, it may take as long as the test may. The test's time comes from playwright.config.ts (the
// one place the suite's timeouts are set), tripled by test.slow() in the tests that open such files.

import { test } from '@playwright/test';

/** Options for an expectation that may wait as long as the test's own timeout allows. */
export function slowStep(): { timeout: number } {
  return { timeout: test.info().timeout };
}
