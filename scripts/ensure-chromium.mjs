// Makes sure a Chromium exists for the Playwright suite, and says what it did. Never skips silently.
// Order: $CHROMIUM_PATH or Debian's /usr/bin/chromium; else, as root with apt, install Debian's package;
// else Playwright's own browser (already downloaded, or `npx playwright install chromium`).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  console.log(`ensure-chromium: using ${found}`);
  process.exit(0);
}

async function playwrightBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const own = await playwrightBrowser();
if (own) {
  console.log(`ensure-chromium: using Playwright's browser ${own}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
try {
  if (isRoot && hasApt) {
    console.log("ensure-chromium: no Chromium found; installing Debian's 'chromium' package with apt-get (about a minute)...");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    console.log('ensure-chromium: installed /usr/bin/chromium');
  } else {
    console.log("ensure-chromium: no Chromium found and apt is not usable; running 'npx playwright install chromium'...");
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  }
} catch (err) {
  console.error(`ensure-chromium: could not obtain a Chromium (${err.message}). The browser tests cannot run.`);
  process.exit(1);
}
