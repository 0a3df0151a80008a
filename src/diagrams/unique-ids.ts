/**
 * Gives every id in an SVG (and every reference to one) a suffix, so copies of one diagram
 * can share a page. Duplicate ids make arrowheads vanish: `url(#marker)` resolves to the
 * first copy, which may be hidden (ARCHITECTURE.md, "Design rules and known traps").
 */
export function withUniqueIds(svgMarkup: string, renderId: string, copyId: string): string {
  // Every id Mermaid writes starts with the render id, so one replacement catches ids,
  // url(#...) and href references, and the scoped <style> selectors alike.
  return svgMarkup.replaceAll(renderId, `${renderId}-${copyId}`);
}
