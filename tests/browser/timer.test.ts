import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { currentSlideId, waitForDeck } from './support/deck.ts';

/** The timer's mechanics, on the fixture deck (tests/fixtures/deck/). */
const baseUrl = inject('fixtureUrl');
const browser = useBrowser();

describe('the discussion timer', () => {
  it('counts down from five minutes and keeps running while the presenter moves on', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.clock.install({ time: new Date('2026-11-29T10:00:00Z') });
      await page.goto(`${baseUrl}#/de-vraag`);
      await waitForDeck(page);
      const timer = page.locator('#de-vraag .discussion-timer');
      const display = timer.locator('.timer-display');
      expect(await display.textContent()).toBe('5:00');
      await timer.getByRole('button', { name: 'Start' }).click();
      await page.clock.fastForward('01:30');
      await expect.poll(() => display.textContent()).toBe('3:30');
      // Away to the next slides and back: the time went on.
      await page.evaluate(() => window.Reveal?.next());
      await page.evaluate(() => window.Reveal?.next());
      await page.clock.fastForward('01:00');
      await page.evaluate(() => {
        window.Reveal?.slide(
          window.Reveal.getIndices(document.getElementById('de-vraag') ?? undefined).h,
        );
      });
      await expect.poll(() => display.textContent()).toBe('2:30');
      // T pauses from the keyboard; the time holds.
      await page.keyboard.press('t');
      await page.clock.fastForward('02:00');
      expect(await display.textContent()).toBe('2:30');
      await timer.getByRole('button', { name: '+1 minuut' }).click();
      expect(await display.textContent()).toBe('3:30');
      await timer.getByRole('button', { name: '−1 minuut' }).click();
      await timer.getByRole('button', { name: 'Opnieuw' }).click();
      expect(await display.textContent()).toBe('5:00');
    } finally {
      await close();
    }
  });

  it('ends with a calm change of colour, and its buttons keep Space from the slides', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.clock.install({ time: new Date('2026-11-29T10:00:00Z') });
      await page.goto(`${baseUrl}#/de-vraag/0`);
      await waitForDeck(page);
      const timer = page.locator('#de-vraag .discussion-timer');
      const colour = (): Promise<string> =>
        timer.locator('.timer-display').evaluate((element) => getComputedStyle(element).color);
      const before = await colour();
      await timer.getByRole('button', { name: 'Start' }).focus();
      await page.keyboard.press('Space');
      expect(await currentSlideId(page)).toBe('de-vraag');
      await page.clock.fastForward('05:01');
      await expect.poll(() => timer.locator('.timer-display').textContent()).toBe('0:00');
      expect(await timer.getAttribute('class')).toContain('is-finished');
      expect(await colour()).not.toBe(before);
    } finally {
      await close();
    }
  });
});
