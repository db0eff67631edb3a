// Waiting for a condition without a deadline of its own: polls until `check` stops throwing, for as long as a test
// may run (time-limits.ts). vi.waitFor alone gives up after 1 s, which a busy machine can take.

import { vi } from 'vitest';
import { TEST_TIMEOUT_MS } from './time-limits.ts';

export function until<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: TEST_TIMEOUT_MS, interval: 10 });
}
