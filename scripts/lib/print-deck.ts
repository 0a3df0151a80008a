/**
 * Prints the deck through reveal.js's print view in headless Chromium, waiting for what the
 * pages really need (fonts, diagrams, reveal's `pdf-ready`), never for a fixed time.
 */
import type { Browser, Page } from 'playwright-core';
import { sourceLocale, type Locale } from '../../src/model/authored.ts';
import { outcomeParam } from '../../src/address/outcome-param.ts';
import { encodeOutcome } from '../../src/room/outcome-link.ts';
import type { RoomOutcome } from '../../src/room/outcome.ts';

export interface PrintOptions {
  /** One page per step instead of one per slide. */
  readonly steps: boolean;
  /** The deck's language (default Dutch). */
  readonly locale?: Locale;
  /** The cut to print (`?cut=`); default the build's. */
  readonly cut?: string | undefined;
  /** The room's outcome, printed on the board and the closing question (`?outcome=`). */
  readonly outcome?: RoomOutcome | undefined;
  /** How long the print view may take to be ready. */
  readonly timeoutMs: number;
  /** Progress lines for the terminal. */
  readonly log?: (line: string) => void;
}

/** What the print view still lacks, as read from the page. */
interface Readiness {
  readonly deck: boolean;
  readonly pages: boolean;
  readonly fonts: boolean;
  readonly pendingDiagrams: string[];
  readonly failedDiagrams: string[];
}

function readReadiness(page: Page): Promise<Readiness> {
  // No named helpers inside: tsx wraps them in a function the page does not have.
  return page.evaluate((): Readiness => {
    const figures = [...document.querySelectorAll<HTMLElement>('figure.diagram')].map((figure) => ({
      state: figure.dataset.rendered,
      name: `${figure.dataset.diagram ?? '?'} on slide ${figure.closest('section')?.id ?? '?'}`,
    }));
    return {
      deck: window.Reveal?.isReady() === true,
      pages: document.documentElement.dataset.printReady === 'true',
      fonts: document.fonts.status === 'loaded',
      pendingDiagrams: figures.filter((f) => f.state === undefined).map((f) => f.name),
      failedDiagrams: figures.filter((f) => f.state === 'failed').map((f) => f.name),
    };
  });
}

function missing(readiness: Readiness): string[] {
  return [
    ...(readiness.deck ? [] : ['reveal.js did not start']),
    ...(readiness.pages ? [] : ['reveal.js did not finish laying out the pages (pdf-ready)']),
    ...(readiness.fonts ? [] : ['the Inter font files did not finish loading']),
    ...readiness.pendingDiagrams.map((diagram) => `diagram ${diagram} was not drawn`),
  ];
}

/** Waits until the print view is complete; throws naming what is missing, within `timeoutMs`. */
async function waitUntilReady(page: Page, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let readiness = await readReadiness(page);
  while (missing(readiness).length > 0 && Date.now() < deadline) {
    if (readiness.failedDiagrams.length > 0) break;
    await page.waitForTimeout(100);
    readiness = await readReadiness(page);
  }
  if (readiness.failedDiagrams.length > 0) {
    throw new Error(
      `Diagrams could not be drawn, so the PDF would show their text instead: ${readiness.failedDiagrams.join('; ')}. See the browser console for Mermaid's message.`,
    );
  }
  const problems = missing(readiness);
  if (problems.length > 0) {
    throw new Error(
      `The print view was not ready after ${timeoutMs / 1000} s: ${problems.join('; ')}.`,
    );
  }
}

/** Loads the print view of the deck served at `baseUrl` and returns the PDF Chromium makes. */
export async function printDeck(
  browser: Browser,
  baseUrl: string,
  options: PrintOptions,
): Promise<Uint8Array> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const query = new URLSearchParams({ 'print-pdf': '', lang: options.locale ?? sourceLocale });
    if (options.steps) query.set('steps', '');
    if (options.cut !== undefined) query.set('cut', options.cut);
    if (options.outcome !== undefined) query.set(outcomeParam, encodeOutcome(options.outcome));
    await page.goto(`${baseUrl}?${query.toString().replace(/=(?=&|$)/g, '')}`);
    options.log?.('Waiting for the fonts, the diagrams and the page layout…');
    try {
      await waitUntilReady(page, options.timeoutMs);
    } catch (error) {
      if (errors.length > 0 && error instanceof Error) {
        error.message += `\nErrors in the page: ${errors.join('; ')}`;
      }
      throw error;
    }
    options.log?.('Printing…');
    // Page size and margins come from reveal's @page rule (1280x720 px, no margin).
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await context.close();
  }
}
