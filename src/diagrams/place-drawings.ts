/**
 * Puts finished drawings (SVG markup, steps marked) into the diagram figures of the slides:
 * shared by the dev server's Mermaid renderer (render-diagrams.ts), the built site's loader of
 * the drawings the build made (drawn-diagrams.ts) and the build's prerendered page
 * (src/render/renderers.ts), so a figure looks the same whoever filled it.
 */
import type { Diagram, Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { domAttributes, domNames, slideSection } from '../render/dom-names.ts';
import { withUniqueIds } from './unique-ids.ts';

/** A diagram and the slide that shows it, from the resolved deck. */
export interface PlacedDiagram {
  readonly slideId: string;
  readonly diagram: Diagram;
}

/** Every diagram of the deck with the slide that shows it. */
export function diagramsOf(deck: ResolvedDeck): PlacedDiagram[] {
  return deck.slides.flatMap(({ slide }) =>
    slide.kind === 'diagram' ? [{ slideId: slide.id, diagram: slide.diagram }] : [],
  );
}

/** The id Mermaid draws a diagram under; every id inside its SVG starts with it. */
export function renderIdOf(diagramId: string, locale: Locale): string {
  return `mmd-${diagramId}-${locale}`;
}

/**
 * A drawing as it sits on one slide: its ids end in the slide's id, so two slides showing the
 * same diagram never share an id (arrowheads would vanish: ARCHITECTURE.md, "Design rules and
 * known traps").
 */
export function drawingOnSlide(
  svg: string,
  diagramId: string,
  locale: Locale,
  slideId: string,
): string {
  return withUniqueIds(svg, renderIdOf(diagramId, locale), slideId);
}

/** The figures under `root` still waiting for their drawing, grouped by diagram. */
export function pendingFigures(
  root: ParentNode,
  placed: readonly PlacedDiagram[],
): Map<string, { diagram: Diagram; figures: { figure: HTMLElement; slideId: string }[] }> {
  const byDiagram = new Map<
    string,
    { diagram: Diagram; figures: { figure: HTMLElement; slideId: string }[] }
  >();
  for (const { slideId, diagram } of placed) {
    const figure = slideSection(root, slideId)?.querySelector<HTMLElement>(domNames.diagramPending);
    if (figure === null || figure === undefined) continue;
    const entry = byDiagram.get(diagram.id) ?? { diagram, figures: [] };
    entry.figures.push({ figure, slideId });
    byDiagram.set(diagram.id, entry);
  }
  return byDiagram;
}

/** Puts a drawing into its figure on one slide and marks the figure drawn. */
export function placeDrawing(
  figure: HTMLElement,
  svg: string,
  where: { readonly diagramId: string; readonly locale: Locale; readonly slideId: string },
): void {
  const canvas = figure.querySelector(domNames.diagramCanvas);
  if (canvas === null) return;
  canvas.innerHTML = drawingOnSlide(svg, where.diagramId, where.locale, where.slideId);
  figure.setAttribute(domAttributes.diagramRendered, 'true');
}

/** Shows the figures' text alternative instead of a drawing, saying why in the console. */
export function showTextInstead(figures: readonly HTMLElement[], reason: string): void {
  for (const figure of figures) {
    figure.classList.add('diagram-failed');
    figure.setAttribute(domAttributes.diagramRendered, 'failed');
    const slide = figure.closest('section')?.id ?? '(unknown slide)';
    console.error(
      `The diagram on slide "${slide}" could not be shown; showing its text instead. ${reason}`,
    );
  }
}
