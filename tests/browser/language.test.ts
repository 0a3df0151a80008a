import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { previewSlideId, waitForDeck } from './support/deck.ts';
import { waitForDiagrams } from './support/diagrams.ts';

/** Switching language is a mechanic: tested on the fixture deck (tests/fixtures/deck/). */
const baseUrl = inject('fixtureUrl');
const browser = useBrowser();
const within = { timeout: 15_000 };

/** Slide id and steps shown, in the language of the page. */
function where(page: Page): Promise<{ at: string; lang: string; heading: string }> {
  return page.evaluate(() => {
    const reveal = window.Reveal;
    if (reveal === undefined) throw new Error('no Reveal');
    const { f } = reveal.getIndices() as { f?: number };
    const slide = reveal.getCurrentSlide();
    return {
      at: `${slide.id}/${(f ?? -1) + 1}`,
      lang: document.documentElement.lang,
      heading: slide.querySelector('h1, h2')?.textContent.trim() ?? '',
    };
  });
}

async function diagramText(page: Page): Promise<string> {
  await waitForDiagrams(page);
  return page.evaluate(
    () =>
      document.querySelector<HTMLElement>('section.present figure.diagram .diagram-canvas')
        ?.innerText ?? '',
  );
}

describe('the English edition', () => {
  it('switches with L at the same slide and step, diagrams included, and keeps the choice', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}#/het-schema/1`);
      await waitForDeck(page);
      expect(await where(page)).toEqual({
        at: 'het-schema/2',
        lang: 'nl',
        heading: 'Buiten en binnen',
      });
      expect(await diagramText(page)).toContain('Klant vraagt meer');
      await Promise.all([page.waitForURL(/lang=en/), page.keyboard.press('l')]);
      await waitForDeck(page);
      expect(await where(page)).toEqual({
        at: 'het-schema/2',
        lang: 'en',
        heading: 'Outside and inside',
      });
      const english = await diagramText(page);
      expect(english).toContain('Client asks more');
      expect(english).not.toContain('Klant vraagt');
      expect(await page.title()).toBe('When partnership calls for two movements');

      // A reload of the plain address keeps English; the menu switches back.
      await page.goto(`${baseUrl}#/een-citaat`);
      await waitForDeck(page);
      expect((await where(page)).lang).toBe('en');
      await page.keyboard.press('m');
      await Promise.all([
        page.waitForURL(/lang=nl/),
        page.getByRole('button', { name: 'Nederlands' }).click(),
      ]);
      await waitForDeck(page);
      expect(await where(page)).toMatchObject({ at: 'een-citaat/0', lang: 'nl' });
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the language chosen before on an unknown one, with a short console note', async () => {
    const { page, record, close } = await openPage(browser());
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    try {
      await page.goto(`${baseUrl}?lang=de#/titel`);
      await waitForDeck(page);
      expect((await where(page)).lang).toBe('nl');
      expect(warnings).toContain(
        'Unknown language "de" in the address (?lang=de); showing the language chosen before, or Dutch. Use lang=nl or lang=en.',
      );
      // A reader who chose English keeps it: a mistyped link does not overwrite the choice.
      await page.goto(`${baseUrl}?lang=en#/titel`);
      await waitForDeck(page);
      await page.goto(`${baseUrl}?lang=xx#/titel`);
      await waitForDeck(page);
      expect((await where(page)).lang).toBe('en');
      await page.goto(`${baseUrl}#/titel`);
      await waitForDeck(page);
      expect((await where(page)).lang).toBe('en');
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('takes the speaker view along when the deck switches', async () => {
    const { page, context, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}#/een-stelling`);
      await waitForDeck(page);
      const popup = context.waitForEvent('page');
      await page.keyboard.press('s');
      const speaker = await popup;
      await expect
        .poll(() => speaker.locator('.speaker-notes h2').textContent(), within)
        .toMatch(/^Notities · /);
      await page.bringToFront();
      await Promise.all([page.waitForURL(/lang=en/), page.keyboard.press('l')]);
      await expect
        .poll(
          () =>
            speaker
              .locator('.speaker-notes h2')
              .textContent()
              .catch(() => ''),
          within,
        )
        .toMatch(/^Notes · /);
      expect(await speaker.evaluate(() => document.documentElement.lang)).toBe('en');
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe('een-stelling/0');
    } finally {
      await close();
    }
  });

  it('reads in English on a phone, notes included', async () => {
    const { page, close } = await openPage(browser(), {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      await page.goto(`${baseUrl}?lang=en#/een-citaat`);
      await waitForDiagrams(page);
      const text = await page.locator('section#een-citaat').innerText();
      expect(text).toContain('Look first, talk afterwards.');
      expect(text).not.toContain('Kijk eerst');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    } finally {
      await close();
    }
  });
});
