/**
 * The checks that differ by engine, in Firefox and WebKit (Chromium runs the full suite in
 * tests/browser). Each engine is one browser for the whole file, started and closed once.
 * Screenshots of what the issue asked to look at go to test-results/engines/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engines, type EngineName, type EngineWindow } from './support/engines.ts';
import {
  boardAxes,
  chromeColours,
  deckReady,
  readerReady,
  scrollToBoard,
  showLastStep,
  slideProblems,
  slideSettled,
} from './support/page-checks.ts';

const baseUrl = inject('enginesBaseUrl');
const shots = 'test-results/engines';
mkdirSync(shots, { recursive: true });

/** Perceived lightness of a computed colour, 0 (black) to 1 (white), for light/dark checks. */
function lightness(colour: string): number {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

describe.each<EngineName>(['firefox', 'webkit'])('%s', (engine) => {
  let window: EngineWindow;
  let opened: EngineWindow | undefined;
  beforeAll(async () => {
    window = opened = await engines[engine]();
    console.info(`${engine}: ${window.version}`);
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
  });

  async function openDeck(hash = ''): Promise<void> {
    await window.setViewport(1280, 720);
    await window.goto(`${baseUrl}?view=slides${hash}`);
    await window.waitFor(deckReady, 'the deck did not start');
  }

  it('loads without errors, and every slide at its last step fits, in Inter', async () => {
    await openDeck();
    const total = await window.evaluate(() =>
      (globalThis as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides(),
    );
    const problems: string[] = [];
    for (let index = 0; index < total; index += 1) {
      await window.evaluate(showLastStep, index);
      await window.waitFor(slideSettled, `slide ${index} did not settle`);
      problems.push(...(await window.evaluate(slideProblems)));
    }
    expect(problems).toEqual([]);
    expect(await window.errors()).toEqual([]);
  });

  it('shows the overview on a dark slide with the dark slides painted and the chrome readable', async () => {
    await openDeck();
    const dark = await window.evaluate(() =>
      [...document.querySelectorAll('.reveal .slides > section')].findIndex((section) =>
        section.classList.contains('slide-dark'),
      ),
    );
    expect(dark).toBeGreaterThanOrEqual(0);
    await window.evaluate(showLastStep, dark);
    await window.waitFor(slideSettled, 'the dark slide did not settle');
    await window.press('o');
    await window.waitFor(
      () =>
        document.querySelector('.reveal.overview') !== null &&
        document.getAnimations().every((a) => a.playState !== 'running'),
      'the overview did not open',
    );
    await window.screenshot(`${shots}/overview-dark-${engine}.png`);
    const colours = await window.evaluate(chromeColours);
    // The page behind the overview is light: the menu and number must be dark text on it.
    expect(lightness(colours.page)).toBeGreaterThan(0.8);
    expect(lightness(colours.menu), `menu ${colours.menu}`).toBeLessThan(0.5);
    expect(lightness(colours.slideNumber), `number ${colours.slideNumber}`).toBeLessThan(0.5);
    // The current (dark) slide is painted night, not left an empty frame.
    expect(lightness(colours.currentFrame), `frame ${colours.currentFrame}`).toBeLessThan(0.3);
    await window.press('Escape');
  });

  it('reader at phone width: the board keeps its axes apart, nothing scrolls sideways', async () => {
    await window.setViewport(390, 844);
    await window.goto(`${baseUrl}?view=reader`);
    await window.waitFor(readerReady, 'the reader did not draw');
    const board = await window.evaluate(scrollToBoard);
    await window.waitFor(() => document.fonts.status === 'loaded', 'fonts');
    await window.screenshot(`${shots}/reader-board-390-${engine}.png`);
    // The board is scaled to the screen: 390 px wide at most, at the scale of the slide.
    expect(board.width).toBeLessThanOrEqual(390);
    const axes = await window.evaluate(boardAxes);
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
    const overflowX = await window.evaluate(
      () => document.documentElement.scrollWidth - globalThis.innerWidth,
    );
    expect(overflowX).toBe(0);
  });

  it('reader: resizing the window raises no ResizeObserver error', async () => {
    await window.setViewport(390, 844);
    await window.goto(`${baseUrl}?view=reader`);
    await window.waitFor(readerReady, 'the reader did not draw');
    for (const width of [700, 420, 1000, 390]) {
      await window.setViewport(width, 844);
      await window.waitFor(
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
    await window.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await window.errors()).toEqual([]);
  });
});
