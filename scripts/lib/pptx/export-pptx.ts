/**
 * One PowerPoint export: the typed slides mapped to layouts, text and shapes, the diagrams and
 * the story's pictures drawn in Chromium, the notes cleaned, then the package fixed where
 * pptxgenjs falls short.
 * Shared by `npm run pptx` and the tests.
 */
import PptxGenJS from 'pptxgenjs';
import type { Browser } from 'playwright-core';
import type { Locale } from '../../../src/model/authored.ts';
import type { ResolvedSlide } from '../../../src/model/resolved.ts';
import { loadDeckSource, type DeckSource } from './deck-source.ts';
import { drawDiagrams, type DiagramPicture, type DiagramPictures } from './diagram-pictures.ts';
import { documentProperties } from './document-properties.ts';
import { defineLayouts, layoutName } from './layouts.ts';
import { notesText } from './notes.ts';
import { fixPackage } from './package-parts.ts';
import { addSlideContent } from './slide-content.ts';
import { drawStoryPictures, pictureOf, type StoryPictures } from './story-pictures.ts';
import { fontFace } from './theme.ts';

export interface PptxRequest {
  readonly locale: Locale;
  /** One slide per step instead of each slide at its final step. */
  readonly steps: boolean;
  /** The built deck, served (for the diagrams). */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** The cut to export (slides/cuts.ts); default the full talk. */
  readonly cut?: string | undefined;
  /** The deck's public address (DECK_URL), linked from the closing slide; none: no link. */
  readonly deckUrl?: string | undefined;
  readonly log: (line: string) => void;
}

export interface PptxResult {
  readonly bytes: Buffer;
  readonly slideCount: number;
}

/** The steps a slide is written at: all of them with `--steps`, else only its last. */
function stepsOf(entry: ResolvedSlide, steps: boolean): number[] {
  return steps ? Array.from({ length: entry.stepCount + 1 }, (_, step) => step) : [entry.stepCount];
}

function pictureAt(
  pictures: DiagramPictures,
  slideId: string,
  step: number,
): DiagramPicture | undefined {
  const drawn = pictures.get(slideId);
  return drawn === undefined ? undefined : drawn[Math.min(step, drawn.length - 1)];
}

/** The pictures a file carries, drawn beforehand: the diagrams per step, the story's per slide. */
export interface DrawnPictures {
  readonly diagrams: DiagramPictures;
  readonly story: StoryPictures;
}

/** What a PowerPoint file is made of besides the deck and its pictures: language and steps. */
export interface BuildOptions {
  readonly locale: Locale;
  readonly steps: boolean;
  readonly deckUrl?: string | undefined;
}

/**
 * Writes the PowerPoint file of `source` with its pictures already drawn: no browser, so the
 * unit tests read real files back.
 */
export async function buildPptx(
  source: DeckSource,
  pictures: DrawnPictures,
  options: BuildOptions,
): Promise<PptxResult> {
  const { deck, notesOf } = source;
  const { locale } = options;
  const properties = documentProperties(deck, locale, options.steps);
  const lang = properties.language;

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = properties.title;
  pptx.author = properties.author;
  pptx.subject = properties.subject;
  pptx.company = properties.author;
  pptx.theme = { headFontFace: fontFace, bodyFontFace: fontFace };
  defineLayouts(pptx, lang);

  let slideCount = 0;
  for (const entry of deck.slides) {
    const notes = notesText(notesOf(entry.slide.id, locale));
    for (const step of stepsOf(entry, options.steps)) {
      const slide = pptx.addSlide({
        masterName: layoutName(entry.slide.kind, pictureOf(entry.slide) !== undefined),
      });
      addSlideContent(pptx, slide, {
        slide: entry.slide,
        locale,
        lang,
        step,
        picture: pictureAt(pictures.diagrams, entry.slide.id, step),
        storyPicture: pictures.story.get(entry.slide.id),
        deckUrl: options.deckUrl,
        event: deck.event,
      });
      slide.addNotes(notes);
      slideCount += 1;
    }
  }

  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const pngBySvg = new Map<string, Buffer>();
  for (const drawn of pictures.diagrams.values()) {
    for (const picture of drawn) pngBySvg.set(picture.svg, picture.png);
  }
  for (const picture of pictures.story.values()) pngBySvg.set(picture.svg, picture.png);
  const bytes = await fixPackage(written, { properties, pngBySvg });
  return { bytes, slideCount };
}

/** Draws the diagrams from the served build and the story's pictures, then writes the file. */
export async function exportPptx(browser: Browser, request: PptxRequest): Promise<PptxResult> {
  const source = await loadDeckSource(request.cut);
  request.log('Drawing the diagrams and pictures in Chromium…');
  const diagrams = await drawDiagrams(browser, request.baseUrl, request.locale, request.timeoutMs);
  const story = await drawStoryPictures(browser, source.deck, request.locale);
  request.log('Writing the slides…');
  return buildPptx(source, { diagrams, story }, request);
}
