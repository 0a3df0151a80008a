/**
 * What a first visit downloads: the page and everything the service worker then fetches to
 * keep the deck offline, counted as the server sent it: every answer with a body, as often as
 * it was sent (a file downloaded twice costs twice; one the browser had in its HTTP cache, or
 * revalidated with a 304, costs nothing), each file at its gzip size.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveDist } from './serve-dist.ts';

export interface FirstVisit {
  readonly files: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Serves the build in `dir`/dist on a server of its own, which counts what it sends. */
export async function measureFirstVisit(browser: Browser, dir: string): Promise<FirstVisit> {
  const distDir = join(dir, 'dist');
  const sent: string[] = [];
  const server = await serveDist(dir, {
    onServed: ({ path, status }) => {
      if (status === 200) sent.push(path);
    },
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    // Resolves once the worker is active, which is after it has kept its whole copy.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  } finally {
    await context.close();
    await server.close();
  }
  const base = new URL(server.url).pathname;
  let rawBytes = 0;
  let gzipBytes = 0;
  let files = 0;
  for (const path of sent) {
    const relative = decodeURIComponent(path.slice(base.length)) || 'index.html';
    const file = join(distDir, relative);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const content = readFileSync(file);
    files++;
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
