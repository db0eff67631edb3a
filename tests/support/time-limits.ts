// The unit suite's time limits, in one place, all hang guards and never speed limits (a busy machine is slow, not
// wrong): vite.config.ts takes the test and hook timeouts from here, a spawned child gets the same (spawnSync blocks
// the worker, so a test's timeout cannot stop it), and `until` (until.ts) waits for a condition as long as a test may.

/** A test or hook that has not ended by now hangs. */
export const TEST_TIMEOUT_MS = 300_000;
