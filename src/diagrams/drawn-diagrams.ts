/**
 * The built site's diagrams: the build drew each one in every language
 * (scripts/lib/draw-diagrams.ts) and wrote the default language's into index.html; this puts
 * them into slides the browser rendered itself (another cut or language): the default
 * language's as kept from the page (page-drawings.ts), the others, and any the page lacks, from
 * a small module per language. No Mermaid in the browser.
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
  // The module only for drawings the page lacks: the offline copy may not hold it, and the
  // page's drawings go in whether it loads or not.
  let drawings: Readonly<Record<string, string>> = {};
  let failure: string | undefined;
  const load = drawnDiagrams[locale];
  if (
    load !== undefined &&
    [...pending.keys()].some((id) => pageDrawing(id, locale) === undefined)
  ) {
    try {
      drawings = (await load()).default;
    } catch (error) {
      failure = `The drawings in ${locale} could not load: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  for (const [id, { figures }] of pending) {
    const svg = pageDrawing(id, locale) ?? drawings[id];
    if (svg === undefined) {
      showTextInstead(
        figures.map(({ figure }) => figure),
        failure ?? `The build drew no "${id}" in ${locale}.`,
      );
      continue;
    }
    for (const { figure, slideId } of figures)
      placeDrawing(figure, svg, { diagramId: id, locale, slideId });
  }
  performance.mark('diagrams-rendered');
}
