import type { Movement } from '../model/authored.ts';
import { palette } from '../theme/palette.ts';
import type { FlowchartParts } from './flowchart-parts.ts';

/** The colour of an edge that leads into a movement's node, from the palette. */
const toneColours: Readonly<Record<Movement, string>> = {
  external: palette.external,
  internal: palette.internal,
};

/** Edges in a movement's colour are drawn a little heavier than the grey ones. */
const tonedEdgeWidth = '5px';
const plainEdge = `stroke:${palette.muted},stroke-width:3px`;

/**
 * An arrow takes the tone of the node it points to: a pull towards the client is terracotta, a
 * pull towards targets teal, a step in the learning loop teal; other arrows are grey. Authors
 * never colour an edge (validate-sources.ts refuses `linkStyle`), so the colour key cannot
 * drift from the nodes.
 *
 * Returns one `linkStyle` line per edge, to append to the composed source. One per edge, never
 * `linkStyle default`: Mermaid colours an arrowhead after the first stroke in its edge's style,
 * so a default stroke would leave every arrowhead grey. Invisible links (`~~~`, for layout only)
 * stay invisible.
 */
export function edgeStyles(parts: FlowchartParts): string[] {
  return parts.edges.map((edge, index) => {
    if (edge.stroke === 'invisible') return `  linkStyle ${index} stroke:none,stroke-width:0`;
    const tone = edgeTone(parts.nodeClasses.get(edge.end) ?? []);
    const style =
      tone === undefined ? plainEdge : `stroke:${toneColours[tone]},stroke-width:${tonedEdgeWidth}`;
    return `  linkStyle ${index} ${style}`;
  });
}

/** The movement among a node's classes, if it belongs to one. */
export function edgeTone(classes: readonly string[]): Movement | undefined {
  return classes.find((name): name is Movement => name === 'external' || name === 'internal');
}
