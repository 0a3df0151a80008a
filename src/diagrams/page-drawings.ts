/**
 * The drawings the build wrote into the page: index.html holds the default language's, in
 * place on its slides. A view that renders the slides anew (another cut or language) keeps them
 * first, and drawn-diagrams.ts takes them from here instead of downloading the same drawings
 * again, so the offline copy leaves that language's module out when the page holds them all
 * (scripts/lib/build-manifest.ts, `inPage`).
 */
import type { Locale } from '../model/authored.ts';
import { locales } from '../model/locales.ts';
import { domAttributes, domNames } from '../render/dom-names.ts';
import { renderIdOf } from './place-drawings.ts';

/** The drawings kept, as the build drew them (ids without the slide's suffix), by render id. */
const kept = new Map<string, string>();

/** Keeps every drawing on the slides under `slides`, before they are rendered over. */
export function keepPageDrawings(slides: ParentNode): void {
  for (const figure of slides.querySelectorAll<HTMLElement>(domNames.diagramFigure)) {
    const diagramId = figure.getAttribute(domAttributes.diagramId);
    const slideId = figure.closest('section')?.id;
    const svg = figure.querySelector(`${domNames.diagramCanvas} > svg`);
    if (diagramId === null || slideId === undefined || svg === null) continue;
    for (const locale of locales) {
      // The ids of a drawing on a slide end in the slide's id (place-drawings.ts).
      const renderId = renderIdOf(diagramId, locale);
      const onSlide = `${renderId}-${slideId}`;
      if (svg.id === onSlide) kept.set(renderId, svg.outerHTML.replaceAll(onSlide, renderId));
    }
  }
}

/** A drawing kept from the page, or undefined when the page had none in `locale`. */
export function pageDrawing(diagramId: string, locale: Locale): string | undefined {
  return kept.get(renderIdOf(diagramId, locale));
}
