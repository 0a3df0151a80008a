import type { RevealApi, RevealConfig } from 'reveal.js';

/** What the URL asks of reveal's print view (`?print-pdf`). */
export interface PrintRequest {
  /** reveal.js lays the deck out as pages for printing. */
  readonly active: boolean;
  /** One page per step (`&steps`) instead of one per slide at its final step. */
  readonly steps: boolean;
  /** Open the browser's print dialog once the pages are ready (`&dialog`, set by the P key). */
  readonly dialog: boolean;
}

/** Reads the print request from a query string; anything else in it is ignored. */
export function readPrintRequest(search: string): PrintRequest {
  const query = new URLSearchParams(search);
  // reveal.js's own test for its print view.
  const active = /print-pdf/i.test(search);
  return { active, steps: active && query.has('steps'), dialog: active && query.has('dialog') };
}

/**
 * reveal's options for print: exact 1280x720 pages (its print page is the slide plus its
 * margin), one page per slide at its final step unless steps were asked for, and never a
 * spill-over page.
 */
export function printConfig(request: PrintRequest): Partial<RevealConfig> {
  if (!request.active) return {};
  return { margin: 0, pdfSeparateFragments: request.steps, pdfMaxPagesPerSlide: 1 };
}

/**
 * Marks the page once reveal has laid out the pages (`pdf-ready`, which reveal fires but does
 * not document), so exporters wait for exactly that; opens the print dialog if asked. Register
 * before `initialize()`: the event fires once, during it.
 */
export function whenPrintReady(reveal: RevealApi, request: PrintRequest): void {
  if (!request.active) return;
  // One page per slide shows every step; diagrams.css reads this to show all of a diagram.
  document.documentElement.classList.toggle('print-steps', request.steps);
  reveal.on('pdf-ready', () => {
    document.documentElement.dataset.printReady = 'true';
    if (request.dialog) {
      void document.fonts.ready.then(() => {
        window.print();
      });
    }
  });
}

/** The P key: the deck as print pages, with the browser's print dialog open on top. */
export function addPrintKey(reveal: RevealApi): void {
  reveal.addKeyBinding({ keyCode: 80, key: 'P', description: 'Print or save as PDF' }, () => {
    window.location.assign(`${window.location.pathname}?print-pdf&dialog`);
  });
}
