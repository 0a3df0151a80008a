/**
 * Mermaid in the browser: draws a diagram into SVG markup with its steps marked. The dev
 * server renders the slides' diagrams with it, so saving a diagram shows it at once; the build
 * runs the same drawing once per diagram in headless Chromium (scripts/lib/draw-diagrams.ts)
 * and the built site never loads Mermaid (ARCHITECTURE.md, Diagrams are drawn at build time).
 */
import mermaid from 'mermaid';
import type { Diagram, Locale } from '../model/authored.ts';
import { enlargeArrowheads } from './arrowheads.ts';
import { composeSource } from './compose-source.ts';
import { edgeStyles } from './edge-tones.ts';
import { readFlowchart } from './flowchart-parts.ts';
import { interReady } from './fonts-ready.ts';
import { markSteps } from './mark-steps.ts';
import { mermaidConfig } from './mermaid-config.ts';
import { tidyDrawing } from './tidy-drawing.ts';
import {
  pendingFigures,
  placeDrawing,
  renderIdOf,
  showTextInstead,
  type PlacedDiagram,
} from './place-drawings.ts';

let initialized = false;

/**
 * Draws one diagram in the deck's look, after Inter has loaded (Mermaid measures the labels as
 * it lays them out): the SVG's markup, its parts tagged with their steps, arrowheads enlarged,
 * what nothing reads left out (tidy-drawing.ts), hidden from screen readers (the figure's
 * caption carries the same text alternative).
 */
export async function drawDiagram(diagram: Diagram, locale: Locale): Promise<string> {
  await interReady();
  if (!initialized) {
    mermaid.initialize(mermaidConfig);
    initialized = true;
  }
  const renderId = renderIdOf(diagram.id, locale);
  try {
    const { svg } = await mermaid.render(renderId, await tonedSource(diagram, locale));
    const holder = document.createElement('div');
    holder.innerHTML = svg;
    const element = holder.querySelector('svg');
    if (element === null) throw new Error('Mermaid returned no SVG');
    element.setAttribute('aria-hidden', 'true');
    markSteps(element, diagram, renderId);
    enlargeArrowheads(element);
    tidyDrawing(element);
    return element.outerHTML;
  } finally {
    // Mermaid leaves its tooltip element and, on errors, a measuring element on <body>.
    document.querySelectorAll('body > .mermaidTooltip, body > [id^="dmmd-"]').forEach((el) => {
      el.remove();
    });
  }
}

/** The composed source with each arrow in the tone of the node it points to (edge-tones.ts). */
async function tonedSource(diagram: Diagram, locale: Locale): Promise<string> {
  const source = composeSource(diagram, locale);
  const { parts } = await readFlowchart(mermaid, source);
  return parts === undefined ? source : [source, ...edgeStyles(parts)].join('\n');
}

/** Draws each diagram once and puts it into every figure under `root` that shows it. */
export async function renderDiagrams(
  root: ParentNode,
  placed: readonly PlacedDiagram[],
  locale: Locale,
): Promise<void> {
  performance.mark('diagrams-start');
  for (const [id, { diagram, figures }] of pendingFigures(root, placed)) {
    try {
      const svg = await drawDiagram(diagram, locale);
      for (const { figure, slideId } of figures) {
        placeDrawing(figure, svg, { diagramId: id, locale, slideId });
      }
    } catch (error) {
      showTextInstead(
        figures.map(({ figure }) => figure),
        error instanceof Error ? error.message : String(error),
      );
    }
    // Yield between diagrams so the deck stays responsive while they render.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // For the benchmark: when every diagram on the page is in place.
  performance.mark('diagrams-rendered');
}
