import Reveal from 'reveal.js';
import type { RevealApi, RevealConfig } from 'reveal.js';
import type { DeckAddress } from '../address/address.ts';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { keepPrintCopiesDistinct } from '../diagrams/print-copies.ts';
import { diagramRenderer, scheduleDiagrams } from '../diagrams/schedule-diagrams.ts';
import { previewReadyMessage } from '../speaker/speaker-preview-ready.ts';
import { mountWidgets } from '../widgets/mount-widgets.ts';
import { outcomeSourcesOf } from '../room/outcome-sources.ts';
import type { Lifetime } from './lifetime.ts';
import type { presentingParts as PresentingParts } from './presenting-parts.ts';
import { printConfig, whenPrintReady } from './print-view.ts';
import { revealConfig } from './reveal-config.ts';

/** reveal.js's class: one instance per start, so a restart never inherits the last one's state. */
const RevealDeck = Reveal as unknown as new (
  element: HTMLElement,
  config: RevealConfig,
) => RevealApi;

/** A speaker-view preview shows the slide and nothing else, and moves only when told. */
const previewConfig = {
  controls: false,
  progress: false,
  slideNumber: false,
  keyboard: false,
  touch: false,
  hash: false,
  transition: 'none',
  backgroundTransition: 'none',
  // A preview frame is narrow; below 435 px reveal would turn into its scroll view.
  scrollActivationWidth: 0,
} as const;

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

/**
 * Starts reveal.js on the slides already rendered in `revealElement`, for presenting, for
 * print (`?print-pdf`) or as a speaker-view preview, with what each needs and nothing more.
 * Everything it starts ends with `life`: reveal itself, the diagrams' schedule, the widgets,
 * the speaker link, the keys, the menu and the wake lock.
 */
export async function startSlides(
  life: Lifetime,
  page: { readonly revealElement: HTMLElement; readonly slidesElement: HTMLElement },
  options: {
    readonly deck: ResolvedDeck;
    readonly address: DeckAddress;
    readonly locale: Locale;
    readonly pdfFile: string | undefined;
    /**
     * What only the presenting window has (presenting-parts.ts), loaded beside this module by
     * start-view.ts for the slide show only: print and previews never load it.
     */
    readonly presentingParts?: typeof PresentingParts | undefined;
  },
): Promise<void> {
  const { deck, address, locale } = options;
  const print = address.view === 'print';
  const preview = address.view === 'preview';
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const { revealElement, slidesElement } = page;
  const reveal = new RevealDeck(revealElement, {
    ...revealConfig({ totalSeconds: deck.totalSeconds, reducedMotion }),
    ...(print ? printConfig(address.print) : {}),
    ...(preview ? previewConfig : {}),
  });
  // Third-party tools (decktape, extensions) and the tests look for the deck here; it says
  // itself when it is ready (isReady). reveal says so a task before its `ready` event, so the
  // slide show shows itself only once its keys are bound too (below).
  const expose = (): void => {
    window.Reveal = reveal;
  };
  life.add(() => {
    if (window.Reveal === reveal) delete window.Reveal;
  });
  if (print || preview) expose();
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
  if (preview) {
    // Off-stage: it draws its diagrams at once, so the presenter sees them ahead.
    void renderDiagrams();
    window.parent.postMessage(previewReadyMessage, window.location.origin);
    return;
  }
  scheduleDiagrams(life, reveal, renderDiagrams);
  options.presentingParts?.(life, reveal, options, widgets.toggleTimer, slidesElement);
  expose();
}
