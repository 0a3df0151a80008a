/**
 * One Chromium per test file, and pages that record what went wrong while they were open.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../../scripts/lib/find-browser.ts';

/** The only host the deck may talk to: the preview server started by global-setup.ts. */
export const LOCAL_HOST = '127.0.0.1';

/** The design size of the deck, which is also the viewport: reveal then scales by ~0.96. */
export const VIEWPORT = { width: 1280, height: 720 } as const;

/**
 * Launches Chromium before the file's tests and closes it after them. Call it at the top level of a
 * test file; the returned function gives the browser inside tests and hooks.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser('npm run test:browser');
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not running yet: use it in a test.');
    return browser;
  };
}

/** A font file the page asked for; `status` is 0 when the request failed or was aborted. */
export interface FontFile {
  readonly url: string;
  readonly status: number;
}

/** What happened in a context while it was open, across all its pages (popups included). */
export interface PageRecord {
  /** Console messages of type `error`, with where they came from. */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  readonly pageErrors: string[];
  /** Requests to any host but 127.0.0.1, which were aborted before leaving the machine. */
  readonly externalRequests: string[];
  readonly fontFiles: FontFile[];
  /**
   * Scripts and stylesheets the page asked for that are not in the build: an error status, or
   * the preview server's page-for-any-path fallback (HTML) where a static host says 404.
   */
  readonly missingFiles: string[];
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly record: PageRecord;
  /** Closes the context, and with it the page and any popups. */
  readonly close: () => Promise<void>;
}

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  // data:, blob: and about: URLs never touch the network.
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(protocol)) return true;
  return hostname === LOCAL_HOST;
}

/**
 * Opens a blank page in a fresh context (empty cache, so every page load fetches everything and
 * shows its own errors) at the deck's design size (or with the given options). The context aborts and records every request
 * that would leave 127.0.0.1, and records console errors, page errors and font loads.
 */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  // Fail in seconds, not Playwright's 30: a deck that is not ready by then is broken.
  context.setDefaultTimeout(15_000);
  const record: PageRecord = {
    consoleErrors: [],
    pageErrors: [],
    externalRequests: [],
    fontFiles: [],
    missingFiles: [],
  };

  await context.route(
    (url) => !isLocal(url.href),
    async (route) => {
      record.externalRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    // Chromium logs each request we abort; externalRequests already names the culprit.
    if (record.externalRequests.includes(url) && message.text().includes('ERR_BLOCKED_BY_CLIENT')) {
      return;
    }
    record.consoleErrors.push(
      url === '' ? message.text() : `${message.text()} at ${url}:${lineNumber}`,
    );
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    record.pageErrors.push(`${error.name}: ${error.message}`);
  });
  context.on('response', (response) => {
    const type = response.request().resourceType();
    if (
      (type === 'script' || type === 'stylesheet') &&
      (response.status() >= 400 ||
        (response.headers()['content-type'] ?? '').startsWith('text/html'))
    ) {
      record.missingFiles.push(response.url());
    }
    if (type === 'font') {
      record.fontFiles.push({ url: response.url(), status: response.status() });
    }
  });
  context.on('requestfailed', (request) => {
    if (request.resourceType() === 'font') record.fontFiles.push({ url: request.url(), status: 0 });
  });

  const page = await context.newPage();
  return { page, context, record, close: () => context.close() };
}
