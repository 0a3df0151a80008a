import type { Diagram } from '../model/authored.ts';
import { edgeStep, nodeIdOf, nodeSteps, stepClass } from './diagram-steps.ts';

/**
 * Tags the parts of a rendered diagram with the step that reveals them. CSS then shows each
 * step from the slide's fragment state, which also holds in reveal's print view (it clones
 * slides per step and fires no fragment events).
 */
export function markSteps(svg: SVGSVGElement, diagram: Diagram, renderId: string): void {
  const steps = nodeSteps(diagram);
  for (const node of svg.querySelectorAll<SVGGElement>('g.node')) {
    const id = nodeIdOf(node.id, renderId);
    const step = id === undefined ? 0 : (steps.get(id) ?? 0);
    if (step > 0) node.classList.add(stepClass(step));
  }
  // Subgraphs (clusters) are named `<renderId>-<subgraph id>` and can be steps too.
  for (const cluster of svg.querySelectorAll<SVGGElement>('g.cluster')) {
    const step = steps.get(cluster.id.slice(renderId.length + 1)) ?? 0;
    if (step > 0) cluster.classList.add(stepClass(step));
  }
  // Edge paths and their labels both carry the edge's name in data-id.
  for (const part of svg.querySelectorAll<SVGElement>(
    '.edgePaths [data-id], .edgeLabels [data-id]',
  )) {
    const step = edgeStep(part.dataset.id ?? '', steps);
    if (step > 0) part.classList.add(stepClass(step));
  }
}
