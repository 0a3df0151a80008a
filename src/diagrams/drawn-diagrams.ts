/**
 * The built site's diagrams: the build drew each one in every language
 * (scripts/lib/draw-diagrams.ts) and wrote the default language's into index.html; this puts
 * another language's drawings, a small module per language, into slides the browser rendered
 * itself (a language switch, a hot reload). No Mermaid in the browser.
 */
import { drawnDiagrams } from 'virtual:deck-diagrams';
import type { Locale } from '../model/authored.ts';
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
  if (pending.size > 0) {
    const load = drawnDiagrams[locale];
    const drawings = load === undefined ? {} : (await load()).default;
    for (const [id, { figures }] of pending) {
      const svg = drawings[id];
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
