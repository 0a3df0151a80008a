/** How much larger than Mermaid's default the arrowheads are drawn. */
const arrowheadScale = 1.75;

/**
 * Mermaid's arrowheads are 8 px, too small to read from the back of a room once the diagram
 * is projected. Scales every marker of a rendered diagram.
 */
export function enlargeArrowheads(svg: SVGSVGElement): void {
  for (const marker of svg.querySelectorAll('marker')) {
    for (const attribute of ['markerWidth', 'markerHeight']) {
      const value = Number(marker.getAttribute(attribute));
      if (value > 0) marker.setAttribute(attribute, String(value * arrowheadScale));
    }
  }
}
