import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { currentSlideId, waitForDeck } from './support/deck.ts';

/** The board's mechanics, on the fixture deck's board (tests/fixtures/deck/). */
const baseUrl = inject('fixtureUrl');
const browser = useBrowser();
const param = 'matrix-het-bord';
const board = '#het-bord .matrix';

async function openBoard(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl}${query}#/het-bord`);
  await waitForDeck(page);
  await page.locator(`${board}[data-matrix-ready]`).waitFor();
}

/** A point on the board, in percent from its left and bottom edges, in page pixels. */
async function pointOnBoard(page: Page, x: number, y: number): Promise<{ x: number; y: number }> {
  const box = await page.locator(`${board} .matrix-plane`).boundingBox();
  if (box === null) throw new Error('the board is not on screen');
  return { x: box.x + (box.width * x) / 100, y: box.y + box.height - (box.height * y) / 100 };
}

/** The markers as the page shows them: number, position (from their style) and spoken name. */
function markers(page: Page): Promise<{ n: string; at: string; name: string }[]> {
  return page.locator(`${board} .matrix-marker`).evaluateAll((elements) =>
    elements.map((element) => ({
      n: element.textContent,
      at: `${(element as HTMLElement).style.left} ${(element as HTMLElement).style.bottom}`,
      name: element.getAttribute('aria-label') ?? '',
    })),
  );
}

const stateInAddress = (page: Page): string | null => new URL(page.url()).searchParams.get(param);

describe('the "Waar staan wij?" board', () => {
  it('takes numbered markers by mouse, keeps them across slides and a reload', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      await openBoard(page);
      const first = await pointOnBoard(page, 80, 85);
      await page.mouse.click(first.x, first.y);
      const second = await pointOnBoard(page, 20, 25);
      await page.mouse.click(second.x, second.y);
      expect(await markers(page)).toEqual([
        { n: '1', at: '80% 85%', name: 'Marker 1: Samen groeien' },
        { n: '2', at: '20% 25%', name: 'Marker 2: Stilstand' },
      ]);
      expect(await page.locator('#het-bord .matrix-count').textContent()).toBe('2 van 12 markers');
      expect(stateInAddress(page)).toBe('80x85,20x25');
      expect(await currentSlideId(page)).toBe('het-bord');

      // Drag marker 2 into the other corner.
      const target = await pointOnBoard(page, 85, 20);
      await page.mouse.move(second.x, second.y);
      await page.mouse.down();
      await page.mouse.move(target.x, target.y, { steps: 5 });
      await page.mouse.up();
      expect((await markers(page))[1]).toEqual({
        n: '2',
        at: '85% 20%',
        name: 'Marker 2: Alleen buiten',
      });

      // Away and back, then a reload of the bare address: storage brings them back.
      await page.evaluate(() => window.Reveal?.next());
      await page.evaluate(() => window.Reveal?.prev());
      expect(await markers(page)).toHaveLength(2);
      await openBoard(page);
      expect((await markers(page)).map((marker) => marker.at)).toEqual(['80% 85%', '85% 20%']);

      await page.getByRole('button', { name: 'Wis markers' }).click();
      expect(await markers(page)).toEqual([]);
      expect(stateInAddress(page)).toBeNull();
      expect(record.consoleErrors).toEqual([]);
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('takes a tap and a drag by touch without turning the slide', async () => {
    const { page, close } = await openPage(browser(), { hasTouch: true, isMobile: false });
    try {
      await openBoard(page, '?view=slides');
      const at = await pointOnBoard(page, 30, 70);
      await page.touchscreen.tap(at.x, at.y);
      expect(await markers(page)).toEqual([
        { n: '1', at: '30% 70%', name: 'Marker 1: Alleen binnen' },
      ]);
      // A horizontal drag on the marker: a swipe anywhere else would turn the slide.
      const to = await pointOnBoard(page, 75, 70);
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
        });
      await touch('touchStart', at.x, at.y);
      for (let i = 1; i <= 6; i++) {
        await touch('touchMove', at.x + ((to.x - at.x) * i) / 6, at.y);
      }
      await touch('touchEnd', to.x, to.y);
      expect((await markers(page))[0]?.at).toBe('75% 70%');
      expect(await currentSlideId(page)).toBe('het-bord');
    } finally {
      await close();
    }
  });

  it('works by keyboard alone and leaves the deck its keys when it has no focus', async () => {
    const { page, close } = await openPage(browser());
    try {
      await openBoard(page);
      await page.locator(`${board} .matrix-plane`).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowUp');
      expect(await markers(page)).toEqual([
        { n: '1', at: '60% 51%', name: 'Marker 1: Samen groeien' },
      ]);
      expect(await currentSlideId(page)).toBe('het-bord');
      // Enter sets it down: the board has focus again, ready for the next one.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Delete');
      expect(await markers(page)).toEqual([
        { n: '1', at: '60% 51%', name: 'Marker 1: Samen groeien' },
      ]);
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('matrix-plane');
      // A clicker's PageDown still turns the slide with a marker in focus.
      await page.locator(`${board} .matrix-marker`).focus();
      await page.keyboard.press('PageDown');
      expect(await currentSlideId(page)).not.toBe('het-bord');
      // Without focus on the board, the arrow keys are the deck's.
      await openBoard(page);
      await page.locator('body').focus();
      await page.keyboard.press('ArrowRight');
      expect(await currentSlideId(page)).not.toBe('het-bord');
    } finally {
      await close();
    }
  });

  it('holds twelve markers at most', async () => {
    const { page, close } = await openPage(browser());
    try {
      await openBoard(page);
      for (let i = 0; i < 13; i++) {
        const at = await pointOnBoard(page, 5 + i * 7, 50);
        await page.mouse.click(at.x, at.y);
      }
      expect(await markers(page)).toHaveLength(12);
      expect(await page.locator('#het-bord .matrix-count').textContent()).toBe('12 van 12 markers');
    } finally {
      await close();
    }
  });

  it('shows the same picture from a shared link, in the deck and in print', async () => {
    const shared = `?${param}=80x85,20x25,55x40`;
    for (const query of [shared, `${shared}&print-pdf`]) {
      const { page, record, close } = await openPage(browser());
      try {
        await page.goto(`${baseUrl}${query}#/het-bord`);
        await waitForDeck(page);
        if (query.includes('print-pdf')) {
          // reveal lays the pages out after it is ready, with the slides off the page for a
          // frame: read the board once the print view says it is done.
          await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
        }
        await page.locator(`${board}[data-matrix-ready]`).waitFor({ state: 'attached' });
        expect(
          (await markers(page)).map((marker) => marker.at),
          query,
        ).toEqual(['80% 85%', '20% 25%', '55% 40%']);
        expect(record.consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  it('ignores a bad state in the link with a console note, and clamps one off the board', async () => {
    const { page, record, close } = await openPage(browser());
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    try {
      await openBoard(page, `?${param}=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
      expect(await markers(page)).toEqual([]);
      expect(warnings.join('\n')).toMatch(
        /Matrix: ignored the markers in the link .* is not a position: write each as x and y in percent, like 25x70,60x40/,
      );
      expect(await page.locator('img[src="x"]').count()).toBe(0);

      await openBoard(page, `?${param}=150x-20`);
      expect((await markers(page)).map((marker) => marker.at)).toEqual(['100% 0%']);
      expect(warnings.join('\n')).toContain('marker 1 moved from 150x-20 to 100x0');
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
