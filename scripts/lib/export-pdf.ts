/**
 * One PDF export from a served build: the slides (one page per slide, or per step) or the
 * handout, with metadata and bookmarks. Shared by `npm run pdf`, the benchmark and the tests.
 */
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import type { Locale, Text } from '../../src/model/authored.ts';
import { applyCut, defaultCutId } from '../../src/model/cut.ts';
import { textIn } from '../../src/model/texts.ts';
import { loadBuiltDeck } from './load-deck.ts';
import { printHandout } from './handout.ts';
import { describeDocument, documentInfo, sectionBookmarks } from './pdf-document.ts';
import { printDeck } from './print-deck.ts';
import type { RoomOutcome } from '../../src/room/outcome.ts';

export type PdfKind = 'slides' | 'steps' | 'handout';

export interface ExportRequest {
  readonly kind: PdfKind;
  readonly locale: Locale;
  /** The cut to print (slides/cuts.ts); default `full`. */
  readonly cut?: string | undefined;
  readonly baseUrl: string;
  readonly distDir: string;
  readonly timeoutMs: number;
  /**
   * The content module the served build was made from (its DECK_CONTENT); default the one the
   * build settings name. The tests export a fixture deck's build with it.
   */
  readonly contentModule?: string;
  /** The room's outcome to print on the board and the closing question (`--result`). */
  readonly outcome?: RoomOutcome | undefined;
  /** Progress lines for the terminal. */
  readonly log: (line: string) => void;
}

/** Added to the document title, so the three PDFs are told apart in a viewer's title bar. */
const titleSuffix: Record<PdfKind, Text> = {
  slides: { nl: '', en: '' },
  steps: { nl: ' (stap voor stap)', en: ' (step by step)' },
  handout: { nl: ' (hand-out)', en: ' (handout)' },
};

export async function exportPdf(browser: Browser, request: ExportRequest): Promise<Uint8Array> {
  const whole = await loadBuiltDeck(request.contentModule);
  const { notes } = whole;
  // The print view shows the cut its address names; the page count and bookmarks follow it.
  const cut = request.cut ?? defaultCutId;
  const deck = applyCut(whole.deck, cut);
  const { kind, locale, log } = request;
  log(`Loading the print view${kind === 'steps' ? ' with every step' : ''}…`);
  const printed = await printDeck(browser, request.baseUrl, {
    steps: kind === 'steps',
    locale,
    cut,
    outcome: request.outcome,
    timeoutMs: request.timeoutMs,
    log,
  });
  let pdf: PDFDocument;
  if (kind === 'handout') {
    log('Setting the notes pages…');
    pdf = await printHandout(browser, request.baseUrl, request.distDir, {
      deck,
      notes,
      locale,
      slidesPdf: printed,
      outcome: request.outcome,
    });
  } else {
    pdf = await PDFDocument.load(printed);
  }
  const expected = deck.slides.reduce(
    (sum, entry) => sum + (kind === 'steps' ? entry.stepCount + 1 : 1),
    0,
  );
  if (pdf.getPageCount() !== expected) {
    throw new Error(
      `The PDF has ${pdf.getPageCount()} pages where the deck needs ${expected}: a slide spilled over a page or went missing.`,
    );
  }
  log('Adding bookmarks and metadata…');
  const pagesOfSlide = (index: number): number =>
    kind === 'steps' ? (deck.slides[index]?.stepCount ?? 0) + 1 : 1;
  describeDocument(
    pdf,
    documentInfo(deck, locale, textIn(titleSuffix[kind], locale)),
    sectionBookmarks(deck, locale, pagesOfSlide),
  );
  return pdf.save();
}
