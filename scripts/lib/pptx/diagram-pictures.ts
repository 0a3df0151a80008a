/**
 * The deck's Mermaid diagrams as pictures for PowerPoint: a vector SVG with its labels as real
 * SVG text (see diagram-svg.browser.js), and a PNG of that same SVG at projector resolution
 * for programs that do not draw SVG (PowerPoint before 2016 shows the PNG). Both are made in
 * the real Chromium from the built deck's print view, so they are the diagrams the audience
 * saw, in Inter, with the deck's colours and arrowheads.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Locale } from '../../../src/model/authored.ts';
import { boxes, type Box } from './layouts.ts';
import { colors } from './theme.ts';

export interface DiagramPicture {
  /** A self-contained SVG document. */
  readonly svg: string;
  /** The same drawing as PNG, at `pngScale` times its size on the slide in design pixels. */
  readonly png: Buffer;
  /** The SVG's own size (its viewBox), for the aspect ratio. */
  readonly width: number;
  readonly height: number;
}

/** Pictures per slide id, one per step: index 0 as the slide opens, the last one complete. */
export type DiagramPictures = ReadonlyMap<string, readonly DiagramPicture[]>;

/** A 1280x720 slide shown at 1920x1080: the projector resolution the PNG is made for. */
export const pngScale = 1.5;

interface Converted {
  readonly slideId: string;
  readonly width: number;
  readonly height: number;
  readonly svgs: readonly string[];
}

const convertScript = readFileSync(new URL('./diagram-svg.browser.js', import.meta.url), 'utf8');

/** Waits for what the pictures need: fonts, reveal's print layout, every diagram drawn. */
async function waitForDiagrams(page: Page, timeoutMs: number): Promise<void> {
  try {
    await page.waitForFunction(
      `document.fonts.status === 'loaded' &&
       document.documentElement.dataset.printReady === 'true' &&
       [...document.querySelectorAll('figure.diagram')].every((figure) => figure.dataset.rendered !== undefined)`,
      undefined,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch (error) {
    throw new Error(
      `The deck's print view did not finish drawing its diagrams within ${timeoutMs / 1000} s (${error instanceof Error ? error.message : String(error)}).`,
      { cause: error },
    );
  }
  const failed = await page.evaluate(
    `[...document.querySelectorAll('figure.diagram[data-rendered="failed"]')].map((figure) => figure.dataset.diagram)`,
  );
  if (Array.isArray(failed) && failed.length > 0) {
    throw new Error(`Mermaid could not draw these diagrams: ${failed.join(', ')}.`);
  }
}

/**
 * The SVG drawn alone at its size on the slide (contained in `area`), on `background` (hex, no
 * `#`) or, without one, on nothing (a transparent PNG), screenshotted at the device's scale.
 * Also draws the story's pictures (story-pictures.ts).
 */
export async function rasterize(
  page: Page,
  svg: string,
  { width, height }: { readonly width: number; readonly height: number },
  area: Box,
  background: string | undefined,
): Promise<Buffer> {
  const fill = background === undefined ? 'transparent' : `#${background}`;
  const scale = Math.min(area.w / width, area.h / height);
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  await page.evaluate(
    `(() => {
      const holder = document.createElement('div');
      holder.id = 'pptx-raster';
      holder.style.cssText = 'position:fixed;left:0;top:0;z-index:2147483647;margin:0;padding:0;' +
        'width:${w}px;height:${h}px;background:${fill}';
      // In a shadow root, so the deck's own diagram styles (id selectors that match the
      // copy too) stay out and the PNG shows what the SVG alone says.
      const root = holder.attachShadow({ mode: 'open' });
      root.innerHTML = ${JSON.stringify(svg)};
      const svg = root.querySelector('svg');
      svg.setAttribute('width', '${w}');
      svg.setAttribute('height', '${h}');
      svg.style.cssText = 'display:block;width:${w}px;height:${h}px;max-width:none';
      document.body.appendChild(holder);
    })()`,
  );
  try {
    return await page.screenshot({
      clip: { x: 0, y: 0, width: w, height: h },
      type: 'png',
      omitBackground: background === undefined,
    });
  } finally {
    await page.evaluate(`document.getElementById('pptx-raster')?.remove()`);
  }
}

/** Draws every diagram of the deck served at `baseUrl`, in `locale`, at every step. */
export async function drawDiagrams(
  browser: Browser,
  baseUrl: string,
  locale: Locale,
  timeoutMs: number,
): Promise<DiagramPictures> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: pngScale,
    // The deck's policy forbids evaluating strings; the conversion script is one (see its
    // header), run by us in our own browser, so the policy is lifted for this page only.
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}?print-pdf&lang=${locale}`);
    try {
      await waitForDiagrams(page, timeoutMs);
    } catch (error) {
      if (errors.length > 0 && error instanceof Error) {
        error.message += `\nErrors in the page: ${errors.join('; ')}`;
      }
      throw error;
    }
    const converted = await page.evaluate<Converted[]>(convertScript);
    const pictures = new Map<string, DiagramPicture[]>();
    for (const diagram of converted) {
      const drawn: DiagramPicture[] = [];
      for (const svg of diagram.svgs) {
        if (svg.includes('<foreignObject')) {
          throw new Error(`Diagram on slide "${diagram.slideId}" still has HTML labels.`);
        }
        const png = await rasterize(page, svg, diagram, boxes.diagram.picture, colors.paper);
        drawn.push({ svg, png, width: diagram.width, height: diagram.height });
      }
      pictures.set(diagram.slideId, drawn);
    }
    return pictures;
  } finally {
    await context.close();
  }
}
