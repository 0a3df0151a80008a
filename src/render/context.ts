import type { DeckEvent, DeckNotes, Locale, Step, Text } from '../model/authored.ts';
import type { ResolvedSlide } from '../model/resolved.ts';
import { textIn } from '../model/texts.ts';
import { html, type SafeHtml } from './html.ts';

/** Where the deck lives, for slides that share it (set at build time from DECK_URL). */
export interface ShareLink {
  readonly url: string;
  /** The QR code of `url`, as SVG markup made at build time (trusted, not content). */
  readonly qrSvg: string;
  /** The PDF beside the deck, as a file name in the site's folder, if the build ships it. */
  readonly pdfFile?: string | undefined;
}

/** What the deck knows besides its content, for every slide. */
export interface RenderOptions {
  readonly share?: ShareLink | undefined;
  /** The speaker notes, for the views that show them under each slide (the reader). */
  readonly notes?: DeckNotes | undefined;
  /** The occasion (slides/event.ts), for the title slide's byline and the contact line. */
  readonly event?: DeckEvent | undefined;
  /**
   * The diagrams the build drew, in the render's language, by diagram id (SVG markup made by
   * Mermaid at build time, trusted like the QR code): the build's prerendered page has them in
   * its figures. Without them a figure waits for its drawing (src/diagrams/schedule-diagrams.ts).
   */
  readonly drawings?: Readonly<Record<string, string>> | undefined;
}

/** What every renderer gets besides its slide. */
export interface RenderContext extends RenderOptions {
  readonly locale: Locale;
  readonly entry: ResolvedSlide;
}

/** The string of a `Text` in the context's locale. */
export function t(context: RenderContext, text: Text): string {
  return textIn(text, context.locale);
}

/**
 * The attributes that make an element a reveal.js fragment at a step (steps count from 1,
 * reveal's fragment indices from 0). No step: visible from the start.
 */
export function stepAttributes(step: Step | undefined, extraClass = ''): SafeHtml {
  const classes = [extraClass, step === undefined ? '' : 'fragment'].filter(Boolean).join(' ');
  const classAttribute = classes === '' ? html`` : html` class="${classes}"`;
  return step === undefined
    ? classAttribute
    : html`${classAttribute} data-fragment-index="${step - 1}"`;
}
