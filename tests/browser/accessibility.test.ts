import { describe, expect, inject, it } from 'vitest';
import { waitForDeck } from './support/deck.ts';
import { useBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/**
 * axe-core runs in the acceptance pass over the real content (deck.test.ts), at every slide's
 * final step in both languages; here, what axe cannot see.
 */
describe('accessibility', () => {
  it('gives every slide a heading, and announces the current one', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/achter-de-bar`);
      await waitForDeck(page);
      const withoutHeading = await page.evaluate(() =>
        [...document.querySelectorAll('.reveal .slides > section')]
          .filter((section) => section.querySelector('h1, h2') === null)
          .map((section) => section.id),
      );
      expect(withoutHeading).toEqual([]);
      // reveal.js's live region reads the slide out when it changes.
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.locator('.reveal .aria-status').textContent())
        .toContain('Restauranteigenaren geven meer uit aan toiletpapier');
    } finally {
      await context.close();
    }
  });

  it('moves nothing for people who ask for reduced motion', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/het-plan-staat`);
      await waitForDeck(page);
      const motion = await page.evaluate(() => {
        const durations = [
          ...document.querySelectorAll('.reveal .slides > section, .reveal .fragment'),
        ].map((element) => getComputedStyle(element).transitionDuration);
        return {
          transition: window.Reveal?.getConfig().transition,
          moving: durations.filter((duration) => duration.split(',').some((d) => parseFloat(d) > 0))
            .length,
        };
      });
      expect(motion).toEqual({ transition: 'none', moving: 0 });
    } finally {
      await context.close();
    }
  });
});
