/**
 * The handout ("notes pages"): Chromium sets the notes in the deck's typography on A4, then
 * pdf-lib stamps each slide page of the slides PDF into its frame, so the slides stay vector.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import type { DeckNotes, Locale } from '../../src/model/authored.ts';
import type { ResolvedDeck } from '../../src/model/resolved.ts';
import { handoutHtml, handoutPage, type InterFiles } from './handout-html.ts';
import type { RoomOutcome } from '../../src/room/outcome.ts';

const pointsPerMm = 72 / 25.4;

/** The URLs of the Inter files in the built site, found by their fontsource names. */
export function interFiles(distDir: string, baseUrl: string): InterFiles {
  const assets = readdirSync(join(distDir, 'assets'));
  const find = (weight: number): string => {
    const file = assets.find(
      (name) => name.startsWith(`inter-latin-${weight}-normal-`) && name.endsWith('.woff2'),
    );
    if (file === undefined)
      throw new Error(`dist/assets has no Inter ${weight} woff2 file; rebuild the site.`);
    return `${baseUrl}assets/${file}`;
  };
  return { regular: find(400), semibold: find(600), bold: find(700) };
}

/**
 * Prints the handout. `slidesPdf` must have one page per slide (not per step), in deck order.
 */
export async function printHandout(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  content: {
    readonly deck: ResolvedDeck;
    readonly notes: DeckNotes;
    readonly locale: Locale;
    readonly slidesPdf: Uint8Array;
    /** The room's outcome (`--result`): its answers under the closing question's notes. */
    readonly outcome?: RoomOutcome | undefined;
  },
): Promise<PDFDocument> {
  const { deck, notes, locale, slidesPdf } = content;
  // The deck's own script must not run on the page the notes replace: still starting when
  // setContent wrote the notes, it now and then left them in a fallback serif in the PDF.
  const context = await browser.newContext({ javaScriptEnabled: false });
  let textPages: Uint8Array;
  try {
    const page = await context.newPage();
    // Load from the deck's origin, so the fonts come from the site itself.
    await page.goto(baseUrl);
    await page.setContent(
      handoutHtml(deck, notes, locale, interFiles(distDir, baseUrl), content.outcome),
    );
    await page.evaluate(async () => {
      await Promise.all(
        ['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 12pt Inter`)),
      );
      await document.fonts.ready;
    });
    // The room's texts under the closing question's notes: a size down, then another, while
    // they overflow the page; past that the last ones give way to a line that counts them (the
    // reader and the saved file have every one). Measured here, in the type as set.
    // No named helpers inside: tsx wraps them in a function the page does not have.
    await page.evaluate(() => {
      for (const sheet of document.querySelectorAll<HTMLElement>('.page')) {
        const list = sheet.querySelector<HTMLElement>('.room .texts');
        if (list === null) continue;
        for (const size of ['8.5pt', '7.5pt']) {
          if (sheet.scrollHeight <= sheet.clientHeight) break;
          list.style.fontSize = size;
        }
        let dropped = 0;
        while (sheet.scrollHeight > sheet.clientHeight && list.lastElementChild !== null) {
          list.lastElementChild.remove();
          dropped += 1;
          const more = sheet.querySelector('.room .more') ?? document.createElement('p');
          more.className = 'more';
          // The words were chosen for one and for more (handout-html.ts); the number goes in here.
          const template = dropped === 1 ? list.dataset.moreOne : list.dataset.moreOther;
          more.textContent = (template ?? '{n}').replace('{n}', String(dropped));
          list.after(more);
        }
      }
    });
    textPages = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await context.close();
  }
  const handout = await PDFDocument.load(textPages);
  if (handout.getPageCount() !== deck.slides.length) {
    throw new Error(
      `The handout has ${handout.getPageCount()} pages for ${deck.slides.length} slides: notes ran over a page.`,
    );
  }
  const slides = await handout.embedPdf(
    slidesPdf,
    deck.slides.map((entry) => entry.index),
  );
  const { heightMm, marginMm, slideWidthMm, slideHeightMm } = handoutPage;
  // The frame's border is 0.3 mm wide; the slide covers the frame's inside.
  const inset = 0.3;
  handout.getPages().forEach((page, i) => {
    const slide = slides[i];
    if (slide === undefined) return;
    page.drawPage(slide, {
      x: (marginMm + inset) * pointsPerMm,
      y: (heightMm - marginMm - slideHeightMm + inset) * pointsPerMm,
      width: (slideWidthMm - 2 * inset) * pointsPerMm,
      height: (slideHeightMm - 2 * inset) * pointsPerMm,
    });
  });
  return handout;
}
