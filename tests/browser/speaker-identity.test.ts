/**
 * The speaker view drives one deck window, never every tab of the deck: a stale tab from a
 * rehearsal stays where it is, and when the driven window closes the view says so and lets the
 * presenter pick another.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { previewSlideId, projected, waitForDeck } from './support/deck.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const within = { timeout: 15_000 };

async function openDeck(context: BrowserContext, hash: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}${hash}`);
  await waitForDeck(page);
  return page;
}

describe('the speaker view and the deck windows', () => {
  it('drives only the window that opened it, and says so when that window closes', async () => {
    const { context, record, close } = await openPage(browser());
    try {
      const stale = await openDeck(context, '#/de-verzekeraar');
      const presenting = await openDeck(context, '#/achter-de-bar');
      const popup = context.waitForEvent('page');
      await presenting.keyboard.press('s');
      const speaker = await popup;
      expect(new URL(speaker.url()).searchParams.get('deck')).toMatch(/^[a-z0-9]{10}$/);
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe('achter-de-bar/0');

      await speaker.keyboard.press('ArrowRight');
      await expect.poll(() => projected(presenting), within).not.toBe('achter-de-bar/0');
      const moved = await projected(presenting);
      // The view follows its own window, and the stale tab has not moved with it.
      await expect.poll(() => previewSlideId(speaker, '.speaker-current'), within).toBe(moved);
      expect(await projected(stale)).toBe('de-verzekeraar/0');

      // Its window closes: the view says so, and offers the window that is still open.
      await presenting.close();
      const status = speaker.locator('.speaker-status');
      await expect.poll(() => status.textContent(), within).toContain('is gesloten');
      const choice = speaker.locator('.speaker-choices button');
      await expect
        .poll(() => choice.allTextContents(), within)
        .toEqual(['Neem het venster over op dia 4']);
      // Nothing moved on its own meanwhile.
      expect(await projected(stale)).toBe('de-verzekeraar/0');

      await choice.click();
      await expect
        .poll(() => previewSlideId(speaker, '.speaker-current'), within)
        .toBe('de-verzekeraar/0');
      await speaker.keyboard.press('ArrowRight');
      await expect.poll(() => projected(stale), within).not.toBe('de-verzekeraar/0');
      expect(await status.textContent()).toBe('');
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('gives a duplicated tab an identity of its own', async () => {
    const { context, close } = await openPage(browser());
    try {
      const original = await openDeck(context, '#/de-verzekeraar');
      const id = (): Promise<string | null> =>
        original.evaluate(() =>
          window.sessionStorage.getItem(`deck-window:${window.location.pathname}`),
        );
      const first = await id();
      expect(first).toMatch(/^[a-z0-9]{10}$/);
      // A duplicated tab starts with a copy of the original's session storage.
      const copy = await context.newPage();
      await copy.addInitScript((value: string | null) => {
        if (value !== null) {
          window.sessionStorage.setItem(`deck-window:${window.location.pathname}`, value);
        }
      }, first);
      await copy.goto(`${baseUrl}#/achter-de-bar`);
      await waitForDeck(copy);
      await expect
        .poll(
          () =>
            copy.evaluate(() =>
              window.sessionStorage.getItem(`deck-window:${window.location.pathname}`),
            ),
          within,
        )
        .not.toBe(first);
      expect(await id()).toBe(first);
    } finally {
      await close();
    }
  });
});
