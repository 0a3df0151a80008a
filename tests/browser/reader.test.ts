import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { waitForDiagrams } from './support/diagrams.ts';
import { loadFixtureDeck } from './support/sites.ts';

/**
 * The reader view's mechanics, on the fixture deck (tests/fixtures/deck/); the real content on a
 * phone is read in acceptance.test.ts.
 */
const baseUrl = inject('fixtureUrl');
const browser = useBrowser();
const { deck } = await loadFixtureDeck();

/** What the reader shows, read from the page. */
function readReader() {
  return (): {
    reader: boolean;
    slides: string[];
    notesShown: number;
    notesWithMarkup: string[];
    hiddenSteps: number;
    overflowX: number;
  } => {
    const sections = [...document.querySelectorAll<HTMLElement>('.reader-slides > section')];
    return {
      reader: document.querySelector('.reveal.reader') !== null,
      slides: sections.map((section) => section.id),
      notesShown: sections.filter((section) => {
        const notes = section.querySelector('aside.notes');
        return notes !== null && notes.getBoundingClientRect().height > 40;
      }).length,
      // Cues and prompts ([klik], [eigen voorbeeld: …]) are for the presenter, not the reader.
      notesWithMarkup: sections
        .filter((section) =>
          /\[[^\]]*\]/u.test(section.querySelector('aside.notes')?.textContent ?? ''),
        )
        .map((section) => section.id),
      hiddenSteps: [...document.querySelectorAll('.fragment')].filter(
        (fragment) => getComputedStyle(fragment).opacity !== '1',
      ).length,
      overflowX: document.documentElement.scrollWidth - window.innerWidth,
    };
  };
}

describe('the reader view', () => {
  it('is what a phone gets: every slide whole, with its notes, and no sideways scrolling', async () => {
    const context = await browser().newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl);
      await waitForDiagrams(page);
      const state = await page.evaluate(readReader());
      expect(state).toEqual({
        reader: true,
        slides: deck.slides.map((entry) => entry.slide.id),
        notesShown: deck.slides.length,
        notesWithMarkup: [],
        hiddenSteps: 0,
        overflowX: 0,
      });
    } finally {
      await context.close();
    }
  });

  it('opens a deep link at its slide, and the address follows the reading', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/een-citaat`);
      await waitForDiagrams(page);
      const top = await page.evaluate(
        () => document.getElementById('een-citaat')?.getBoundingClientRect().top,
      );
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(60);
      await page.evaluate(() => {
        document.getElementById('het-schema')?.scrollIntoView();
      });
      await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/het-schema');
    } finally {
      await context.close();
    }
  });

  it('shows the board with the markers of a shared link', async () => {
    const context = await browser().newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}?matrix-het-bord=20x30,70x80#/het-bord`);
      const board = page.locator('#het-bord .matrix');
      await board.locator('.matrix-marker').first().waitFor();
      expect(await board.evaluate((element) => getComputedStyle(element).visibility)).toBe(
        'visible',
      );
      expect(await board.locator('.matrix-marker').count()).toBe(2);
      const box = await board.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
    } finally {
      await context.close();
    }
  });

  it('is there on a large screen too, with ?view=scroll', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}?view=scroll`);
      await waitForDiagrams(page);
      const state = await page.evaluate(readReader());
      expect(state.reader).toBe(true);
      expect(state.overflowX).toBe(0);
    } finally {
      await context.close();
    }
  });
});
