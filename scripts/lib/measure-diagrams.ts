/**
 * How soon each diagram is on screen once its slide is shown, in one language: a fresh page at
 * laptop size, reveal.js moved to every diagram slide in turn (found in the page, so the count
 * is the deck's), timed from the move to the drawing's first frame on screen. Also whether
 * anything of Mermaid was requested meanwhile. Reads only the page and dist/, so an older
 * build is measured the same way (bench --against).
 */
import type { Browser } from 'playwright-core';
import type { Locale } from '../../src/model/authored.ts';
import { readFileGroups } from './build-manifest.ts';
import { firstSlideMark } from '../../src/deck/first-slide-mark.ts';

export interface DiagramTimings {
  /** Per diagram slide, in deck order: ms from the move to the drawing on screen (NaN: never). */
  readonly slides: readonly { readonly slideId: string; readonly visibleMs: number }[];
  /** Files of Mermaid (by the build's manifest) requested during the whole visit. */
  readonly mermaidRequests: readonly string[];
}

/** Gives up on a drawing after this long. */
const giveUpMs = 20_000;

export async function measureDiagrams(
  browser: Browser,
  url: string,
  distDir: string,
  locale: Locale,
): Promise<DiagramTimings> {
  const mermaidFiles = readFileGroups(distDir).mermaid;
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const requested: string[] = [];
  context.on('request', (request) => {
    const file = decodeURIComponent(new URL(request.url()).pathname).slice(
      new URL(url).pathname.length,
    );
    if (mermaidFiles.has(file)) requested.push(file);
  });
  try {
    const page = await context.newPage();
    await page.goto(`${url}?lang=${locale}&view=slides`);
    // Every part of the slide show in (data-deck-ready, src/deck/presenting-parts.ts); an older
    // build, without the first slide's mark, is in once reveal.js is ready.
    await page.waitForFunction(
      (mark) =>
        window.Reveal?.isReady() === true &&
        (document.documentElement.hasAttribute('data-deck-ready') ||
          performance.getEntriesByName(mark, 'mark').length === 0),
      firstSlideMark,
    );
    const ids = await page.evaluate(() =>
      (window.Reveal?.getSlides() ?? [])
        .filter((slide) => slide.querySelector('figure.diagram') !== null)
        .map((slide) => slide.id),
    );
    const slides: { slideId: string; visibleMs: number }[] = [];
    for (const slideId of ids) {
      const visibleMs = await page.evaluate(
        async ({ id, limit }) => {
          const reveal = window.Reveal;
          const section = document.getElementById(id);
          if (reveal === undefined || section === null) return Number.NaN;
          const started = performance.now();
          reveal.slide(reveal.getIndices(section).h, 0);
          for (;;) {
            const figure = section.querySelector<HTMLElement>('figure.diagram');
            const box = figure?.querySelector('.diagram-canvas > svg')?.getBoundingClientRect();
            if (figure?.dataset.rendered === 'true' && box !== undefined && box.width > 0) {
              // On screen at the next frame.
              await new Promise((resolve) => requestAnimationFrame(resolve));
              return performance.now() - started;
            }
            if (performance.now() - started > limit) return Number.NaN;
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
        },
        { id: slideId, limit: giveUpMs },
      );
      slides.push({ slideId, visibleMs });
    }
    return { slides, mermaidRequests: [...new Set(requested)] };
  } finally {
    await context.close();
  }
}
