/**
 * The lazily loaded half of the diagrams: imports Mermaid, renders each diagram once off-screen
 * and inserts a copy into every figure that shows it. Loaded only when the deck is idle, a
 * diagram slide is near, or the print view needs it (see schedule-diagrams.ts).
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
import { withUniqueIds } from './unique-ids.ts';
import { domNames, slideSection } from '../render/dom-names.ts';

let initialized = false;
let copies = 0;

/** A diagram and the slide that shows it, from the resolved deck. */
export interface PlacedDiagram {
  readonly slideId: string;
  readonly diagram: Diagram;
}

/** Renders each diagram into its slide's figure under `root`, where it is not drawn yet. */
export async function renderDiagrams(
  root: ParentNode,
  placed: readonly PlacedDiagram[],
  locale: Locale,
): Promise<void> {
  performance.mark('diagrams-start');
  await interReady();
  if (!initialized) {
    mermaid.initialize(mermaidConfig);
    initialized = true;
  }
  // One render per diagram, copied into every figure that shows it.
  const byDiagram = new Map<string, { diagram: Diagram; figures: HTMLElement[] }>();
  for (const { slideId, diagram } of placed) {
    const figure = slideSection(root, slideId)?.querySelector<HTMLElement>(domNames.diagramPending);
    if (figure === null || figure === undefined) continue;
    const entry = byDiagram.get(diagram.id) ?? { diagram, figures: [] };
    entry.figures.push(figure);
    byDiagram.set(diagram.id, entry);
  }
  for (const [id, { diagram, figures: group }] of byDiagram) {
    const renderId = `mmd-${id}-${locale}`;
    try {
      const { svg } = await mermaid.render(renderId, await tonedSource(diagram, locale));
      for (const figure of group) insert(figure, svg, diagram, renderId);
    } catch (error) {
      fail(group, error instanceof Error ? error.message : String(error));
    } finally {
      // Mermaid leaves its tooltip element and, on errors, a measuring element on <body>.
      document.querySelectorAll('body > .mermaidTooltip, body > [id^="dmmd-"]').forEach((el) => {
        el.remove();
      });
    }
    // Yield between diagrams so the deck stays responsive while they render.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // For the benchmark: when every diagram on the page is in place.
  performance.mark('diagrams-rendered');
}

/** The composed source with each arrow in the tone of the node it points to (edge-tones.ts). */
async function tonedSource(diagram: Diagram, locale: Locale): Promise<string> {
  const source = composeSource(diagram, locale);
  const { parts } = await readFlowchart(mermaid, source);
  return parts === undefined ? source : [source, ...edgeStyles(parts)].join('\n');
}

function insert(figure: HTMLElement, svg: string, diagram: Diagram, renderId: string): void {
  const copyId = `c${++copies}`;
  const canvas = figure.querySelector(domNames.diagramCanvas);
  if (canvas === null) return;
  canvas.innerHTML = withUniqueIds(svg, renderId, copyId);
  const element = canvas.querySelector('svg');
  if (element === null) return;
  // The figcaption carries the same text alternative; one is enough for a screen reader.
  element.setAttribute('aria-hidden', 'true');
  markSteps(element, diagram, `${renderId}-${copyId}`);
  enlargeArrowheads(element);
  figure.dataset.rendered = 'true';
}

function fail(figures: readonly HTMLElement[], reason: string): void {
  for (const figure of figures) {
    figure.classList.add('diagram-failed');
    figure.dataset.rendered = 'failed';
    const slide = figure.closest('section')?.id ?? '(unknown slide)';
    console.error(
      `The diagram on slide "${slide}" could not be rendered; ` +
        `showing its text instead. ${reason}`,
    );
  }
}
