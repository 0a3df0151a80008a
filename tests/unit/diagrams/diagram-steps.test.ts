import { describe, expect, it } from 'vitest';
import { edgeStep, nodeIdOf, nodeSteps } from '../../../src/diagrams/diagram-steps.ts';
import { diagramSlide } from '../../fixtures/decks.ts';

describe('diagram steps', () => {
  const steps = nodeSteps({
    ...diagramSlide.diagram,
    steps: [{ nodes: ['ext1', 'ext2'] }, { nodes: ['int1'] }, { nodes: ['samen'] }],
  });

  it('number the nodes of each step from 1', () => {
    expect([...steps]).toEqual([
      ['ext1', 1],
      ['ext2', 1],
      ['int1', 2],
      ['samen', 3],
    ]);
  });

  it('reveal an edge with the later of its two ends', () => {
    expect(edgeStep('L_ext1_ext2_0', steps)).toBe(1);
    expect(edgeStep('L_ext2_samen_0', steps)).toBe(3);
    expect(edgeStep('L_int1_ext1_2', steps)).toBe(2);
  });

  it('show edges between unstepped nodes from the start', () => {
    expect(edgeStep('L_other_thing_0', steps)).toBe(0);
    expect(edgeStep('not-an-edge', steps)).toBe(0);
  });

  it("read the node id back from Mermaid's element ids", () => {
    expect(nodeIdOf('mmd-twee-nl-c3-flowchart-ext1-0', 'mmd-twee-nl-c3')).toBe('ext1');
    expect(nodeIdOf('mmd-twee-nl-c3-flowchart-samen-12', 'mmd-twee-nl-c3')).toBe('samen');
    expect(nodeIdOf('mmd-other-flowchart-ext1-0', 'mmd-twee-nl-c3')).toBeUndefined();
  });
});
