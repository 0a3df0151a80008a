/**
 * Runs before the browser tests (`npm run test:browser`): makes sure a Chromium is there, installing
 * one if we can, and otherwise stops with the commands to get one. It never lets the tests skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, missingBrowserMessage, type BrowserLocation } from './lib/find-browser.ts';

function report(location: BrowserLocation, how: string): void {
  console.log(`Browser tests will use ${location.path} (${how}).`);
}

/** Runs a command with the user's terminal attached, so they see what an install is doing. */
function run(command: string, args: readonly string[]): boolean {
  console.log(`$ ${[command, ...args].join(' ')}`);
  // npx is npx.cmd on Windows, which only a shell can start.
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

function canUseApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Like findBrowser(), but a bad CHROME_PATH ends the run with its message instead of a stack trace. */
function check(): BrowserLocation | undefined {
  try {
    return findBrowser();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const found = check();
if (found !== undefined) {
  report(found, `found via ${found.source}`);
  process.exit(0);
}

// Debian's package brings its own shared libraries, which Playwright's download does not, and it
// comes from the apt mirror, which stays reachable where the wider internet is closed.
if (canUseApt()) {
  console.log('No Chromium found; installing Debian’s chromium package with apt-get.');
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) {
    const installed = check();
    if (installed !== undefined) {
      report(installed, 'just installed with apt-get');
      process.exit(0);
    }
  }
  console.log('apt-get did not give us a Chromium; trying Playwright’s download instead.');
} else {
  console.log('No Chromium found; downloading Playwright’s build.');
}

if (run('npx', ['playwright-core', 'install', 'chromium'])) {
  const downloaded = check();
  if (downloaded !== undefined) {
    report(downloaded, 'just downloaded by playwright-core');
    process.exit(0);
  }
}

console.error(missingBrowserMessage('npm run test:browser'));
process.exit(1);
