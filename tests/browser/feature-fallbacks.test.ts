/**
 * Every browser feature the deck leans on is tested before use: without it the deck still
 * presents, and says plainly what does not work.
 */
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { waitForDeck } from './support/deck.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('a browser without BroadcastChannel', () => {
  it('presents as usual: menu, language, print, and a clear notice for the speaker view', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      await page.addInitScript(() => {
        Reflect.deleteProperty(window, 'BroadcastChannel');
      });
      await page.goto(`${baseUrl}#/achter-de-bar`);
      await waitForDeck(page);
      expect(record.pageErrors).toEqual([]);

      await page.keyboard.press('m');
      expect(await page.locator('#deck-menu').isVisible()).toBe(true);
      await page.keyboard.press('Escape');

      await page.keyboard.press('s');
      const notice = page.locator('#speaker-view-unsupported[role="alert"]');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('geen BroadcastChannel');

      // L and P are the deck's, never reveal's "right" and "previous".
      await page.keyboard.press('l');
      await page.waitForURL(/lang=en/);
      await waitForDeck(page);
      expect(await page.evaluate(() => window.Reveal?.getCurrentSlide().id)).toBe('achter-de-bar');
      await page.keyboard.press('p');
      await page.waitForURL(/print-pdf/);
      await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has a speaker view that says why it cannot follow', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      await page.addInitScript(() => {
        Reflect.deleteProperty(window, 'BroadcastChannel');
      });
      await page.goto(`${baseUrl}?view=speaker`);
      const status = page.locator('[role="alert"]');
      await status.waitFor();
      expect(await status.textContent()).toContain('geen BroadcastChannel');
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the notice for a blocked pop-up', () => {
  it('is readable: its link and buttons pass WCAG AA contrast', async () => {
    const { page, context, close } = await openPage(browser(), { bypassCSP: true });
    try {
      await context.addInitScript(() => {
        window.open = () => null;
      });
      await page.goto(`${baseUrl}#/achter-de-bar`);
      await waitForDeck(page);
      await page.keyboard.press('s');
      await page.locator('#speaker-view-blocked').waitFor();
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as {
          axe: {
            run: (
              context: unknown,
              options: unknown,
            ) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
        };
        const result = await axe.run(
          { include: [['#speaker-view-blocked']] },
          { runOnly: { type: 'rule', values: ['color-contrast', 'link-name'] } },
        );
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      expect(violations).toEqual([]);
    } finally {
      await close();
    }
  });
});
