// Before the end-to-end tests: make sure there is a Chromium to run them in (Debian's build,
// CHROMIUM_PATH, or Playwright's own), fetching Playwright's where it can, or stop at once with
// the one command to run, instead of failing halfway through the suite.
/* global process, console */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const system = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

if (existsSync(system)) process.exit(0);
if (process.env.CHROMIUM_PATH)
  console.error(
    `npm test: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; looking for another Chromium`,
  );
if (await playwrightChromium()) process.exit(0);

console.error('npm test: no Chromium found; trying `npx playwright install chromium` …');
const got = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
if (got.status === 0 && (await playwrightChromium())) process.exit(0);

console.error(
  'npm test: no Chromium for the end-to-end tests. Install one and run `npm test` again: ' +
    '`sudo apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium`, ' +
    'or set CHROMIUM_PATH to a Chromium binary.',
);
process.exit(1);
