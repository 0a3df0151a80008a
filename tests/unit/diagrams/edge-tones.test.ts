import { describe, expect, it } from 'vitest';
import { edgeStyles, edgeTone } from '../../../src/diagrams/edge-tones.ts';
import type { FlowchartParts } from '../../../src/diagrams/flowchart-parts.ts';
import { palette } from '../../../src/theme/palette.ts';

const parts = (edges: FlowchartParts['edges']): FlowchartParts => ({
  nodeClasses: new Map([
    ['prof', ['default', 'tie']],
    ['klant', ['default', 'external']],
    ['targets', ['default', 'internal']],
    ['plan', ['default', 'neutral']],
  ]),
  edges,
  subgraphs: [],
});

describe('edgeStyles', () => {
  it('draws an arrow in the tone of the node it points to', () => {
    expect(
      edgeStyles(
        parts([
          { start: 'prof', end: 'klant', stroke: 'normal' },
          { start: 'prof', end: 'targets', stroke: 'normal' },
        ]),
      ),
    ).toEqual([
      `  linkStyle 0 stroke:${palette.external},stroke-width:5px`,
      `  linkStyle 1 stroke:${palette.internal},stroke-width:5px`,
    ]);
  });

  it('draws an arrow into a neutral or tie node in the muted grey', () => {
    expect(
      edgeStyles(
        parts([
          { start: 'klant', end: 'plan', stroke: 'normal' },
          { start: 'klant', end: 'prof', stroke: 'normal' },
        ]),
      ),
    ).toEqual([
      `  linkStyle 0 stroke:${palette.muted},stroke-width:3px`,
      `  linkStyle 1 stroke:${palette.muted},stroke-width:3px`,
    ]);
  });

  it('keeps a layout-only link (~~~) invisible, counting it in the edge order', () => {
    expect(
      edgeStyles(
        parts([
          { start: 'klant', end: 'prof', stroke: 'invisible' },
          { start: 'prof', end: 'klant', stroke: 'normal' },
        ]),
      ),
    ).toEqual([
      '  linkStyle 0 stroke:none,stroke-width:0',
      `  linkStyle 1 stroke:${palette.external},stroke-width:5px`,
    ]);
  });

  it('never styles all edges at once, which would leave every arrowhead grey', () => {
    const lines = edgeStyles(parts([{ start: 'prof', end: 'klant', stroke: 'normal' }]));
    expect(lines.join('\n')).not.toContain('linkStyle default');
  });
});

describe('edgeTone', () => {
  it('finds the movement among a node’s classes', () => {
    expect(edgeTone(['default', 'internal'])).toBe('internal');
    expect(edgeTone(['default', 'tie'])).toBeUndefined();
  });
});
