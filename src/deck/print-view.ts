import type { RevealApi, RevealConfig } from 'reveal.js';
import type { PrintOptions } from '../address/address.ts';
import type { Lifetime } from './lifetime.ts';

/**
 * reveal's options for print: exact 1280x720 pages (its print page is the slide plus its
 * margin), one page per slide at its final step unless steps were asked for, and never a
 * spill-over page.
 */
export function printConfig(print: PrintOptions): Partial<RevealConfig> {
  return { margin: 0, pdfSeparateFragments: print.steps, pdfMaxPagesPerSlide: 1 };
}

/**
 * Marks the page once reveal has laid out the pages (`pdf-ready`, which reveal fires but does
 * not document), so exporters wait for exactly that; opens the print dialog if asked. Register
 * before `initialize()`: the event fires once, during it.
 */
export function whenPrintReady(life: Lifetime, reveal: RevealApi, print: PrintOptions): void {
  // One page per slide shows every step; diagrams.css reads this to show all of a diagram.
  document.documentElement.classList.toggle('print-steps', print.steps);
  life.on(reveal, 'pdf-ready', () => {
    document.documentElement.dataset.printReady = 'true';
    if (print.dialog) {
      void document.fonts.ready.then(() => {
        window.print();
      });
    }
  });
}
