import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { currentSlideId, slideIds, waitForDeck } from './support/deck.ts';

/**
 * Cuts (slides/cuts.ts, src/model/cut.ts), on the fixture deck: its `full` cut has all 8
 * slides (22 minutes), its `short` cut skips the board and gives the discussion 3 minutes
 * instead of 5 (17 minutes).
 */
const baseUrl = inject('fixtureUrl');
const browser = useBrowser();
const within = { timeout: 15_000 };

async function openSpeakerView(page: Page): Promise<Page> {
  const popup = page.context().waitForEvent('page');
  await page.keyboard.press('s');
  const speaker = await popup;
  await speaker.waitForLoadState();
  return speaker;
}

describe('a cut chosen in the address', () => {
  it('shows one slide fewer with ?cut=short, and the speaker view counts and plans with it', async () => {
    const { page, context, record, close } = await openPage(browser(), {
      timezoneId: 'Europe/Amsterdam',
    });
    try {
      await context.clock.install({ time: new Date('2026-11-30T09:00:00+01:00') });
      await page.goto(baseUrl);
      await waitForDeck(page);
      const full = await slideIds(page);
      expect(full).toContain('het-bord');

      await page.goto(`${baseUrl}?cut=short`);
      await waitForDeck(page);
      const short = await slideIds(page);
      expect(short).toEqual(full.filter((id) => id !== 'het-bord'));
      // The discussion timer runs for the cut's shorter exercise.
      expect(await page.locator('#de-vraag .timer-display').textContent()).toBe('3:00');

      const speaker = await openSpeakerView(page);
      expect(new URL(speaker.url()).searchParams.get('cut')).toBe('short');
      await expect
        .poll(() => speaker.locator('.speaker-current h2').textContent(), within)
        .toMatch(new RegExp(`^Nu · Dia 1 van ${short.length} · `));
      // The planned end: 09:00 and the short cut's 17 minutes, not the full talk's 22.
      const plannedEnd = speaker.locator('.speaker-figure').nth(3).locator('.speaker-figure-value');
      await expect.poll(() => plannedEnd.textContent(), within).toBe('09:17');
      // On the discussion, the view says the phases of the cut's exercise.
      await page.evaluate((index) => window.Reveal?.slide(index), short.indexOf('de-vraag'));
      await expect
        .poll(() => speaker.locator('.speaker-current h2').textContent(), within)
        .toMatch(/ · oefening: 1 min alleen, 2 min plenair$/);
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lands a deep link to a slide the cut skips on the next slide in it, and says so quietly', async () => {
    const { page, close } = await openPage(browser());
    const notes: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'info') notes.push(message.text());
    });
    try {
      await page.goto(`${baseUrl}?cut=short#/het-bord`);
      await waitForDeck(page);
      expect(await currentSlideId(page)).toBe('de-vraag');
      expect(new URL(page.url()).hash).toBe('#/de-vraag');
      expect(notes).toContain(
        'The slide "het-bord" is not in the short cut; showing the next slide in it, "de-vraag".',
      );
    } finally {
      await close();
    }
  });

  it('shows the full talk for a cut the deck does not have, and says which cuts there are', async () => {
    const { page, close } = await openPage(browser());
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    try {
      await page.goto(`${baseUrl}?cut=kort`);
      await waitForDeck(page);
      expect(await slideIds(page)).toContain('het-bord');
      expect(warnings).toContain(
        'Unknown cut "kort" in the address (?cut=kort); showing the full cut. Use cut=full or cut=short.',
      );
    } finally {
      await close();
    }
  });
});
