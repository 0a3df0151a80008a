// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cssBlocks, rulesInUse, tidyDrawing } from '../../../src/diagrams/tidy-drawing.ts';

/** A drawing as Mermaid writes one, cut down: two marker kinds, one used; two edges. */
function drawing(): SVGSVGElement {
  // As XML: happy-dom's HTML parser loses what follows a <style> inside an <svg>.
  const markup = `<svg id="mmd-x-nl" xmlns="http://www.w3.org/2000/svg">
    <style>#mmd-x-nl{fill:#1B1F24;}@keyframes dash{to{stroke-dashoffset:0;}}#mmd-x-nl .edge-animation-slow{animation:dash 50s linear infinite;}#mmd-x-nl .node rect{fill:#FAF7F2;}#mmd-x-nl .node:hover rect{fill:#fff;}#mmd-x-nl [data-look="neo"].node rect{filter:none;}#mmd-x-nl .cluster-label text{fill:#4A525C;}@media print{#mmd-x-nl .node{fill:#000;}}</style>
    <marker id="mmd-x-nl_pointEnd"><path d="M 0 0 L 10 5 L 0 10 z"></path></marker>
    <marker id="mmd-x-nl_circleEnd"><circle r="5"></circle></marker>
    <g class="edgePaths"><path data-id="L_a_b_0" data-points="W3sieCI6MX1d" data-et="edge" marker-end="url(#mmd-x-nl_pointEnd)" class="diagram-step-1"></path></g>
    <g class="edgeLabels"><g class="edgeLabel"><g class="label" data-id="L_a_b_0"><span class="edgeLabel"></span></g></g><g class="edgeLabel"><g class="label"><span class="edgeLabel">ja</span></g></g></g>
    <g class="node default" data-look="classic"><rect></rect></g>
  </svg>`;
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
  return parsed.documentElement as unknown as SVGSVGElement;
}

describe('tidyDrawing', () => {
  it('keeps the arrowheads the edges point at and drops the rest', () => {
    const svg = drawing();
    tidyDrawing(svg);
    expect([...svg.querySelectorAll('marker')].map((marker) => marker.id)).toEqual([
      'mmd-x-nl_pointEnd',
    ]);
    expect(svg.querySelector('.edgePaths path')?.getAttribute('marker-end')).toBe(
      'url(#mmd-x-nl_pointEnd)',
    );
  });

  it("drops Mermaid's layout data and keeps the step classes", () => {
    const svg = drawing();
    tidyDrawing(svg);
    expect(svg.outerHTML).not.toMatch(/data-(points|et|id|look)=/);
    expect(svg.querySelector('.edgePaths path')?.classList.contains('diagram-step-1')).toBe(true);
  });

  it('drops edge labels without text and keeps those with text', () => {
    const svg = drawing();
    tidyDrawing(svg);
    expect([...svg.querySelectorAll('g.edgeLabel')].map((label) => label.textContent)).toEqual([
      'ja',
    ]);
  });

  it('keeps the style rules that match the drawing, in their order and as written', () => {
    const svg = drawing();
    tidyDrawing(svg);
    expect(svg.querySelector('style')?.textContent).toBe(
      '#mmd-x-nl{fill:#1B1F24;}#mmd-x-nl .node rect{fill:#FAF7F2;}#mmd-x-nl .node:hover rect{fill:#fff;}@media print{#mmd-x-nl .node{fill:#000;}}',
    );
  });
});

describe('rulesInUse', () => {
  const svg = drawing();

  it('keeps a rule when one selector of its list matches', () => {
    expect(rulesInUse('.nothing,#mmd-x-nl .node rect{fill:red}', svg)).toBe(
      '.nothing,#mmd-x-nl .node rect{fill:red}',
    );
  });

  it('keeps keyframes a kept rule animates with, and only those', () => {
    const css = '@keyframes dash{to{x:0}}@keyframes spin{to{x:1}}.node{animation:dash 2s}';
    expect(rulesInUse(css, svg)).toBe('@keyframes dash{to{x:0}}.node{animation:dash 2s}');
  });

  it('keeps a selector the browser cannot read rather than guess', () => {
    expect(rulesInUse('#mmd-x-nl >>> .node{fill:red}', svg)).toBe('#mmd-x-nl >>> .node{fill:red}');
  });
});

describe('cssBlocks', () => {
  it('splits a sheet at its top-level blocks, nested ones whole', () => {
    expect(cssBlocks('a{x:1}@media print{b{y:2}} c {z:3}').map((block) => block.prelude)).toEqual([
      'a',
      '@media print',
      'c',
    ]);
  });
});
