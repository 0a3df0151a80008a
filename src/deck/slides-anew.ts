/**
 * Slides the browser renders itself, where the page's cannot serve (another cut or language):
 * loaded with the renderers, and only then. The page's drawings are kept before its slides go
 * (src/diagrams/page-drawings.ts), so the diagrams need not download them again.
 */
import { keepPageDrawings } from '../diagrams/page-drawings.ts';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import type { RenderOptions } from '../render/context.ts';
import { renderDeck } from '../render/render-slide.ts';
import { leaveStaticPage } from './static-page.ts';

/** The page's elements the slides live in (index.html's #deck and #deck-slides). */
interface DeckPage {
  readonly revealElement: HTMLElement;
  readonly slidesElement: HTMLElement;
}

/** Renders `deck`; the function returned puts it in place of the page's slides. */
export function slidesAnew(
  deck: ResolvedDeck,
  locale: Locale,
  options: RenderOptions,
): (page: DeckPage) => void {
  const markup = renderDeck(deck, locale, options);
  return (page) => {
    keepPageDrawings(page.slidesElement);
    leaveStaticPage(page);
    page.slidesElement.innerHTML = markup;
  };
}
