import type { Mermaid } from 'mermaid';

/** What the deck reads back from a parsed flowchart: its nodes' classes and its edges, in order. */
export interface FlowchartParts {
  /** Each node's classes, by node id. */
  readonly nodeClasses: ReadonlyMap<string, readonly string[]>;
  /** Every edge in source order (the order `linkStyle <n>` counts in). */
  readonly edges: readonly FlowchartEdge[];
  /** The ids of the subgraphs. */
  readonly subgraphs: readonly string[];
}

export interface FlowchartEdge {
  readonly start: string;
  readonly end: string;
  /** `normal`, `thick`, `dotted` or `invisible` (a `~~~` link, for layout only). */
  readonly stroke: string;
}

/** The part of Mermaid's flowchart database the deck reads. */
interface FlowchartDb {
  getVertices(): Map<string, { classes: string[] }>;
  getEdges(): { start: string; end: string; stroke?: string }[];
  getSubGraphs(): { id: string }[];
}

/** The parts of Mermaid's API the deck needs to read a source. */
export type MermaidReader = Pick<Mermaid, 'parse' | 'mermaidAPI'>;

/**
 * Parses a flowchart source with Mermaid and hands back its parts, or says what kind of diagram
 * it is when it is no flowchart. Used by validation (in Node) and before rendering (to colour
 * the edges, edge-tones.ts).
 */
export async function readFlowchart(
  mermaid: MermaidReader,
  source: string,
): Promise<{ readonly type: string; readonly parts?: FlowchartParts }> {
  // mermaidAPI is deprecated, but it is the only API that hands back the parsed nodes.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const parsed = await mermaid.mermaidAPI.getDiagramFromText(source);
  if (!parsed.type.startsWith('flowchart')) return { type: parsed.type };
  const db = parsed.db as unknown as FlowchartDb;
  const nodeClasses = new Map<string, readonly string[]>();
  for (const [id, vertex] of db.getVertices()) nodeClasses.set(id, [...vertex.classes]);
  return {
    type: parsed.type,
    parts: {
      nodeClasses,
      edges: db.getEdges().map(({ start, end, stroke }) => ({
        start,
        end,
        stroke: stroke ?? 'normal',
      })),
      subgraphs: db.getSubGraphs().map((graph) => graph.id),
    },
  };
}
