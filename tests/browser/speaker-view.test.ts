import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { previewSlideId, waitForDeck } from './support/deck.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the speaker view', () => {
  it('leaves the projected slide at its step when opened mid-slide', async () => {
    const { page, context, record, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}#/systemen-maken-ruimte/2`);
      await waitForDeck(page);
      const projected = (): Promise<[string, number | undefined]> =>
        page.evaluate(() => {
          const reveal = window.Reveal;
          if (reveal === undefined) throw new Error('no Reveal');
          return [reveal.getCurrentSlide().id, reveal.getIndices().f];
        });
      const popup = context.waitForEvent('page');
      await page.keyboard.press('s');
      const speaker = await popup;
      await expect
        .poll(() => previewSlideId(speaker, '#current-slide'), { timeout: 15_000 })
        .toBe('systemen-maken-ruimte');
      // reveal's speaker view passes the preview's moves on after 500 ms: wait them out.
      await page.waitForTimeout(1500);
      expect(await projected()).toEqual(['systemen-maken-ruimte', 2]);
      // And the speaker view still drives the deck.
      await speaker.keyboard.press('ArrowRight');
      await expect.poll(projected, { timeout: 5000 }).toEqual(['twee-bewegingen', -1]);
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the screen awake while presenting, again after the tab was hidden', async () => {
    const { page, context, close } = await openPage(browser());
    try {
      // A stand-in for the Screen Wake Lock API that counts the requests.
      await context.addInitScript(() => {
        const requests: string[] = [];
        Object.defineProperty(navigator, 'wakeLock', {
          value: {
            request: (type: string) => {
              requests.push(type);
              return Promise.resolve({ released: false, release: () => Promise.resolve() });
            },
          },
        });
        Object.assign(window, { __wakeLocks: requests });
      });
      await page.goto(baseUrl);
      await waitForDeck(page);
      const requests = (): Promise<string[]> =>
        page.evaluate(() => (window as unknown as { __wakeLocks: string[] }).__wakeLocks);
      expect(await requests()).toEqual(['screen']);
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      expect(await requests()).toEqual(['screen', 'screen']);
    } finally {
      await close();
    }
  });

  it('says so, with a way that works, when the browser blocks its pop-up', async () => {
    const { page, context, record, close } = await openPage(browser());
    try {
      // A pop-up blocker: the first window.open gives nothing, as a blocking browser does.
      await context.addInitScript(() => {
        const native = window.open.bind(window);
        let blocked = true;
        window.open = (...args: Parameters<typeof window.open>) => {
          if (blocked) {
            blocked = false;
            return null;
          }
          return native(...args);
        };
      });
      await page.goto(`${baseUrl}#/achter-de-bar`);
      await waitForDeck(page);
      await page.keyboard.press('s');
      const notice = page.locator('#speaker-view-blocked[role="alert"]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('de browser houdt pop-ups tegen');
      expect(record.pageErrors).toEqual([]);
      // The notice's button is a click, which blockers let through: the speaker view opens.
      const popup = context.waitForEvent('page');
      await notice.getByRole('button', { name: 'Sprekersweergave openen' }).click();
      const speaker = await popup;
      await expect
        .poll(() => previewSlideId(speaker, '#current-slide'), { timeout: 15_000 })
        .toBe('achter-de-bar');
      expect(await notice.count()).toBe(0);
    } finally {
      await close();
    }
  });
});
