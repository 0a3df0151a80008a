import type { Diagram } from '../model/authored.ts';

/** The class that marks an SVG part as revealed at a step (`diagram-step-2`). */
export const stepClass = (step: number): string => `diagram-step-${step}`;

/** Each stepped node's step, from 1. Nodes not listed are visible from the start (step 0). */
export function nodeSteps(diagram: Diagram): Map<string, number> {
  const steps = new Map<string, number>();
  diagram.steps.forEach((step, i) => {
    for (const node of step.nodes) steps.set(node, i + 1);
  });
  return steps;
}

/**
 * The step at which an edge appears: the later of its two ends, so an arrow never points
 * at a node that is not there yet. Mermaid names edges `L_<from>_<to>_<n>`; node ids hold no
 * underscore (the validator sees to it), so the name splits unambiguously.
 */
export function edgeStep(edgeId: string, steps: ReadonlyMap<string, number>): number {
  const match = /^L_([A-Za-z0-9]+)_([A-Za-z0-9]+)_\d+$/.exec(edgeId);
  if (match === null) return 0;
  const [, from = '', to = ''] = match;
  return Math.max(steps.get(from) ?? 0, steps.get(to) ?? 0);
}

/**
 * The node id inside a Mermaid node element id (`<renderId>-flowchart-<node>-<n>`).
 */
export function nodeIdOf(elementId: string, renderId: string): string | undefined {
  const prefix = `${renderId}-flowchart-`;
  if (!elementId.startsWith(prefix)) return undefined;
  return /^([A-Za-z0-9]+)-\d+$/.exec(elementId.slice(prefix.length))?.[1];
}
