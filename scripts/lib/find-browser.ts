/**
 * Where the browser tests get their Chromium from, and how they start it.
 *
 * playwright-core ships no browser of its own, so we look for one that is already on the machine
 * (Debian's `chromium` on the build boxes) before falling back to Playwright's download.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** A Chromium executable and how it was found (shown to the user, so they know which one ran). */
export interface BrowserLocation {
  readonly path: string;
  readonly source: 'CHROME_PATH' | 'system' | 'playwright';
}

/** Usual install locations, most specific first: Debian, Ubuntu, Google's packages, macOS. */
const SYSTEM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/**
 * Finds a Chromium to drive: `CHROME_PATH`, then the usual system paths, then Playwright's own
 * download. Returns `undefined` when there is none.
 *
 * @throws if `CHROME_PATH` is set but names no file: the user asked for that browser, so quietly
 *   running a different one would hide their mistake.
 */
export function findBrowser(): BrowserLocation | undefined {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    }
    return { path: fromEnv, source: 'CHROME_PATH' };
  }

  const systemPath = SYSTEM_PATHS.find((candidate) => existsSync(candidate));
  if (systemPath !== undefined) return { path: systemPath, source: 'system' };

  // executablePath() names where `playwright-core install` would put Chromium, whether or not it
  // is there, and throws on platforms Playwright has no build for.
  let playwrightPath: string;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    return undefined;
  }
  return existsSync(playwrightPath) ? { path: playwrightPath, source: 'playwright' } : undefined;
}

/**
 * Chromium flags for headless runs on the build machines (root, no GPU, only the npm registry
 * reachable):
 * - `--no-sandbox`: Chromium refuses to start its sandbox as root;
 * - `--disable-gpu`: there is no GPU, and probing for one logs errors;
 * - the rest keep Chromium from phoning home (updates, sync, field trials, QUIC probes). Without
 *   them it logs a stream of refused connections here, and it keeps tests hermetic elsewhere.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Even with the flags above Chromium looks up Google's hosts (accounts, updates); answer
  // every lookup but our own with "not found", so nothing waits on a network that drops them.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Everything `chromium.launch()` needs to start the browser `location` headless on this machine. */
export function launchOptions(location: BrowserLocation): LaunchOptions {
  return { executablePath: location.path, headless: true, args: [...CHROMIUM_ARGS] };
}

/**
 * What to tell someone who has no Chromium: the exact commands that get one, and how to point
 * the command they ran (`npm run pdf`, `npm run test:browser` …) at one they have.
 */
export function missingBrowserMessage(command: string): string {
  return [
    `No Chromium found for ${command}. Get one with one of:`,
    '  Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium',
    '  elsewhere:                npx playwright-core install chromium',
    `  or point to one you have: CHROME_PATH=/path/to/chrome ${command}`,
  ].join('\n');
}

/**
 * Starts a headless Chromium with {@link launchOptions}, for `command` (named in the message
 * when there is none).
 *
 * @throws with {@link missingBrowserMessage} when no browser is found.
 */
export async function launchBrowser(command: string): Promise<Browser> {
  const location = findBrowser();
  if (location === undefined) throw new Error(missingBrowserMessage(command));
  return chromium.launch(launchOptions(location));
}
