/**
 * What a first visit downloads: the page and everything the service worker then fetches to
 * keep the deck offline (its precache), counted from the files in dist/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface FirstVisit {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export async function measureFirstVisit(
  browser: Browser,
  url: string,
  distDir: string,
): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const origin = new URL(url);
  const requested = new Set<string>();
  // Requests of the page and of its service worker alike.
  context.on('request', (request) => {
    const address = new URL(request.url());
    if (address.origin === origin.origin) requested.add(address.pathname);
  });
  try {
    const page = await context.newPage();
    await page.goto(url);
    // Resolves once the worker is active, which is after it has fetched its whole precache.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  } finally {
    await context.close();
  }
  let rawBytes = 0;
  let gzipBytes = 0;
  let files = 0;
  for (const path of requested) {
    const relative = decodeURIComponent(path.slice(origin.pathname.length)) || 'index.html';
    const file = join(distDir, relative);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const content = readFileSync(file);
    files++;
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
