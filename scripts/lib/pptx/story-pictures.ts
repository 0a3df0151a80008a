/**
 * The story's pictures (src/pictures/) for PowerPoint: the very SVG the deck inlines beside a
 * slide's text, in the colours of the slide's ground, as a picture of its own, and a PNG of it
 * at projector resolution for programs that do not draw SVG, made in Chromium as the
 * diagrams' PNGs are (diagram-pictures.ts).
 */
import type { Browser } from 'playwright-core';
import type { Locale, PictureName, SlideContent } from '../../../src/model/authored.ts';
import type { ResolvedDeck } from '../../../src/model/resolved.ts';
import { textIn } from '../../../src/model/texts.ts';
import { pictures, renderPicture } from '../../../src/pictures/pictures.ts';
import type { Ground } from '../../../src/pictures/paint.ts';
import { darkKinds } from '../../../src/render/renderers.ts';
import { pngScale, rasterize, type DiagramPicture } from './diagram-pictures.ts';
import { pictureBox } from './layouts.ts';

/** A slide's picture, drawn: the same shape as a diagram's (SVG, PNG, the SVG's own size). */
export type StoryPicture = DiagramPicture;

/** Pictures by the id of the slide they stand on. */
export type StoryPictures = ReadonlyMap<string, StoryPicture>;

/** The picture a slide names, if its kind may carry one. */
export function pictureOf(slide: SlideContent): PictureName | undefined {
  return slide.kind === 'statement' || slide.kind === 'quote' || slide.kind === 'fact'
    ? slide.picture
    : undefined;
}

const groundOf = (slide: SlideContent): Ground => (darkKinds.has(slide.kind) ? 'night' : 'paper');

/** The picture's own size, from its drawing's viewBox (`0 0 width height`). */
export function drawingSize(name: PictureName): { width: number; height: number } {
  const [, , width, height] = pictures[name].viewBox.split(/\s+/u).map(Number);
  if (width === undefined || height === undefined || !(width > 0) || !(height > 0)) {
    throw new Error(`Picture "${name}" has no usable viewBox ("${pictures[name].viewBox}").`);
  }
  return { width, height };
}

/** A slide's picture as a self-contained SVG document, as the web slide inlines it. */
export function pictureSvg(slide: SlideContent, locale: Locale): string | undefined {
  const name = pictureOf(slide);
  return name === undefined ? undefined : renderPicture(name, locale, groundOf(slide)).toString();
}

/** The picture's text alternative in `locale`: the image's alt text, as the web's aria-label. */
export function pictureAlt(name: PictureName, locale: Locale): string {
  return textIn(pictures[name].alt, locale);
}

/** Every picture of the deck's slides, drawn in `locale`; PNGs made in `browser`. */
export async function drawStoryPictures(
  browser: Browser,
  deck: ResolvedDeck,
  locale: Locale,
): Promise<StoryPictures> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: pngScale,
  });
  try {
    const page = await context.newPage();
    const drawn = new Map<string, StoryPicture>();
    for (const { slide } of deck.slides) {
      const name = pictureOf(slide);
      const svg = pictureSvg(slide, locale);
      if (name === undefined || svg === undefined) continue;
      const size = drawingSize(name);
      // Transparent: the drawing lies on the slide's own paper or night, as on the web, with
      // no box of a slightly different colour around it once a program recompresses it.
      const png = await rasterize(page, svg, size, pictureBox, undefined);
      drawn.set(slide.id, { svg, png, ...size });
    }
    return drawn;
  } finally {
    await context.close();
  }
}
