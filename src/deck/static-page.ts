/**
 * The page as the build wrote it (scripts/vite/deck-page-plugin.ts): the slides of the default
 * language with their notes and diagrams, laid out as the reader view, and, while
 * `html.deck-static` holds, on a larger screen as the first slide of the show
 * (src/theme/static-page.css). The views take this markup over instead of rendering it again
 * (ARCHITECTURE.md, The page before its script).
 */
import type { DeckView } from '../address/address.ts';
import type { Locale } from '../model/authored.ts';
import { domNames } from '../render/dom-names.ts';

const staticClass = 'deck-static';

/**
 * Whether the page holds the build's slides in `locale`. Another language (or none, in the dev
 * server) means the views render the slides themselves.
 */
export function takePrerendered(slides: HTMLElement, locale: Locale): boolean {
  const written = slides.dataset.prerendered;
  delete slides.dataset.prerendered;
  return written === locale;
}

/** Whether the page's slides include the one called `slideId` (a deep link's target). */
export function pageHoldsSlide(slides: HTMLElement, slideId: string): boolean {
  return [...slides.children].some((slide) => slide.id === slideId);
}

/**
 * Turns the build's markup into what `view` renders, in place: the reader keeps it as it is;
 * the slide show, print and previews get reveal's container and lose the notes (which only
 * the reader shows), so reveal.js takes the same DOM as if the browser had rendered it.
 */
export function takeOver(
  page: { readonly revealElement: HTMLElement; readonly slidesElement: HTMLElement },
  view: DeckView,
): void {
  const root = document.documentElement;
  if (view !== 'reader') {
    root.classList.remove('reader-view');
    page.revealElement.classList.remove('reader');
    page.slidesElement.classList.replace('reader-slides', 'slides');
    page.slidesElement.querySelectorAll(domNames.notes).forEach((notes) => {
      notes.remove();
    });
  }
  root.classList.remove(staticClass);
}

/**
 * Leaves the build's markup for the browser's own render (another language, a page that was
 * not prerendered): back to the empty slide show the template has.
 */
export function leaveStaticPage(page: {
  readonly revealElement: HTMLElement;
  readonly slidesElement: HTMLElement;
}): void {
  takeOver(page, 'slides');
}
