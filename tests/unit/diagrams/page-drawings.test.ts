// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { keepPageDrawings, pageDrawing } from '../../../src/diagrams/page-drawings.ts';
import { drawingOnSlide } from '../../../src/diagrams/place-drawings.ts';

/** A drawing as the build draws it, with an arrowhead its edge names by id. */
const drawn =
  '<svg id="mmd-plan-nl"><marker id="mmd-plan-nl_pointEnd"></marker><path marker-end="url(#mmd-plan-nl_pointEnd)"></path></svg>';

describe('the drawings kept from the page', () => {
  it('come back as the build drew them, without the slide’s suffix', () => {
    const slides = document.createElement('div');
    slides.innerHTML = `<section id="het-plan"><figure class="diagram" data-diagram="plan" data-rendered="true"><div class="diagram-canvas">${drawingOnSlide(drawn, 'plan', 'nl', 'het-plan')}</div></figure></section>`;
    keepPageDrawings(slides);
    expect(pageDrawing('plan', 'nl')).toBe(drawn);
    // Only the page's language: another is the module's.
    expect(pageDrawing('plan', 'en')).toBeUndefined();
    expect(pageDrawing('lus', 'nl')).toBeUndefined();
  });
});
