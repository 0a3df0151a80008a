/**
 * Drives the built deck through reveal.js's API and measures the slide on screen.
 *
 * The functions handed to `page.evaluate` run inside Chromium: they must not use anything from this
 * module's scope, only their arguments.
 */
import type { Page } from 'playwright-core';

/** The smallest text the back row can still read, in design pixels. */
export const MIN_FONT_PX = 22;

/** Where inspectLayout() leaves the text-bearing elements for platformFonts() to pick up. */
const TEXT_ELEMENTS_KEY = '__deckTestTextElements';

/**
 * Waits until the deck has set `window.Reveal` and reveal.js has finished starting up, and, in
 * the slide show, until all its parts are in (`<html data-deck-ready>`: keys, menu, widgets;
 * src/deck/presenting-parts.ts). Print and previews are done when reveal is.
 */
export async function waitForDeck(page: Page): Promise<void> {
  try {
    await page.waitForFunction(() => {
      const reveal = window.Reveal;
      if (reveal?.isReady() !== true) return false;
      // isPrintView is reveal's API, missing from its bundled types.
      const print = (reveal as unknown as { isPrintView(): boolean }).isPrintView();
      const slideShow = !print && reveal.getConfig().keyboard !== false;
      return !slideShow || document.documentElement.hasAttribute('data-deck-ready');
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new Error(
      `window.Reveal never became ready at ${page.url()} (${reason}). The deck must assign its reveal.js instance to window.Reveal.`,
      { cause: error },
    );
  }
}

/** Where the projected deck is: slide id and steps shown (`achter-de-bar/0`). */
export function projected(page: Page): Promise<string> {
  return page.evaluate(() => {
    const reveal = window.Reveal;
    if (reveal === undefined) throw new Error('no Reveal');
    const { f } = reveal.getIndices() as { f?: number };
    return `${reveal.getCurrentSlide().id}/${(f ?? -1) + 1}`;
  });
}

/** The ids of all slides, in order (an empty string for a slide without one). */
export function slideIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (window.Reveal === undefined) throw new Error('window.Reveal is not set');
    return window.Reveal.getSlides().map((slide) => slide.id);
  });
}

/** The id of the slide reveal.js shows now. */
export function currentSlideId(page: Page): Promise<string> {
  return page.evaluate(() => {
    if (window.Reveal === undefined) throw new Error('window.Reveal is not set');
    return window.Reveal.getCurrentSlide().id;
  });
}

/** Goes to the slide at `index`, as the presenter would, and waits for it to settle. */
export async function goToSlide(page: Page, index: number): Promise<void> {
  await page.evaluate((h) => {
    window.Reveal?.slide(h);
  }, index);
  await settle(page);
}

/**
 * Shows the current slide at its final fragment state, the fullest it gets on stage, and waits
 * until everything has stopped moving.
 */
export async function showFinalFragment(page: Page): Promise<void> {
  await page.evaluate(() => {
    const reveal = window.Reveal;
    if (reveal === undefined) throw new Error('window.Reveal is not set');
    const slide = reveal.getCurrentSlide();
    // reveal.js numbers every fragment (data-fragment-index) when it starts; several fragments can
    // share a step, so the last step is the highest index, not the count.
    const indices = Array.from(slide.querySelectorAll<HTMLElement>('.fragment'), (fragment) =>
      Number(fragment.dataset['fragmentIndex'] ?? 0),
    );
    if (indices.length === 0) return;
    const { h, v } = reveal.getIndices(slide);
    reveal.slide(h, v, Math.max(...indices));
  });
  await settle(page);
}

/**
 * Content the deck fills in after the slide is shown. `aria-busy="true"` is the standard way for a
 * page to say "still loading"; the deck's Mermaid figures say it with a missing `data-rendered`
 * (set by src/diagrams/render-diagrams.ts when the SVG is in, or rendering failed).
 */
const PENDING_CONTENT = '[aria-busy="true"], figure.diagram:not([data-rendered])';
const PENDING_TIMEOUT_MS = 15_000;

/**
 * Waits until the current slide is complete and still: no pending content, webfonts loaded, and
 * the CSS transitions and animations inside `.slides` that end within a few seconds (fragments
 * appearing, slide transitions) finished.
 */
export async function settle(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      (pending) => window.Reveal?.getCurrentSlide().querySelector(pending) === null,
      PENDING_CONTENT,
      { timeout: PENDING_TIMEOUT_MS },
    );
  } catch (error) {
    const seconds = PENDING_TIMEOUT_MS / 1000;
    throw new Error(`The slide still has content loading (${PENDING_CONTENT}) after ${seconds} s`, {
      cause: error,
    });
  }
  await page.evaluate(async (maxWaitMs) => {
    const slides = document.querySelector('.reveal .slides');
    await document.fonts.ready;
    // Two frames so that class changes made just before have started their transitions; then
    // repeat, because a finished transition can start the next one (delays, reveal's callbacks).
    for (let round = 0; round < 10; round += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const moving = document.getAnimations().filter((animation) => {
        const { effect } = animation;
        if (animation.playState !== 'running' || !(effect instanceof KeyframeEffect)) return false;
        // Not reveal's UI (its controls bounce for 100 s to hint at the next slide), and not
        // endless or slow ambient motion: waiting for that would never end, so it is measured
        // wherever it happens to be.
        const inSlides = effect.target !== null && slides?.contains(effect.target) === true;
        const elapsed = Number(animation.currentTime ?? 0);
        const remaining = Number(effect.getComputedTiming().endTime) - elapsed;
        return inSlides && remaining <= maxWaitMs;
      });
      if (moving.length === 0) return;
      await Promise.allSettled(moving.map((animation) => animation.finished));
    }
  }, 5000);
}

/** What is wrong with the layout of the slide on screen, one readable line per problem. */
export interface SlideLayout {
  /** Elements and text that stick out of the 1280×720 slide box. */
  readonly outside: string[];
  /** Elements that cut off part of their own content (overflow hidden/clip/auto/scroll). */
  readonly clipped: string[];
  /** Text rendered smaller than MIN_FONT_PX design pixels. */
  readonly smallText: string[];
  /** Labels of the visible elements with text of their own, for platformFonts(). */
  readonly textElements: string[];
}

/**
 * Measures the current slide: only what the audience sees counts, so elements that are
 * display:none (speaker notes), visibility:hidden, fully transparent or at most 1px in size
 * (screen-reader-only text) are left out. reveal's UI outside `.slides` is never looked at.
 *
 * `aria-hidden` content is measured: it hides things from screen readers, not from the room, and
 * the deck uses it on visible text (the "→" of shift slides, the diagram SVGs whose figcaption
 * carries the text alternative).
 */
export function inspectLayout(page: Page): Promise<SlideLayout> {
  return page.evaluate(measureCurrentSlide, {
    minFontPx: MIN_FONT_PX,
    tolerancePx: 1,
    key: TEXT_ELEMENTS_KEY,
  });
}

function measureCurrentSlide(options: {
  minFontPx: number;
  tolerancePx: number;
  key: string;
}): SlideLayout {
  const { minFontPx, tolerancePx, key } = options;
  const reveal = window.Reveal;
  const slidesElement = document.querySelector<HTMLElement>('.reveal .slides');
  if (reveal === undefined || slidesElement === null) throw new Error('No reveal.js deck here');
  const slide = reveal.getCurrentSlide();
  const box = slidesElement.getBoundingClientRect();
  // reveal scales `.slides` (transform or zoom) to fit the window: screen px per design px.
  const screenScale = box.width / slidesElement.offsetWidth;

  const describe = (element: Element): string => {
    let name = element.tagName.toLowerCase();
    if (element.id !== '') name += `#${element.id}`;
    // reveal's state classes say nothing about which element the author should look at.
    const stateClasses = ['present', 'past', 'future', 'visible', 'current-fragment'];
    const classes = [...element.classList].filter((c) => !stateClasses.includes(c));
    for (const className of classes.slice(0, 3)) name += `.${className}`;
    const text = element.textContent.replace(/\s+/g, ' ').trim();
    if (text === '') return name;
    return `${name} "${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
  };

  const isShown = (element: Element): boolean => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const rect = element.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1;
  };

  const edgesCrossed = (rect: DOMRect): string | undefined => {
    const past = [
      ['left', box.left - rect.left],
      ['top', box.top - rect.top],
      ['right', rect.right - box.right],
      ['bottom', rect.bottom - box.bottom],
    ] as const;
    const crossed = past
      .filter(([, screenPx]) => screenPx > tolerancePx)
      .map(([edge, screenPx]) => `${Math.round(screenPx / screenScale)}px past the ${edge} edge`);
    return crossed.length === 0 ? undefined : crossed.join(', ');
  };

  // How much bigger or smaller than its computed font-size the element is drawn, relative to the
  // slide box: transforms, `scale` and `zoom` between it and `.slides`, or an SVG viewBox.
  const drawnScale = (element: Element): number => {
    if (element instanceof SVGGraphicsElement) {
      // The screen CTM includes the viewBox and all CSS transforms, reveal's own scale too.
      const matrix = element.getScreenCTM();
      if (matrix !== null) {
        return Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c)) / screenScale;
      }
    }
    let scale = 1;
    for (let node: Element | null = element; node !== null && node !== slidesElement;) {
      const style = getComputedStyle(node);
      if (style.transform !== 'none') {
        const matrix = new DOMMatrixReadOnly(style.transform);
        scale *= Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c));
      }
      if (style.scale !== 'none') {
        const [x = 1, y = x] = style.scale.split(' ').map(Number);
        scale *= Math.sqrt(Math.abs(x * y));
      }
      const zoom = Number(style.zoom);
      if (zoom > 0) scale *= zoom;
      node = node.parentElement;
    }
    return scale;
  };

  const hasOwnText = (element: Element): boolean =>
    Array.from(element.childNodes).some(
      (child) => child.nodeType === Node.TEXT_NODE && /\S/.test(child.textContent ?? ''),
    );

  const outside: string[] = [];
  const clipped: string[] = [];
  const smallText: string[] = [];
  const textElements: Element[] = [];
  const reportedOutside = new Set<Element>();

  for (const element of [slide, ...Array.from(slide.querySelectorAll('*'))]) {
    if (!isShown(element)) continue;

    const crossed = edgesCrossed(element.getBoundingClientRect());
    if (crossed !== undefined) {
      outside.push(`${describe(element)} sticks out ${crossed}`);
      reportedOutside.add(element);
    }

    if (element instanceof HTMLElement) {
      const style = getComputedStyle(element);
      const clips = (overflow: string) => overflow !== 'visible';
      const lostX = element.scrollWidth - element.clientWidth;
      const lostY = element.scrollHeight - element.clientHeight;
      const lost = [
        clips(style.overflowX) && lostX > tolerancePx ? `${lostX}px horizontally` : '',
        clips(style.overflowY) && lostY > tolerancePx ? `${lostY}px vertically` : '',
      ].filter((part) => part !== '');
      // Inline boxes never clip; inline-block and the rest do.
      const canClip = style.display !== 'inline' && style.display !== 'contents';
      if (canClip && lost.length > 0) {
        const overflow =
          style.overflowX === style.overflowY
            ? style.overflowX
            : `${style.overflowX} ${style.overflowY}`;
        clipped.push(
          `${describe(element)} cuts off ${lost.join(' and ')} of its content (overflow: ${overflow})`,
        );
      }
    }

    if (hasOwnText(element)) {
      textElements.push(element);
      const computed = parseFloat(getComputedStyle(element).fontSize);
      const scale = drawnScale(element);
      const drawn = computed * scale;
      if (drawn < minFontPx - 0.05) {
        const how =
          Math.abs(scale - 1) < 0.01
            ? ''
            : ` (font-size ${computed}px, drawn ×${scale.toFixed(2)})`;
        smallText.push(
          `${describe(element)} is ${Math.round(drawn * 10) / 10}px${how}, below ${minFontPx}px`,
        );
      }
    }
  }

  // Text can also spill out of an element that is itself inside the box (fixed height, nowrap).
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent === null || reportedOutside.has(parent) || !/\S/.test(node.textContent ?? '')) {
      continue;
    }
    if (!isShown(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      const crossed = edgesCrossed(rect);
      if (crossed !== undefined) {
        outside.push(`text of ${describe(parent)} sticks out ${crossed}`);
        break;
      }
    }
  }

  // Kept on the page so that platformFonts() can hand exactly these elements to DevTools.
  Object.assign(window, { [key]: textElements });
  return { outside, clipped, smallText, textElements: textElements.map(describe) };
}

/** A font Chromium drew some of an element's own text with. */
export interface PlatformFont {
  readonly familyName: string;
  /** True for a webfont loaded by the page, false for a font installed on the machine. */
  readonly isCustomFont: boolean;
  readonly glyphCount: number;
}

/**
 * Asks Chromium (DevTools protocol, `CSS.getPlatformFontsForNode`) which fonts it actually drew the
 * text of each element found by the last inspectLayout() with: CSS only says which font was asked
 * for, not whether it loaded or covered every glyph. Same order as `SlideLayout.textElements`.
 */
export async function platformFonts(page: Page): Promise<PlatformFont[][]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    // DOM.requestNode only works once the client has asked for the document.
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `window.${TEXT_ELEMENTS_KEY}`,
    });
    if (result.objectId === undefined) {
      throw new Error('Run inspectLayout() before platformFonts()');
    }
    const { result: properties } = await cdp.send('Runtime.getProperties', {
      objectId: result.objectId,
      ownProperties: true,
    });
    const elements = properties
      .filter((property) => /^\d+$/.test(property.name))
      .sort((a, b) => Number(a.name) - Number(b.name));

    const fonts: PlatformFont[][] = [];
    for (const element of elements) {
      const objectId = element.value?.objectId;
      if (objectId === undefined) throw new Error(`Element ${element.name} has no object id`);
      const { nodeId } = await cdp.send('DOM.requestNode', { objectId });
      const platform = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      fonts.push(platform.fonts);
    }
    return fonts;
  } finally {
    await cdp.detach();
  }
}

/** The speaker view's two previews of the deck (src/speaker/speaker-view.ts). */
export type SpeakerPreview = '.speaker-current' | '.speaker-upcoming';

/**
 * What a speaker-view preview shows, as `slide-id/steps shown`, or why it shows nothing (yet):
 * each preview is the deck itself in a frame.
 */
export async function previewSlideId(speaker: Page, container: SpeakerPreview): Promise<string> {
  const iframe = await speaker
    .locator(`${container} iframe`)
    .elementHandle({ timeout: 1000 })
    .catch(() => null);
  const content = await iframe?.contentFrame();
  if (content === undefined || content === null) return `no iframe in ${container}`;
  // The preview may still be loading (or reloading): say so, and let the caller ask again.
  return content
    .evaluate(() => {
      const reveal = window.Reveal;
      if (reveal?.isReady() !== true) return 'loading';
      const { f } = reveal.getIndices() as { f?: number };
      return `${reveal.getCurrentSlide().id}/${(f ?? -1) + 1}`;
    })
    .catch(() => 'loading');
}
