/**
 * The print view's and the speaker-view previews' part of the slides (start-slides.ts): the
 * diagrams, the widgets and, for print, the room's outcome, all in before reveal.js lays the
 * pages out, which it does once.
 */
import type { RevealApi } from 'reveal.js';
import type { DeckAddress } from '../address/address.ts';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { keepPrintCopiesDistinct } from '../diagrams/print-copies.ts';
import { diagramRenderer } from '../diagrams/schedule-diagrams.ts';
import { outcomeSourcesOf } from '../room/outcome-sources.ts';
import { previewReadyMessage } from '../speaker/speaker-preview-ready.ts';
import { mountWidgets } from '../widgets/mount-widgets.ts';
import type { Lifetime } from './lifetime.ts';
import { whenPrintReady } from './print-view.ts';

/**
 * The outcome the print view shows (the address's, else the presenter's stored one), with the
 * boards it covers and its drawing; its code loads only when there is one (src/room/).
 */
async function printedOutcome(address: DeckAddress, deck: ResolvedDeck) {
  const sources = outcomeSourcesOf(address, window.location.pathname);
  if (sources === undefined) return undefined;
  const view = await import('../room/outcome-view.ts');
  const outcome = view.chooseOutcome({
    ...sources,
    warn: (message) => {
      console.warn(message);
    },
  });
  return outcome === undefined
    ? undefined
    : { outcome, boards: view.outcomeBoards(deck, outcome), draw: view.drawOutcome };
}

/** Puts everything into the slides, then starts reveal.js on them for print or a preview. */
export async function startPrintOrPreview(
  life: Lifetime,
  reveal: RevealApi,
  slidesElement: HTMLElement,
  options: { readonly deck: ResolvedDeck; readonly address: DeckAddress; readonly locale: Locale },
): Promise<void> {
  const { deck, address, locale } = options;
  const print = address.view === 'print';
  const renderDiagrams = diagramRenderer(deck, locale, slidesElement);
  // Print shows the board as the room left it and the poll's answers, when there is an outcome.
  const outcome = print ? await printedOutcome(address, deck) : undefined;
  const widgets = mountWidgets(slidesElement, deck, locale, {
    boardsAtOnce: print,
    linkedBoards: address.boards,
    outcomeBoards: outcome?.boards,
  });
  life.add(widgets.dispose);
  if (print) {
    // reveal lays out the pages once, at initialize(): diagrams and boards must be in by then.
    await Promise.all([renderDiagrams(), widgets.boardsReady]);
    if (outcome !== undefined) {
      life.add(outcome.draw(slidesElement, deck, locale, outcome.outcome, { allTexts: false }));
    }
    keepPrintCopiesDistinct(life, reveal);
    whenPrintReady(life, reveal, address.print);
  }
  if (life.ended) return;
  await reveal.initialize();
  life.add(() => {
    reveal.destroy();
  });
  if (print) return;
  // A preview, off-stage: it draws its diagrams at once, so the presenter sees them ahead.
  void renderDiagrams();
  window.parent.postMessage(previewReadyMessage, window.location.origin);
}
