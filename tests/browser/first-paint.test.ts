import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './support/browser.ts';
import { waitForDiagrams } from './support/diagrams.ts';
import { settle, waitForDeck } from './support/deck.ts';
import { loadFixtureDeck } from './support/sites.ts';
import { loadBuiltDeck } from '../../scripts/lib/load-deck.ts';
import { revealKeys } from '../../src/deck/key-bindings.ts';
import { outcomeText } from '../../src/room/outcome-text.ts';
import { roomText } from '../../src/room/room-text.ts';
import { fillIn, withWordsFor } from '../../src/render/ui-text.ts';
import { uiText } from '../../src/render/ui-text.ts';

/**
 * The built page paints before its script runs (ARCHITECTURE.md, The page before its script):
 * the build wrote the slides into index.html, the views take that markup over unchanged, and
 * without JavaScript the page is the reader. On the fixture deck (tests/fixtures/deck/), its
 * notes-free twin (DECK_NOTES=false) and, for the first paint, the talk itself.
 */
const baseUrl = inject('baseUrl');
const fixtureUrl = inject('fixtureUrl');
const sharedUrl = inject('sharedUrl');
const browser = useBrowser();
const { deck } = await loadFixtureDeck();
const phone = { width: 412, height: 823 } as const;
/** A phone held upright, as the reader and the join page meet it. */
const onAPhone = { viewport: phone, isMobile: true, hasTouch: true } as const;

/**
 * Serves the page without the build's mark on its slides, so the browser renders them itself,
 * as it does for another language: the DOM the views made before the build rendered anything.
 */
async function renderInTheBrowser(page: Page, url: string): Promise<void> {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/ data-prerendered="[a-z]+"/, '');
    await route.fulfill({ response, body });
  });
}

/**
 * Holds back the deck's content module (src/deck/shipped-content.ts), as a slow connection
 * would: `asked()` waits until the page has asked for it, `release()` lets it through.
 */
async function holdDeckContent(
  page: Page,
): Promise<{ asked: () => Promise<void>; release: () => Promise<void> }> {
  const held: (() => Promise<void>)[] = [];
  await page.route(/shipped-content-[\w-]+\.js$/, (route) => {
    held.push(() => route.continue());
  });
  return {
    asked: () => expect.poll(() => held.length).toBeGreaterThan(0),
    release: async () => {
      await Promise.all(held.map((release) => release()));
    },
  };
}

/** The boards are live (src/widgets/matrix): wait for them, as for the diagrams. */
async function boardsReady(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.matrix')].every((board) =>
      board.hasAttribute('data-matrix-ready'),
    ),
  );
}

/** The page's deck markup, once its view has started and settled. */
async function deckMarkup(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      `${document.documentElement.className}\n${document.getElementById('deck')?.outerHTML ?? ''}`,
  );
}

describe('the built page', () => {
  it('is taken over by the slide show as the same DOM the browser renders itself', async () => {
    const markup: string[] = [];
    for (const rendered of ['by the build', 'in the browser'] as const) {
      const { page, record, close } = await openPage(browser());
      try {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        if (rendered === 'in the browser') await renderInTheBrowser(page, fixtureUrl);
        await page.goto(fixtureUrl);
        await waitForDeck(page);
        await waitForDiagrams(page);
        await boardsReady(page);
        await settle(page);
        markup.push(await deckMarkup(page));
        expect(record.pageErrors, rendered).toEqual([]);
        expect(record.consoleErrors, rendered).toEqual([]);
      } finally {
        await close();
      }
    }
    const [prerendered, clientRendered] = markup;
    expect(prerendered).toContain('data-rendered="true"');
    expect(prerendered).not.toContain('aside class="notes"');
    expect(prerendered).toBe(clientRendered);
  });

  it('is taken over by the reader on a phone as the same DOM the browser renders itself', async () => {
    const markup: string[] = [];
    for (const rendered of ['by the build', 'in the browser'] as const) {
      const { page, close } = await openPage(browser(), onAPhone);
      try {
        if (rendered === 'in the browser') await renderInTheBrowser(page, fixtureUrl);
        await page.goto(fixtureUrl);
        await page.waitForFunction(
          () => !document.documentElement.classList.contains('deck-static'),
        );
        await waitForDiagrams(page);
        await boardsReady(page);
        markup.push(await deckMarkup(page));
      } finally {
        await close();
      }
    }
    expect(markup[0]).toContain('aside class="notes"');
    expect(markup[0]).toBe(markup[1]);
  });

  it('paints the first slide from the HTML where reveal.js then shows it, without a shift', async () => {
    const titleBox = async (page: Page): Promise<number[]> => {
      const box = await page.locator('section:first-child h1').boundingBox();
      return box === null ? [] : [box.x, box.y, box.width, box.height].map(Math.round);
    };
    const { page, close } = await openPage(browser());
    try {
      // Scripts held back: what the first paint shows, before any of them runs.
      await page.route(/\.js$/, (route) => route.abort());
      await page.goto(baseUrl);
      await page.evaluate(() => document.fonts.ready);
      const beforeScript = await titleBox(page);
      await page.unroute(/\.js$/);
      await page.reload();
      await waitForDeck(page);
      await page.evaluate(() => document.fonts.ready);
      expect(beforeScript.length).toBe(4);
      expect(await titleBox(page)).toEqual(beforeScript);
    } finally {
      await close();
    }
  });

  it('moves through its slides before the deck’s own code has come, and gets its keys after', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      // The deck's content held back, as on a slow connection: reveal.js alone starts.
      const deckContent = await holdDeckContent(page);
      await page.goto(baseUrl);
      await page.waitForFunction(() => window.Reveal?.isReady() === true);
      await deckContent.asked();
      const at = (): Promise<string> =>
        page.evaluate(() => window.Reveal?.getCurrentSlide().id ?? '');
      const first = await at();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(at).not.toBe(first);
      // P and L are the deck's letters, not reveal's "previous" and "right", before they work too.
      const moved = await at();
      await page.keyboard.press('p');
      await page.keyboard.press('l');
      expect(await at()).toBe(moved);
      expect(
        await page.evaluate(() => document.documentElement.hasAttribute('data-deck-ready')),
      ).toBe(false);
      await deckContent.release();
      await waitForDeck(page);
      await page.keyboard.press('m');
      await expect.poll(() => page.locator('#deck-menu').isVisible()).toBe(true);
      expect(await at()).toBe(moved);
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reads on a phone before the deck’s own code has come, and gets its board after', async () => {
    const { page, record, close } = await openPage(browser(), onAPhone);
    try {
      const deckContent = await holdDeckContent(page);
      await page.goto(baseUrl);
      // The reader has taken the page over (its own class, the build's mark gone)…
      await page.waitForFunction(
        () =>
          document.documentElement.classList.contains('reader-view') &&
          !document.documentElement.classList.contains('deck-static') &&
          document.querySelector('.reveal.reader > .reader-slides') !== null,
      );
      await deckContent.asked();
      // …while the board waits for the deck.
      expect(await page.locator('.matrix[data-matrix-ready]').count()).toBe(0);
      await deckContent.release();
      await boardsReady(page);
      expect(await page.locator('.matrix[data-matrix-ready]').count()).toBeGreaterThan(0);
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a phone that came to join no talk, not even before its code has come', async () => {
    const { page, record, close } = await openPage(browser(), onAPhone);
    try {
      // The page's module held back: what the phone paints from the HTML alone.
      const held: (() => Promise<void>)[] = [];
      const pageModule = /\/assets\/index-[\w-]+\.js$/;
      await page.route(pageModule, (route) => {
        held.push(() => route.continue());
      });
      await page.goto(`${baseUrl}?join=K7QF2M`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading');
      await expect.poll(() => held.length).toBeGreaterThan(0);
      const painted = await page.evaluate(() => ({
        talkShown: document.getElementById('deck')?.checkVisibility() ?? false,
        words: document.body.innerText.trim().length,
      }));
      expect(painted).toEqual({ talkShown: false, words: 0 });
      await page.screenshot({ path: 'test-results/join-first-paint.png' });
      // Its code comes: the join page, and the inline script's class has done its work.
      await Promise.all(held.map((release) => release()));
      await page.unroute(pageModule);
      await page.locator('.join-page').waitFor();
      expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(
        /\bjoining\b/,
      );
      // The same address without ?join= is the talk, painted from the HTML.
      await page.goto(baseUrl);
      expect(await page.locator('#deck').isVisible()).toBe(true);
      // And a view the address puts before the join page shows the talk once it starts.
      await page.goto(`${baseUrl}?join=K7QF2M&print-pdf`);
      await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
      expect(await page.locator('#deck').isVisible()).toBe(true);
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a view whose code cannot load', () => {
  it('tells a phone that came to join, and loads the page anew when asked', async () => {
    const { page, close } = await openPage(browser(), onAPhone);
    try {
      // The venue's Wi-Fi drops the join page's script.
      const joinPageModule = /\/assets\/join-page-[\w-]+\.js$/;
      await page.route(joinPageModule, (route) => route.abort('internetdisconnected'));
      await page.goto(`${baseUrl}?join=K7QF2M`);
      const notice = page.getByRole('alert');
      await expect
        .poll(() => notice.textContent())
        .toContain('Deze pagina kon niet verder laden. Controleer de verbinding');
      expect(await page.locator('#deck').isVisible()).toBe(false);
      // The notice is the page: in the middle of the screen, its text across the notice's
      // width and its button below, not a narrow column at the bottom of an empty screen.
      const layout = await notice.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const text = element.querySelector('span')?.getBoundingClientRect();
        const retry = element.querySelector('button')?.getBoundingClientRect();
        return {
          offCentre: Math.abs(box.top + box.height / 2 - window.innerHeight / 2),
          textShare: (text?.width ?? 0) / box.width,
          buttonBelowText: (retry?.top ?? 0) >= (text?.bottom ?? Infinity),
        };
      });
      expect(layout.offCentre).toBeLessThan(8);
      expect(layout.textShare).toBeGreaterThan(0.8);
      expect(layout.buttonBelowText).toBe(true);
      // The connection is back: trying again brings the join page.
      await page.unroute(joinPageModule);
      await notice.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await page.locator('.join-page').waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('the page’s Inter', () => {
  it('is the deck’s own cut, and a letter the deck never shows comes in Inter all the same', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.woff2')) fonts.push(request.url().split('/').pop() ?? '');
      });
      await page.goto(baseUrl);
      await waitForDeck(page);
      await page.evaluate(() => document.fonts.ready);
      // Names less their hash, which may hold a hyphen itself (inter-deck-600-BXI2c-Fu.woff2).
      const named = fonts.map((file) => /^inter-deck-\d{3}/.exec(file)?.[0] ?? file);
      expect(named.sort()).toEqual(['inter-deck-400', 'inter-deck-600', 'inter-deck-700']);
      // A phone's answer in the room may hold a letter the deck never shows: Inter's full
      // Latin file comes in for it, and only then.
      const widths = await page.evaluate(async () => {
        const probe = document.createElement('span');
        probe.style.cssText = 'font: 400 40px Inter, monospace; position: absolute;';
        probe.textContent = 'ßøå';
        document.body.append(probe);
        await document.fonts.load('400 40px Inter', 'ßøå');
        const inter = probe.getBoundingClientRect().width;
        probe.style.fontFamily = 'monospace';
        const fallback = probe.getBoundingClientRect().width;
        probe.remove();
        return { inter, fallback };
      });
      expect(fonts.some((file) => file.startsWith('inter-latin-400-normal'))).toBe(true);
      expect(widths.inter).not.toBe(widths.fallback);
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/**
 * Every text the deck holds in both languages, as a reader sees it: each `{ nl, en }` pair's
 * strings with their slots filled (for one and for two), and of a diagram's Mermaid source
 * only its labels.
 */
function wordsOf(value: unknown, key = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => wordsOf(item, key));
  const record = value as Record<string, unknown>;
  const { nl, en } = record;
  if (typeof nl === 'string' && typeof en === 'string') {
    if (key === 'source') {
      return [nl, en].flatMap((source) =>
        [...source.matchAll(/"([^"]*)"/g)].map((label) =>
          (label[1] ?? '').replaceAll('<br/>', ' '),
        ),
      );
    }
    return [nl, en].flatMap((text) =>
      [1, 2].map((n) => {
        const values = new Proxy({}, { get: () => n }) as Record<string, number>;
        return fillIn(withWordsFor(text, values), values);
      }),
    );
  }
  return Object.entries(record).flatMap(([name, child]) => wordsOf(child, name));
}

describe('the deck’s cut of Inter', () => {
  it('holds every character of the deck’s words: content, notes, UI and room texts', async () => {
    const page = await (await fetch(baseUrl)).text();
    const range = /inter-deck-400[^)]*\) format\("woff2"\);unicode-range:([^}]+)\}/.exec(page)?.[1];
    expect(range, 'the @font-face rule of the deck’s Inter 400').toBeDefined();
    const runs = (range ?? '').split(',').map((run) => {
      const [from = 0, to = from] = run
        .slice(2)
        .split('-')
        .map((hex) => parseInt(hex, 16));
      return { from, to };
    });
    const inCut = (code: number): boolean =>
      runs.some(({ from, to }) => code >= from && code <= to);
    const { deck, notes } = await loadBuiltDeck();
    const words = [
      ...wordsOf(deck),
      ...wordsOf(notes),
      ...wordsOf(uiText),
      ...wordsOf(roomText),
      ...wordsOf(outcomeText),
      ...revealKeys.map((binding) => binding.keys),
      // What the deck writes while it runs: the room's board, the clock, dates and counts.
      'Wifi: Ziggo_5G #2 @home',
      'example.org/~deck/partnerschap_keynote/?join=K7QF2M&lang=en&cut=short',
      ...['nl-NL', 'en-GB'].flatMap((tag) => [
        new Date(2026, 10, 30, 14, 5).toLocaleString(tag, {
          dateStyle: 'full',
          timeStyle: 'short',
        }),
        (1234.5).toLocaleString(tag),
      ]),
    ];
    expect(words.length).toBeGreaterThan(300);
    const missing = new Set<string>();
    // The arrows Inter's Latin file lacks (the key list's ← and →) come from the system font.
    for (const text of words) {
      for (const character of text.replace(/[\s←→]/g, '')) {
        if (!inCut(character.codePointAt(0) ?? 0)) {
          missing.add(`${character} in "${text.slice(0, 60)}"`);
        }
      }
    }
    expect([...missing]).toEqual([]);
  });
});

/** Through the whole talk, each slide with all its steps: reveal lays each out on the way. */
async function walkThrough(page: Page): Promise<void> {
  const slides = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
  for (let index = 1; index < slides; index++) {
    await page.evaluate((h) => {
      window.Reveal?.slide(h, 0, Number.MAX_SAFE_INTEGER);
    }, index);
    await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(drawn)));
  }
}

describe('a presenting laptop', () => {
  it('never fetches a full Inter file: every slide and step in both languages, the key list, the speaker view', async () => {
    const { page, context, record, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}?lang=en`);
      await waitForDeck(page);
      await walkThrough(page);
      await page.goto(baseUrl);
      await waitForDeck(page);
      const popup = context.waitForEvent('page');
      await page.keyboard.press('s');
      const speaker = await popup;
      await speaker.locator('.speaker-notes h2').waitFor();
      await walkThrough(page);
      await page.keyboard.press('?');
      await page.locator('.deck-key-list').waitFor();
      await page.evaluate(() => document.fonts.ready);
      await speaker.evaluate(() => document.fonts.ready);
      const files = record.fontFiles.map(({ url }) => url.split('/').pop() ?? '');
      expect(files.filter((file) => file.startsWith('inter-latin'))).toEqual([]);
      expect(files.some((file) => file.startsWith('inter-deck-600'))).toBe(true);
    } finally {
      await close();
    }
  });
});

describe('without JavaScript', () => {
  for (const viewport of [{ width: 1280, height: 720 }, phone]) {
    it(`shows the talk as the reader does at ${viewport.width} px: every slide, its notes and diagrams`, async () => {
      const { page, close } = await openPage(browser(), { viewport, javaScriptEnabled: false });
      try {
        await page.goto(fixtureUrl);
        const shown = await page.evaluate(() => {
          const sections = [...document.querySelectorAll<HTMLElement>('#deck-slides > section')];
          return {
            slides: sections
              .filter((section) => section.getBoundingClientRect().height > 100)
              .map((section) => section.id),
            notes: sections.filter(
              (section) =>
                (section.querySelector('aside.notes')?.getBoundingClientRect().height ?? 0) > 40,
            ).length,
            diagrams: [...document.querySelectorAll('figure.diagram .diagram-canvas > svg')].map(
              (svg) => Math.round(svg.getBoundingClientRect().width),
            ),
            hiddenSteps: [...document.querySelectorAll('.fragment')].filter(
              (fragment) => getComputedStyle(fragment).opacity !== '1',
            ).length,
            overflowX: document.documentElement.scrollWidth - window.innerWidth,
          };
        });
        expect(shown.slides).toEqual(deck.slides.map((entry) => entry.slide.id));
        expect(shown.notes).toBe(deck.slides.length);
        expect(shown.diagrams.length).toBeGreaterThan(0);
        expect(shown.diagrams.every((width) => width > viewport.width / 2)).toBe(true);
        expect(shown.hiddenSteps).toBe(0);
        expect(shown.overflowX).toBe(0);
      } finally {
        await close();
      }
    });
  }

  it('shows no note when the build leaves them out (DECK_NOTES=false)', async () => {
    const { page, close } = await openPage(browser(), { javaScriptEnabled: false });
    try {
      await page.goto(sharedUrl);
      const counts = await page.evaluate(() => ({
        slides: document.querySelectorAll('#deck-slides > section').length,
        notes: document.querySelectorAll('aside.notes').length,
      }));
      expect(counts).toEqual({ slides: deck.slides.length, notes: 0 });
    } finally {
      await close();
    }
  });
});
