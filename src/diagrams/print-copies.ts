import type { RevealApi } from 'reveal.js';
import type { Lifetime } from '../deck/lifetime.ts';
import { withUniqueIds } from './unique-ids.ts';

/**
 * reveal's print view copies a slide once per fragment step, and with it the diagram's SVG
 * and its ids. Renames the ids of every copy after the first, so each page's arrowheads
 * resolve to its own markers. Register before `initialize()`: `pdf-ready` fires once.
 */
export function keepPrintCopiesDistinct(life: Lifetime, reveal: RevealApi): void {
  life.on(reveal, 'pdf-ready', () => {
    const seen = new Map<string, number>();
    for (const svg of document.querySelectorAll<SVGSVGElement>('.pdf-page .diagram-canvas > svg')) {
      const copies = seen.get(svg.id) ?? 0;
      seen.set(svg.id, copies + 1);
      if (copies > 0) svg.outerHTML = withUniqueIds(svg.outerHTML, svg.id, `p${copies}`);
    }
  });
}
