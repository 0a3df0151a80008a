import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { budgets } from '../../scripts/lib/budgets.ts';
import { readFileGroups } from '../../scripts/lib/build-manifest.ts';
import { loadBuiltDeck } from '../../scripts/lib/load-deck.ts';
import { cssBeforeFirstPaint, measureLoad, totalBytes } from '../../scripts/lib/measure-load.ts';
import { openPage, useBrowser } from './support/browser.ts';
import { inspectDiagrams, stepOpacities, waitForDiagrams } from './support/diagrams.ts';
import { currentSlideId, previewSlideId, settle, waitForDeck } from './support/deck.ts';

/**
 * The talk's own diagrams (read whole, their steps, the phone, the byte budget) on the real
 * build; what the diagram code does with any diagram (resize, overview, previews, print, the
 * fallback) on the fixture deck's one diagram (tests/fixtures/deck/).
 */
const baseUrl = inject('baseUrl');
const fixtureUrl = inject('fixtureUrl');
const browser = useBrowser();
const distDir = join(process.cwd(), 'dist');

/** The diagram slides of the talk, with their number of steps, from its content. */
const { deck: talk } = await loadBuiltDeck();
const diagramSlides = talk.slides.flatMap(({ slide }) =>
  slide.kind === 'diagram' ? [{ id: slide.id, steps: slide.diagram.steps.length }] : [],
);

/** The steps of the fixture deck's diagram, het-schema. */
const fixtureDiagramSteps = 3;

/** Design-pixel floor for labels, and the least a drawing may measure (never a 16x16 box). */
const minLabelPx = 22;
const minDiagramWidth = 600;
const minDiagramHeight = 150;

describe('the diagrams', () => {
  it('are whole and readable at their last step, the first arrived at by deep link', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      // Reduced motion: no transitions, so opacities are final when read.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const [first] = diagramSlides;
      if (first === undefined) throw new Error('the talk has no diagram');
      await page.goto(`${baseUrl}#/${first.id}/${first.steps - 1}`);
      await waitForDeck(page);
      // One page for all: the others are reached as the presenter would, by reveal's API.
      for (const { id, steps } of diagramSlides) {
        await page.evaluate(
          ({ slideId, f }) => {
            const reveal = window.Reveal;
            const slide = document.getElementById(slideId) ?? undefined;
            if (reveal !== undefined) reveal.slide(reveal.getIndices(slide).h, 0, f);
          },
          { slideId: id, f: steps - 1 },
        );
        await settle(page);
        expect(await currentSlideId(page)).toBe(id);
        const [diagram] = await inspectDiagrams(page, `section#${id}`);
        expect(diagram?.rendered, `${id}: rendered`).toBe('true');
        expect(diagram?.showsSource).toBe(false);
        expect(diagram?.width, `${id}: drawn width`).toBeGreaterThan(minDiagramWidth);
        expect(diagram?.height, `${id}: drawn height`).toBeGreaterThan(minDiagramHeight);
        expect(diagram?.smallestLabelPx, `${id}: smallest label`).toBeGreaterThanOrEqual(
          minLabelPx,
        );
        expect(diagram?.clippedLabels, `${id}: labels sticking out of their shapes`).toEqual([]);
        expect(diagram?.arrowheads, `${id}: arrowheads`).toBeGreaterThan(0);
        expect(diagram?.brokenArrowheads, `${id}: arrowheads without their own marker`).toEqual([]);
        const opacities = await stepOpacities(page);
        expect(
          Object.values(opacities)
            .flat()
            .every((opacity) => opacity === '1'),
          `${id}: ${JSON.stringify(opacities)}`,
        ).toBe(true);
      }
      expect(record.consoleErrors).toEqual([]);
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reveal the two movements step by step: external, then internal, then together', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${baseUrl}#/twee-bewegingen`);
      await waitForDeck(page);
      await settle(page);
      const visibleSteps = async (): Promise<string[]> =>
        Object.entries(await stepOpacities(page))
          .filter(([, values]) => values.every((value) => value === '1'))
          .map(([step]) => step)
          .sort();
      expect(await visibleSteps()).toEqual([]);
      for (const expected of [['1'], ['1', '2'], ['1', '2', '3']]) {
        await page.keyboard.press('ArrowRight');
        await settle(page);
        expect(await visibleSteps()).toEqual(expected);
      }
      await page.keyboard.press('ArrowRight');
      expect(await currentSlideId(page)).not.toBe('twee-bewegingen');
    } finally {
      await close();
    }
  });

  it('stay whole after a window resize and in the overview', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(`${fixtureUrl}#/het-schema`);
      await waitForDeck(page);
      await waitForDiagrams(page);
      await page.setViewportSize({ width: 900, height: 560 });
      await settle(page);
      const [afterResize] = await inspectDiagrams(page, 'section#het-schema');
      expect(afterResize?.width).toBeGreaterThan(minDiagramWidth);
      expect(afterResize?.clippedLabels).toEqual([]);
      await page.keyboard.press('o');
      await page.waitForFunction(() => window.Reveal?.isOverview() === true);
      const inOverview = await inspectDiagrams(page);
      expect(inOverview.map((diagram) => diagram.rendered)).toEqual(['true']);
      expect(inOverview.flatMap((diagram) => diagram.brokenArrowheads)).toEqual([]);
    } finally {
      await close();
    }
  });

  it("are whole in the speaker view's current and next-slide previews", async () => {
    const { page, context, close } = await openPage(browser());
    try {
      await page.goto(`${fixtureUrl}#/een-stelling`);
      await waitForDeck(page);
      const popup = context.waitForEvent('page');
      await page.keyboard.press('s');
      const speaker = await popup;
      const within = { timeout: 15_000 };
      // The previews load the deck themselves; wait for both before moving on.
      for (const container of ['.speaker-current', '.speaker-upcoming'] as const) {
        await expect
          .poll(
            async () => /^(loading|no iframe)/.test(await previewSlideId(speaker, container)),
            within,
          )
          .toBe(false);
      }
      // The presenter's clicker talks to the focused window: the speaker view, which passes
      // the key on to the deck.
      for (let step = 0; step < 2; step++) await speaker.keyboard.press('ArrowRight');
      await expect.poll(() => currentSlideId(page), within).toBe('het-schema');
      // Now: the slide before its first step; next: its first step.
      const expected = {
        '.speaker-current': 'het-schema/0',
        '.speaker-upcoming': 'het-schema/1',
      };
      for (const container of ['.speaker-current', '.speaker-upcoming'] as const) {
        await expect
          .poll(() => previewSlideId(speaker, container), within)
          .toBe(expected[container]);
        const frame = await speaker.locator(`${container} iframe`).elementHandle();
        const content = await frame.contentFrame();
        if (content === null) throw new Error(`no preview in ${container}`);
        await expect
          .poll(
            async () => (await inspectDiagrams(content, 'section#het-schema'))[0]?.rendered,
            within,
          )
          .toBe('true');
        const [diagram] = await inspectDiagrams(content, 'section#het-schema');
        expect(diagram?.width, container).toBeGreaterThan(minDiagramWidth);
        expect(diagram?.brokenArrowheads, container).toEqual([]);
        expect(diagram?.clippedLabels, container).toEqual([]);
      }
    } finally {
      await close();
    }
  });

  it('print whole in the print view, one page per slide with the whole diagram', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      await page.goto(`${fixtureUrl}?print-pdf`);
      await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
      await page.evaluate(() => document.fonts.ready);
      const diagrams = await inspectDiagrams(page);
      expect(diagrams.map((diagram) => diagram.slide)).toEqual(['het-schema']);
      for (const diagram of diagrams) {
        expect(diagram.rendered, diagram.slide).toBe('true');
        expect(diagram.showsSource, diagram.slide).toBe(false);
        expect(diagram.width, diagram.slide).toBeGreaterThan(minDiagramWidth);
        expect(diagram.height, diagram.slide).toBeGreaterThan(minDiagramHeight);
        expect(diagram.hiddenParts, `${diagram.slide}: parts left hidden on its final page`).toBe(
          0,
        );
        expect(diagram.brokenArrowheads, diagram.slide).toEqual([]);
      }
      const leftovers = await page.evaluate(
        () => document.querySelectorAll('body > .mermaidTooltip').length,
      );
      expect(leftovers, 'Mermaid tooltip elements left on <body> print as a blank page').toBe(0);
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('print every step with its own copy of the diagram, each with its own arrowheads', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      await page.goto(`${fixtureUrl}?print-pdf&steps`);
      await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
      const diagrams = await inspectDiagrams(page);
      // reveal copies a slide for each of its steps, after the first page without any.
      expect(diagrams).toHaveLength(fixtureDiagramSteps + 1);
      for (const diagram of diagrams) {
        expect(diagram.rendered, diagram.slide).toBe('true');
        expect(diagram.brokenArrowheads, diagram.slide).toEqual([]);
      }
      // Each page shows one more step: the hidden parts shrink to none on the last copy.
      const firstSlide = diagrams.filter((diagram) => diagram.slide === 'het-schema');
      expect(firstSlide.map((diagram) => diagram.hiddenParts > 0)).toEqual([
        true,
        true,
        true,
        false,
      ]);
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fall back to their text alternative when another language’s drawings cannot load, and navigation keeps working', async () => {
    const { page, context, close } = await openPage(browser());
    try {
      // The default language has its drawings in the page; English loads them as a module of
      // its own (virtual:deck-diagrams/en, named after its language).
      await context.route(/\/assets\/en-[^/]*\.js$/, (route) => route.abort('failed'));
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(`${fixtureUrl}?lang=en#/het-schema`);
      await waitForDeck(page);
      await waitForDiagrams(page);
      const caption = page.locator('section#het-schema figcaption.diagram-alt');
      await expect
        .poll(() => caption.evaluate((element) => element.getBoundingClientRect().height))
        .toBeGreaterThan(60);
      expect(await caption.textContent()).toContain('The client asks more');
      expect(errors.join('\n')).toContain('het-schema');
      // Its three steps, then on to the next slide.
      for (let step = 0; step < fixtureDiagramSteps + 1; step++) {
        await page.keyboard.press('ArrowRight');
      }
      expect(await currentSlideId(page)).not.toBe('het-schema');
    } finally {
      await close();
    }
  });
});

describe('the first slide', () => {
  it('loads within the byte budgets, its diagrams drawn in the page and no Mermaid in dist/', async () => {
    const measurement = await measureLoad(browser(), baseUrl, distDir);
    const jsGzip = totalBytes(measurement.beforeFirstSlide, 'js', 'gzipBytes');
    const cssGzip = cssBeforeFirstPaint(measurement, 'gzipBytes');
    // The bench's budget (scripts/lib/budgets.ts): reveal.js alone is about 30.5 KB of it, so
    // the slide show starts on the build's slides before the deck's own code (src/main.ts).
    expect(jsGzip, 'gzip bytes of JavaScript before the first slide works').toBeLessThanOrEqual(
      budgets.jsBeforeFirstSlideGzip,
    );
    expect(cssGzip, 'gzip bytes of CSS before the first paint').toBeLessThanOrEqual(
      budgets.cssGzip,
    );
    expect([...readFileGroups(distDir).mermaid], 'Mermaid files in dist/').toEqual([]);
    const page = readFileSync(join(distDir, 'index.html'), 'utf8');
    const drawn = [
      ...page.matchAll(
        /<figure[^>]*data-rendered="true"[^>]*>\s*<div class="diagram-canvas"><svg/g,
      ),
    ];
    expect(drawn.length, 'diagrams drawn into index.html').toBe(diagramSlides.length);
  });

  it('does not shift after the first paint, opened on a diagram', async () => {
    const [first] = diagramSlides;
    const measurement = await measureLoad(browser(), `${baseUrl}#/${first?.id ?? ''}`, distDir);
    expect(
      measurement.layoutShiftAfterFirstPaint,
      'layout shift (CLS) after the first paint',
    ).toBeLessThan(0.01);
  });
});
