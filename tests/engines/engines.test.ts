/**
 * The checks that differ by engine, in Firefox and WebKit (Chromium runs the full suite in
 * tests/browser). Each engine is one browser for the whole file, started and closed once.
 * Screenshots of what the issue asked to look at go to test-results/engines/.
 */
import { mkdirSync } from 'node:fs';
import { loadBuiltDeck } from '../../scripts/lib/load-deck.ts';
import { serveDist } from '../../scripts/lib/serve-dist.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { engines, type EngineName, type EngineWindow } from './support/engines.ts';
import {
  boardAxes,
  chromeColours,
  deckReady,
  diagramLabelProblems,
  readerReady,
  scrollToBoard,
  showLastStep,
  slideProblems,
  slideSettled,
} from './support/page-checks.ts';

const baseUrl = inject('enginesBaseUrl');
const { deck } = await loadBuiltDeck();
const shots = 'test-results/engines';
mkdirSync(shots, { recursive: true });

/** Perceived lightness of a computed colour, 0 (black) to 1 (white), for light/dark checks. */
function lightness(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe.each<EngineName>(['firefox', 'webkit'])('%s', (engine) => {
  let tab: EngineWindow;
  let opened: EngineWindow | undefined;
  beforeAll(async () => {
    tab = opened = await engines[engine]();
    console.info(`${engine}: ${tab.version}`);
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
  });
  // WebKitGTK's page process now and then crashes while the window is resized under load
  // ("session deleted because of page crash or hang"), which ends the WebDriver session: every
  // later test would fail on a dead window. A crashed window is replaced before the next test,
  // and says so in the output; the project retries a failed test once (vitest.config.ts), so a
  // test fails only when it fails twice.
  beforeEach(async () => {
    const alive = await tab.evaluate(() => true).catch(() => false);
    if (alive) return;
    console.warn(`${engine}: the window's session ended (page crash); opening a new window.`);
    await opened?.close().catch(() => undefined);
    tab = opened = await engines[engine]();
  }, 60_000);

  async function openDeck(hash = ''): Promise<void> {
    await tab.setViewport(1280, 720);
    await tab.goto(`${baseUrl}?view=slides${hash}`);
    await tab.waitFor(deckReady, 'the deck did not start');
  }

  it('loads without errors, and every slide at its last step fits, in Inter', async () => {
    await openDeck();
    const total = await tab.evaluate(() =>
      (globalThis as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides(),
    );
    const problems: string[] = [];
    for (let index = 0; index < total; index += 1) {
      await tab.evaluate(showLastStep, index);
      await tab.waitFor(slideSettled, `slide ${index} did not settle`);
      problems.push(...(await tab.evaluate(slideProblems)));
      problems.push(
        ...(await tab.evaluate(diagramLabelProblems, '.reveal .present figure.diagram', false)),
      );
    }
    expect(problems).toEqual([]);
    // Every slide in the deck's own cut of Inter: no full fontsource file was needed
    // (scripts/vite/font-subset-plugin.ts; WebKit took one for the slide number's tabs once).
    const fontFiles = await tab.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name.split('/').pop() ?? '')
        .filter((file) => file.endsWith('.woff2')),
    );
    expect(fontFiles.length).toBeGreaterThan(0);
    expect(fontFiles.filter((file) => !file.startsWith('inter-deck-'))).toEqual([]);
    expect(await tab.errors()).toEqual([]);
  });

  it('shows the overview on a dark slide with the dark slides painted and the chrome readable', async () => {
    await openDeck();
    const dark = await tab.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((section) =>
        section.classList.contains('slide-dark'),
      ),
    );
    expect(dark).toBeGreaterThanOrEqual(0);
    await tab.evaluate(showLastStep, dark);
    await tab.waitFor(slideSettled, 'the dark slide did not settle');
    await tab.press('o');
    await tab.waitFor(
      () =>
        document.querySelector('.reveal.overview') !== null &&
        document.getAnimations().every((a) => a.playState !== 'running'),
      'the overview did not open',
    );
    await tab.screenshot(`${shots}/overview-dark-${engine}.png`);
    const colours = await tab.evaluate(chromeColours);
    // The page behind the overview is light: the menu and number must be dark text on it.
    expect(lightness(colours.page)).toBeGreaterThan(0.8);
    expect(lightness(colours.menu), `menu ${colours.menu}`).toBeLessThan(0.5);
    expect(lightness(colours.slideNumber), `number ${colours.slideNumber}`).toBeLessThan(0.5);
    // The current (dark) slide is painted night, not left an empty frame.
    expect(lightness(colours.currentFrame), `frame ${colours.currentFrame}`).toBeLessThan(0.3);
    await tab.press('Escape');
  });

  it('reader at phone width: the board keeps its axes apart, nothing scrolls sideways', async () => {
    await tab.setViewport(390, 844);
    await tab.goto(`${baseUrl}?view=reader`);
    await tab.waitFor(readerReady, 'the reader did not draw');
    expect(await tab.evaluate(() => document.documentElement.clientWidth)).toBeLessThanOrEqual(390);
    const board = await tab.evaluate(scrollToBoard);
    await tab.waitFor(() => document.fonts.status === 'loaded', 'fonts');
    await tab.screenshot(`${shots}/reader-board-390-${engine}.png`);
    // The board is scaled to the screen: 390 px wide at most, at the scale of the slide.
    expect(board.width).toBeLessThanOrEqual(390);
    const axes = await tab.evaluate(boardAxes);
    const { 'internal-from': low, 'internal-to': high } = axes;
    const { 'external-from': left, 'external-to': right } = axes;
    if (low === undefined || high === undefined || left === undefined || right === undefined) {
      throw new Error(`Axis labels missing: ${JSON.stringify(axes)}`);
    }
    // The vertical axis: its two ends one above the other, well apart, not side by side.
    expect(Math.abs(low.x - high.x)).toBeLessThan(5);
    expect(Math.abs(low.y - high.y)).toBeGreaterThan(board.height / 3);
    // The horizontal axis: its two ends at different x, well apart.
    expect(Math.abs(left.x - right.x)).toBeGreaterThan(board.width / 3);
    const overflowX = await tab.evaluate(
      // clientWidth, not innerWidth: Firefox's classic scrollbar takes width from the tab.
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflowX).toBe(0);
    // The diagrams at the same width: every label inside its box.
    expect(await tab.evaluate(diagramLabelProblems, '.reader-slides figure.diagram', true)).toEqual(
      [],
    );
  });

  it("key list (?): the deck's keys in the deck's language, in Inter, P and L only once", async () => {
    await openDeck('#/3');
    const before = await tab.evaluate(() => globalThis.location.hash);
    await tab.press('?');
    await tab.waitFor(
      () => document.querySelector('dialog.deck-key-list')?.hasAttribute('open') === true,
      'the key list did not open',
    );
    const list = await tab.evaluate(() => {
      const dialog = document.querySelector('dialog.deck-key-list');
      const rows = [...(dialog?.querySelectorAll('dt') ?? [])].map((term) => ({
        keys: [...term.querySelectorAll('kbd')].map((kbd) => kbd.textContent),
        description: term.nextElementSibling?.textContent ?? '',
      }));
      return {
        title: dialog?.querySelector('h2')?.textContent ?? '',
        font: dialog === null ? '' : getComputedStyle(dialog).fontFamily,
        rows,
        revealHelp: document.querySelector('.reveal .overlay-help') !== null,
      };
    });
    expect(list.title).toBe('Sneltoetsen');
    expect(list.font.split(',')[0]?.replace(/["']/g, '').trim()).toBe('Inter');
    expect(list.revealHelp).toBe(false);
    const withKey = (key: string) => list.rows.filter((row) => row.keys.includes(key));
    expect(withKey('P').map((row) => row.description)).toEqual(['Printen of opslaan als PDF']);
    expect(withKey('L').map((row) => row.description)).toEqual([
      'Taal wisselen (Nederlands / English)',
    ]);
    // Keys inside the list do not move the slides behind it; Escape closes it.
    await tab.press('ArrowRight');
    await tab.press('Escape');
    await tab.waitFor(
      () => document.querySelector('dialog.deck-key-list')?.hasAttribute('open') === false,
      'Escape did not close the key list',
    );
    expect(await tab.evaluate(() => globalThis.location.hash)).toBe(before);
    expect(await tab.evaluate(() => document.querySelector('.reveal.overview') === null)).toBe(
      true,
    );
  });

  it('board: a deep link with markers in the address shows them; a click adds one', async () => {
    await openDeck('');
    await tab.goto(`${baseUrl}?view=slides&matrix-waar-staan-wij=25x70#/waar-staan-wij`);
    await tab.waitFor(
      () => document.querySelector('#waar-staan-wij .matrix[data-matrix-ready]') !== null,
      'the board did not start',
    );
    const markers = () =>
      tab.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#waar-staan-wij .matrix-marker')].map(
          (marker) => `${marker.textContent} ${marker.style.left} ${marker.style.bottom}`,
        ),
      );
    expect(
      await tab.evaluate(
        () =>
          (
            globalThis as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }
          ).Reveal.getCurrentSlide().id,
      ),
    ).toBe('waar-staan-wij');
    expect(await markers()).toEqual(['1 25% 70%']);
    const plane = await tab.evaluate(() => {
      const rect = document.querySelector('#waar-staan-wij .matrix-plane')?.getBoundingClientRect();
      if (rect === undefined) throw new Error('No board plane');
      return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    });
    await tab.clickAt(plane.x + plane.width * 0.8, plane.y + plane.height * 0.15);
    await tab.waitFor(
      () => document.querySelectorAll('#waar-staan-wij .matrix-marker').length === 2,
      'the click placed no marker',
    );
    const [, second = ''] = await markers();
    const [n, left, bottom] = second.split(' ').map((part) => parseFloat(part));
    expect(n).toBe(2);
    expect(left).toBeCloseTo(80, -1);
    expect(bottom).toBeCloseTo(85, -1);
    expect(
      await tab.evaluate(() =>
        new URL(globalThis.location.href).searchParams.get('matrix-waar-staan-wij'),
      ),
    ).toMatch(/^25x70,\d+x\d+$/);
  });

  it('reader: resizing the window raises no ResizeObserver error', async () => {
    // Widths the window itself can take in every engine (MiniBrowser's is at least 447 px).
    await tab.setViewport(500, 844);
    await tab.goto(`${baseUrl}?view=reader`);
    await tab.waitFor(readerReady, 'the reader did not draw');
    for (const width of [700, 480, 1000, 460]) {
      await tab.setViewport(width, 844);
      await tab.waitFor(
        (expected: number) => {
          const frame = document.querySelector('.reader-slides .slide-frame');
          const container = document.querySelector('.reader-slides');
          if (frame === null || container === null) return false;
          // The slide has been refitted to the new width (the scale is written a frame later).
          return (
            Math.abs(frame.getBoundingClientRect().width - container.clientWidth) < 1 &&
            expected > 0
          );
        },
        `the reader did not refit at ${width}`,
        width,
      );
    }
    // Errors are delivered after the frame that caused them: give it one more frame.
    await tab.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await tab.errors()).toEqual([]);
  });

  it('print view: one page per slide, each exactly one page tall', async () => {
    await tab.setViewport(1280, 720);
    await tab.goto(`${baseUrl}?print-pdf`);
    await tab.waitFor(
      () => document.documentElement.dataset['printReady'] === 'true',
      'the print view was not ready',
    );
    const pages = await tab.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reveal .pdf-page')].map(
        (page) => page.getBoundingClientRect().height,
      ),
    );
    expect(pages).toHaveLength(deck.slides.length);
    // reveal sizes each page to the slide: a taller one would spill onto a second sheet.
    expect(new Set(pages.map((height) => Math.round(height))).size).toBe(1);
    expect(await tab.errors()).toEqual([]);
  });

  it('switches language with L on the same slide, and back', async () => {
    await openDeck('#/achter-de-bar');
    const state = () =>
      tab.evaluate(() => ({
        lang: document.documentElement.lang,
        slide: (
          globalThis as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }
        ).Reveal.getCurrentSlide().id,
        menu: document.querySelector('.deck-menu-button')?.textContent ?? '',
      }));
    expect((await state()).lang).toBe('nl');
    await tab.press('l');
    await tab.waitFor(
      () =>
        document.documentElement.lang === 'en' &&
        document.documentElement.hasAttribute('data-deck-ready'),
      'L did not switch to English',
    );
    expect(await state()).toMatchObject({ lang: 'en', slide: 'achter-de-bar' });
    // Back to Dutch: the choice is remembered, and the other tests read Dutch.
    await tab.press('l');
    // The switch loads the page anew: wait for the new page's deck, not only its language.
    await tab.waitFor(
      () =>
        document.documentElement.lang === 'nl' &&
        document.documentElement.hasAttribute('data-deck-ready'),
      'L did not switch back',
    );
    expect((await state()).slide).toBe('achter-de-bar');
  });

  it('speaker view: drives the deck window it was opened for, over its BroadcastChannel', async () => {
    await openDeck('#/de-verzekeraar');
    const deckWindow = await tab.evaluate(() =>
      globalThis.sessionStorage.getItem(`deck-window:${globalThis.location.pathname}`),
    );
    expect(deckWindow).toMatch(/^[a-z0-9]{10}$/);
    // The speaker view in a frame of the deck's page: the same origin and channel as a pop-up,
    // without a second window (WebDriver classic drives one at a time).
    await tab.evaluate((id: string | null) => {
      const frame = document.createElement('iframe');
      frame.id = 'engine-speaker-view';
      frame.style.cssText = 'position:fixed;inset:0;width:100%;height:100%;z-index:99;border:0';
      frame.src = `?view=speaker&lang=nl&deck=${id ?? ''}`;
      document.body.append(frame);
    }, deckWindow);
    const speakerShows = (): string =>
      (
        document.getElementById('engine-speaker-view') as HTMLIFrameElement | null
      )?.contentDocument?.querySelector('.speaker-notes h2')?.textContent ?? '';
    await tab.waitFor(
      () =>
        (
          (
            document.getElementById('engine-speaker-view') as HTMLIFrameElement | null
          )?.contentDocument?.querySelector('.speaker-notes h2')?.textContent ?? ''
        ).startsWith('Notities · '),
      'the speaker view did not show the notes of the slide on screen',
    );
    const before = await tab.evaluate(speakerShows);
    // The presenter's clicker, pressed with the speaker view in front.
    await tab.evaluate(() => {
      const frame = document.getElementById('engine-speaker-view') as HTMLIFrameElement | null;
      frame?.contentDocument?.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
      );
    });
    await tab.waitFor(
      () =>
        (
          globalThis as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }
        ).Reveal.getCurrentSlide().id === 'achter-de-bar',
      'the speaker view did not move the deck',
    );
    await tab.waitFor(
      (heading: string) =>
        ((
          document.getElementById('engine-speaker-view') as HTMLIFrameElement | null
        )?.contentDocument?.querySelector('.speaker-notes h2')?.textContent ?? heading) !== heading,
      'the speaker view did not follow the deck',
      before,
    );
    expect(await tab.errors()).toEqual([]);
  });

  it('offline: after one visit, the deck reloads with its server gone', async () => {
    // A server of its own, so closing it leaves the other tests theirs.
    const server = await serveDist(process.cwd(), { base: '/deck/' });
    try {
      await tab.setViewport(1280, 720);
      await tab.goto(`${server.url}?view=slides#/achter-de-bar`);
      await tab.waitFor(deckReady, 'the deck did not start');
      // The offline copy is made once the first slide has been up a while (src/deck/offline.ts).
      await tab.waitFor(
        () =>
          (globalThis as unknown as { __offlineReady?: boolean }).__offlineReady === true ||
          (void navigator.serviceWorker.getRegistration().then((registration) => {
            (globalThis as unknown as { __offlineReady?: boolean }).__offlineReady =
              registration?.active?.state === 'activated';
          }),
          false),
        'the offline copy was not made',
      );
    } finally {
      await server.close();
    }
    await tab.goto(`${server.url}?view=slides#/achter-de-bar`);
    await tab.waitFor(deckReady, 'the deck did not start from its offline copy');
    expect(
      await tab.evaluate(
        () =>
          (
            globalThis as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }
          ).Reveal.getCurrentSlide().id,
      ),
    ).toBe('achter-de-bar');
  });
});
