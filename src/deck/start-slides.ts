import Reveal from 'reveal.js';
import type { RevealApi, RevealConfig } from 'reveal.js';
import type { DeckAddress } from '../address/address.ts';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { firstSlideMark } from './first-slide-mark.ts';
import { keysTakenFromReveal } from './key-codes.ts';
import type { Lifetime } from './lifetime.ts';
import { printConfig } from './print-view.ts';
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

/** What starting the slides takes besides the page: the deck may still be loading. */
export interface SlidesStart {
  /** The deck, loaded on the first call: the slide show asks for it once its first slide works. */
  readonly deck: () => Promise<ResolvedDeck>;
  /** The talk's total time (the deck's `totalSeconds`), for reveal's pacing. */
  readonly totalSeconds: number;
  readonly address: DeckAddress;
  readonly locale: Locale;
  readonly pdfFile: string | undefined;
}

/**
 * Starts reveal.js on the slides already rendered in `revealElement`, for presenting, for
 * print (`?print-pdf`) or as a speaker-view preview, with what each needs and nothing more.
 * Everything it starts ends with `life`: reveal itself, the diagrams' schedule, the widgets,
 * the speaker link, the keys, the menu and the wake lock.
 *
 * The slide show starts in two steps (ARCHITECTURE.md, "The first slide"): reveal.js first,
 * on the slides in the page, as soon as its own code is in, so the first slide works on the
 * least JavaScript; then, with the deck loaded, the widgets, the diagrams and the presenting
 * parts (presenting-parts.ts), after which `<html data-deck-ready>` says all of them are in.
 * Print and previews take the deck first (print-or-preview.ts): reveal lays their pages out
 * once, with everything in.
 */
export async function startSlides(
  life: Lifetime,
  page: { readonly revealElement: HTMLElement; readonly slidesElement: HTMLElement },
  options: SlidesStart,
): Promise<void> {
  const { address } = options;
  const print = address.view === 'print';
  const preview = address.view === 'preview';
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const reveal = new RevealDeck(page.revealElement, {
    ...revealConfig({ totalSeconds: options.totalSeconds, reducedMotion }),
    ...(print ? printConfig(address.print) : {}),
    ...(preview ? previewConfig : {}),
  });
  // Third-party tools (decktape, extensions) and the tests look for the deck here; it says
  // itself when it is ready (isReady).
  const expose = (): void => {
    window.Reveal = reveal;
  };
  life.add(() => {
    if (window.Reveal === reveal) delete window.Reveal;
  });
  if (print || preview) {
    expose();
    const [deck, { startPrintOrPreview }] = await Promise.all([
      options.deck(),
      import('./print-or-preview.ts'),
    ]);
    if (life.ended) return;
    await startPrintOrPreview(life, reveal, page.slidesElement, { ...options, deck });
    return;
  }
  holdDeckKeys(reveal);
  await reveal.initialize();
  life.add(() => {
    reveal.destroy();
  });
  if (life.ended) return;
  expose();
  performance.mark(firstSlideMark);
  try {
    const [deck, { startPresenting }] = await Promise.all([
      options.deck(),
      import('./presenting-parts.ts'),
    ]);
    startPresenting(life, reveal, page.slidesElement, { ...options, deck });
  } catch (error) {
    // A connection lost in the moment between: the slides keep working on reveal's keys.
    console.error(
      'The deck’s menu, keys and widgets could not load; the slides still move. Reload the page to get them.',
      error,
    );
  }
}

/**
 * Until the deck's own keys are bound (presenting-parts.ts), the letters it takes from
 * reveal.js (P and L) do nothing, rather than moving the slide in the moment before.
 */
function holdDeckKeys(reveal: RevealApi): void {
  for (const { keyCode, key } of keysTakenFromReveal) {
    reveal.addKeyBinding({ keyCode, key, description: key }, () => undefined);
  }
}
