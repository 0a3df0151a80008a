/**
 * The built site's diagrams: the build drew each one in every language
 * (scripts/lib/draw-diagrams.ts) and wrote the default language's into index.html; this puts
 * them into slides the browser rendered itself (another cut, a language switch, print): the
 * default language's as kept from the page (page-drawings.ts), another's from a small module
 * per language. No Mermaid in the browser.
 */
import { drawnDiagrams } from 'virtual:deck-diagrams';
import type { Locale } from '../model/authored.ts';
import { pageDrawing } from './page-drawings.ts';
import {
  pendingFigures,
  placeDrawing,
  showTextInstead,
  type PlacedDiagram,
} from './place-drawings.ts';

/** Same signature as render-diagrams.ts's, which the dev server uses instead. */
export async function renderDiagrams(
  root: ParentNode,
  placed: readonly PlacedDiagram[],
  locale: Locale,
): Promise<void> {
  performance.mark('diagrams-start');
  const pending = pendingFigures(root, placed);
  const fromPage = new Map([...pending.keys()].map((id) => [id, pageDrawing(id, locale)]));
  if (pending.size > 0) {
    const load = drawnDiagrams[locale];
    // The module only when the page lacks a drawing: the offline copy may not hold it.
    const drawings =
      load === undefined || [...fromPage.values()].every((svg) => svg !== undefined)
        ? {}
        : (await load()).default;
    for (const [id, { figures }] of pending) {
      const svg = fromPage.get(id) ?? drawings[id];
      if (svg === undefined) {
        showTextInstead(
          figures.map(({ figure }) => figure),
          `The build drew no "${id}" in ${locale}.`,
        );
        continue;
      }
      for (const { figure, slideId } of figures)
        placeDrawing(figure, svg, { diagramId: id, locale, slideId });
    }
  }
  performance.mark('diagrams-rendered');
}
