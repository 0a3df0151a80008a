/**
 * Reads rendered diagrams back from the page. As in deck.ts, functions passed to
 * `page.evaluate` use only their arguments.
 */
import type { Frame, Page } from 'playwright-core';

/**
 * Waits until the page's view has started (the build's page has `html.deck-static` until then,
 * src/deck/static-page.ts) and every diagram figure on it is drawn (or has fallen back to text).
 * The build's figures are drawn from the start, so the first wait is the one that tells.
 */
export async function waitForDiagrams(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (document.documentElement.classList.contains('deck-static')) return false;
    const figures = [...document.querySelectorAll<HTMLElement>('figure.diagram')];
    return figures.length > 0 && figures.every((figure) => figure.dataset.rendered !== undefined);
  });
}

/** What a diagram figure looks like on screen, in design pixels where it says so. */
export interface DiagramReport {
  readonly slide: string;
  readonly rendered: string | undefined;
  /** The drawing's size on screen in design pixels (0 when missing). */
  readonly width: number;
  readonly height: number;
  /** Smallest label size on the slide, in design pixels. */
  readonly smallestLabelPx: number;
  /** Labels whose text sticks out of their node's shape. */
  readonly clippedLabels: string[];
  /** Edges whose arrowhead points at a marker id that is missing or not unique. */
  readonly brokenArrowheads: string[];
  /** How many edges end in an arrowhead. */
  readonly arrowheads: number;
  /** Whether Mermaid's source text shows instead of a drawing. */
  readonly showsSource: boolean;
  /** How many parts of the drawing are hidden (opacity below 1), waiting for a later step. */
  readonly hiddenParts: number;
}

/** Inspects every diagram figure under `scope` (a CSS selector), in a page or an iframe. */
export function inspectDiagrams(
  page: Page | Frame,
  scope = '.reveal .slides',
): Promise<DiagramReport[]> {
  return page.evaluate((scopeSelector) => {
    const slides = document.querySelector(scopeSelector);
    if (slides === null) throw new Error(`no ${scopeSelector}`);
    return [...slides.querySelectorAll<HTMLElement>('figure.diagram')].map((figure) => {
      // Each slide's 1280-wide frame is scaled (by reveal, or zoomed in the reader view):
      // divide by its scale to get design pixels.
      const frame = figure.closest('.slide-frame');
      const revealScale = (frame?.getBoundingClientRect().width ?? 1280) / 1280 || 1;
      const svg = figure.querySelector<SVGSVGElement>('.diagram-canvas > svg');
      const slide = figure.closest('section')?.id ?? '';
      const base = {
        slide,
        rendered: figure.dataset.rendered,
        showsSource: /flowchart\s+LR/.test(figure.textContent),
        hiddenParts: [
          ...figure.querySelectorAll('.diagram-canvas [class*="diagram-step-"]'),
        ].filter((part) => getComputedStyle(part).opacity !== '1').length,
      };
      if (svg === null) {
        return {
          ...base,
          width: 0,
          height: 0,
          smallestLabelPx: 0,
          clippedLabels: [],
          brokenArrowheads: [],
          arrowheads: 0,
        };
      }
      const box = svg.getBoundingClientRect();
      const viewBox = svg.viewBox.baseVal;
      // The SVG keeps its aspect ratio inside the figure: the smaller ratio is its scale.
      const svgScale = Math.min(box.width / viewBox.width, box.height / viewBox.height);
      let smallestLabelPx = Number.POSITIVE_INFINITY;
      const clippedLabels: string[] = [];
      for (const node of svg.querySelectorAll<SVGGElement>('g.node, g.cluster')) {
        const label = node.querySelector<HTMLElement>('.nodeLabel');
        const shape = node.querySelector('rect, circle, polygon, path');
        if (label === null || shape === null) continue;
        const size = (parseFloat(getComputedStyle(label).fontSize) * svgScale) / revealScale;
        smallestLabelPx = Math.min(smallestLabelPx, size);
        const text = label.getBoundingClientRect();
        const outline = shape.getBoundingClientRect();
        const slack = 1;
        if (
          text.left < outline.left - slack ||
          text.right > outline.right + slack ||
          text.top < outline.top - slack ||
          text.bottom > outline.bottom + slack
        ) {
          clippedLabels.push(label.textContent);
        }
      }
      const brokenArrowheads: string[] = [];
      let arrowheads = 0;
      for (const path of svg.querySelectorAll<SVGPathElement>('path.flowchart-link')) {
        for (const attribute of ['marker-end', 'marker-start']) {
          const reference = path.getAttribute(attribute);
          if (reference === null || reference === '') continue;
          arrowheads++;
          const id = /url\(#(.+)\)/.exec(reference)?.[1] ?? '';
          const targets = document.querySelectorAll(`[id="${id}"]`);
          if (targets.length !== 1 || !svg.contains(targets[0] ?? null)) {
            brokenArrowheads.push(
              `${path.dataset.id ?? path.id} -> #${id} (${targets.length} found)`,
            );
          }
        }
      }
      return {
        ...base,
        // The drawing, not its box: the viewBox at the scale it is shown.
        width: (viewBox.width * svgScale) / revealScale,
        height: (viewBox.height * svgScale) / revealScale,
        smallestLabelPx: Number.isFinite(smallestLabelPx) ? smallestLabelPx : 0,
        clippedLabels,
        brokenArrowheads,
        arrowheads,
      };
    });
  }, scope);
}

/** The opacity of each step's parts on the current slide: `{ '1': ['1', '1'], '2': ['0'] }`. */
export function stepOpacities(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const slide = window.Reveal?.getCurrentSlide();
    if (slide === undefined) throw new Error('no current slide');
    const result: Record<string, string[]> = {};
    for (const part of slide.querySelectorAll<SVGElement>(
      '.diagram-canvas [class*="diagram-step-"]',
    )) {
      const step = /diagram-step-(\d+)/.exec(part.getAttribute('class') ?? '')?.[1] ?? '?';
      (result[step] ??= []).push(getComputedStyle(part).opacity);
    }
    return result;
  });
}
