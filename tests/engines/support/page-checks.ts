/**
 * Checks run inside the page, in any engine: plain functions of the DOM, serialised by the
 * driver, so they import nothing and use only what all three engines have.
 */

/**
 * The slide show is started, with all its parts (`<html data-deck-ready>`: reveal, keys, menu,
 * widgets; src/deck/presenting-parts.ts), and Inter has loaded.
 */
export function deckReady(): boolean {
  return (
    document.documentElement.hasAttribute('data-deck-ready') && document.fonts.status === 'loaded'
  );
}

/** The reader is laid out and its diagrams drawn. */
export function readerReady(): boolean {
  const figures = [...document.querySelectorAll('.reader-slides figure.diagram')];
  return (
    document.querySelector('.reveal.reader') !== null &&
    document.fonts.status === 'loaded' &&
    figures.every((figure) => figure.hasAttribute('data-rendered')) &&
    document.querySelector('.matrix[data-matrix-ready]') !== null
  );
}

/** Goes to slide `index` at its last step and says when it is drawn (diagrams rendered). */
export function showLastStep(index: number): void {
  const reveal = (window as unknown as { Reveal: RevealLike }).Reveal;
  reveal.slide(index);
  const slide = reveal.getCurrentSlide();
  const steps = [...slide.querySelectorAll<HTMLElement>('.fragment')].map((fragment) =>
    Number(fragment.dataset['fragmentIndex'] ?? 0),
  );
  if (steps.length > 0) reveal.slide(index, 0, Math.max(...steps));
}

interface RevealLike {
  slide(h: number, v?: number, f?: number): void;
  getCurrentSlide(): HTMLElement;
  getSlides(): HTMLElement[];
  getTotalSlides(): number;
}

/** The current slide has no pending diagram and no running transition. */
export function slideSettled(): boolean {
  const reveal = (window as unknown as { Reveal: RevealLike }).Reveal;
  const slide = reveal.getCurrentSlide();
  if (slide.querySelector('figure.diagram:not([data-rendered]), [aria-busy="true"]') !== null) {
    return false;
  }
  return document
    .getAnimations()
    .every(
      (animation) =>
        animation.playState !== 'running' ||
        !(animation.effect instanceof KeyframeEffect) ||
        !slide.contains(animation.effect.target),
    );
}

/**
 * What is wrong with the current slide as drawn: text or boxes past the slide's edges, text not
 * drawn in Inter (the computed family's first choice, and the face loaded). Its diagram's
 * labels are diagramLabelProblems's.
 */
export function slideProblems(): string[] {
  const reveal = (window as unknown as { Reveal: RevealLike }).Reveal;
  const slide = reveal.getCurrentSlide();
  const frame = slide.querySelector('.slide-frame') ?? slide;
  const box = frame.getBoundingClientRect();
  const problems: string[] = [];
  const name = (element: Element): string =>
    `${slide.id} ${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${element.textContent.trim().slice(0, 30)}"`;
  const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent === null || !/\S/.test(node.textContent ?? '')) continue;
    if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    // Screen-reader-only text (the diagrams' figcaptions) is a 1 px box nobody sees.
    const own = parent.getBoundingClientRect();
    if (own.width <= 1 || own.height <= 1) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1) continue;
      if (
        rect.left < box.left - 1 ||
        rect.right > box.right + 1 ||
        rect.top < box.top - 1 ||
        rect.bottom > box.bottom + 1
      ) {
        problems.push(`${name(parent)} sticks out of the slide`);
        break;
      }
    }
    const family = getComputedStyle(parent).fontFamily.split(',')[0]?.trim().replace(/["']/g, '');
    if (family !== 'Inter') problems.push(`${name(parent)} is set in ${family ?? 'nothing'}`);
  }
  // A face of Inter 600 is in. Not document.fonts.check(): Firefox, as the spec says, wants
  // every face that covers the text loaded, and fontsource's full file, behind the deck's own
  // cut of Inter (scripts/vite/font-subset-plugin.ts), loads only for a letter the deck lacks.
  const interLoaded = [...document.fonts].some(
    (face) =>
      face.family.replace(/["']/g, '') === 'Inter' &&
      face.weight === '600' &&
      face.status === 'loaded',
  );
  if (!interLoaded) problems.push('Inter is not loaded');
  return problems;
}

/**
 * Diagram labels whose text is not all inside their node's box, in the figures `selector`
 * finds (with a problem if there are none and `expectFigures`). It measures the text's own line
 * boxes, not the label element's: a label's box clips its text, so a line wrapped onto a row
 * the box lacks is cut off while the element still fits (WebKit broke "Systemen op" in two
 * so). Self-contained, as it runs in the page.
 */
export function diagramLabelProblems(selector: string, expectFigures: boolean): string[] {
  const problems: string[] = [];
  const outside = (inner: DOMRect, outer: DOMRect): boolean =>
    inner.left < outer.left - 1 ||
    inner.right > outer.right + 1 ||
    inner.top < outer.top - 1 ||
    inner.bottom > outer.bottom + 1;
  const figures = [...document.querySelectorAll(selector)];
  if (expectFigures && figures.length === 0) problems.push(`no diagrams at ${selector}`);
  for (const figure of figures) {
    const id = figure.closest('section')?.id ?? '?';
    const nodes = [...figure.querySelectorAll('g.node')];
    if (nodes.length === 0) problems.push(`${id}: no nodes drawn`);
    for (const node of nodes) {
      const shape = node.querySelector('rect, polygon, path, circle');
      const label = node.querySelector('.label, foreignObject, text');
      if (shape === null || label === null) continue;
      const outer = shape.getBoundingClientRect();
      const text = `"${label.textContent.trim()}"`;
      if (outside(label.getBoundingClientRect(), outer)) {
        problems.push(`${id}: label ${text} is outside its box`);
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(label);
      const lines = [...range.getClientRects()].filter((rect) => rect.width >= 1);
      if (lines.some((line) => outside(line, outer))) {
        problems.push(`${id}: label ${text} runs past its box (a line is cut off)`);
      }
    }
  }
  return problems;
}

/** The board's axis labels on screen, in CSS pixels, in the reader or the deck. */
export function boardAxes(): Record<string, { x: number; y: number; width: number }> {
  const board = document.querySelector('.matrix[data-matrix-ready]');
  const result: Record<string, { x: number; y: number; width: number }> = {};
  if (board === null) return result;
  for (const axis of ['internal', 'external']) {
    for (const end of ['from', 'to']) {
      const label = board.querySelector(`.matrix-axis-${axis} .matrix-axis-${end}`);
      if (label === null) continue;
      const rect = label.getBoundingClientRect();
      result[`${axis}-${end}`] = {
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
        width: rect.width,
      };
    }
  }
  return result;
}

/** Scrolls the reader's board into view and returns its box in CSS pixels. */
export function scrollToBoard(): { x: number; y: number; width: number; height: number } {
  const board = document.querySelector('.matrix[data-matrix-ready]');
  if (board === null) throw new Error('No drawn board');
  board.scrollIntoView({ block: 'center' });
  const rect = board.getBoundingClientRect();
  return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
}

/** The computed colours of the chrome and of the current slide's frame, for light/dark checks. */
export interface ChromeColours {
  readonly menu: string;
  readonly slideNumber: string;
  readonly currentFrame: string;
  readonly page: string;
}

export function chromeColours(): ChromeColours {
  const pick = (selector: string): string => {
    const element = document.querySelector(selector);
    return element === null ? 'missing' : getComputedStyle(element).color;
  };
  const reveal = (window as unknown as { Reveal: RevealLike }).Reveal;
  const frame = reveal.getCurrentSlide().querySelector('.slide-frame');
  return {
    menu: pick('.reveal .deck-menu-button'),
    slideNumber: pick('.reveal .slide-number'),
    currentFrame: frame === null ? 'missing' : getComputedStyle(frame).backgroundColor,
    // What shows behind the overview: the first of these with a background of its own.
    page:
      [document.querySelector('.reveal'), document.body, document.documentElement]
        .map((element) => (element === null ? '' : getComputedStyle(element).backgroundColor))
        .find((colour) => colour !== '' && !/^rgba\(.*,\s*0\)$|^transparent$/.test(colour)) ??
      'rgb(255, 255, 255)',
  };
}
