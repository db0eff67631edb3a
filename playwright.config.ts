import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT / E2E_DIST let several people run the suite side by side on one machine (own port, own build).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

// Debian's Chromium when present (no browser download works on the team's machines); elsewhere Playwright's own.
// scripts/ensure-chromium.mjs makes sure one of the two exists before the suite runs.
const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);

export default defineConfig({
  testDir: './e2e',
  // The suite's only timeouts: hang guards, never speed limits (a busy machine is slow, not wrong; load 4 on 2 cores
  // must pass). Specs set no numbers of their own: a test opening tens of MB says test.slow() (three times this), and
  // waits on such a step with slowStep() (e2e/support/slow-step.ts: as long as the test may). Actions and
  // navigations have no limit of their own (0): the test's timeout bounds them.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1, // 2-core machines
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    baseURL: `http://127.0.0.1:${PORT}`,
    acceptDownloads: true,
    trace: 'off',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `./node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000, // a hang guard too: starting the server is seconds, more on a loaded machine
  },
});
