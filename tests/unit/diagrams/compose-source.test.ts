import { describe, expect, it } from 'vitest';
import { composeSource } from '../../../src/diagrams/compose-source.ts';
import { withUniqueIds } from '../../../src/diagrams/unique-ids.ts';
import { diagramSlide } from '../../fixtures/decks.ts';

describe('composeSource', () => {
  const source = composeSource(diagramSlide.diagram, 'nl');

  it('keeps the authored structure first', () => {
    expect(source.startsWith('flowchart LR\n  a["Begin"] --> b["Eind"]')).toBe(true);
  });

  it('adds the text alternative from the content', () => {
    expect(source).toContain('accTitle: Schema');
    expect(source).toContain('accDescr: Van begin naar eind.');
  });

  it("styles the two movements in the deck's colours", () => {
    expect(source).toContain('classDef external fill:#F6E3D9,stroke:#A93F16');
    expect(source).toContain('classDef internal fill:#D9EEEC,stroke:#0E6B6B');
  });
});

describe('withUniqueIds', () => {
  it('renames ids and every reference to them, so copies keep their arrowheads', () => {
    const svg =
      '<svg id="mmd-x-nl-c1"><style>#mmd-x-nl-c1 .node{}</style><marker id="mmd-x-nl-c1_flowchart-v2-pointEnd"/>' +
      '<path marker-end="url(#mmd-x-nl-c1_flowchart-v2-pointEnd)"/></svg>';
    const copy = withUniqueIds(svg, 'mmd-x-nl-c1', 'p2');
    expect(copy).toBe(
      '<svg id="mmd-x-nl-c1-p2"><style>#mmd-x-nl-c1-p2 .node{}</style><marker id="mmd-x-nl-c1-p2_flowchart-v2-pointEnd"/>' +
        '<path marker-end="url(#mmd-x-nl-c1-p2_flowchart-v2-pointEnd)"/></svg>',
    );
  });
});
