import type { DeckAddress } from '../address/address.ts';
import type { DeckNotes, Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import type { RenderOptions } from '../render/context.ts';
import type { Lifetime } from './lifetime.ts';
import { afterNextPaint } from './after-first-paint.ts';
import { leaveStaticPage, takeOver } from './static-page.ts';
import { domClasses } from '../render/dom-names.ts';

/** What every view starts from: the checked deck, the address, the page's elements. */
export interface ViewStart {
  /**
   * The deck in the address's cut, loaded on the first call: the slide show on the build's
   * slides asks for it only once its first slide works (src/main.ts), every other view first.
   */
  readonly deck: () => Promise<ResolvedDeck>;
  /** The cut's total time in seconds (its `totalSeconds`), known before the deck. */
  readonly totalSeconds: number;
  readonly address: DeckAddress;
  readonly locale: Locale;
  readonly revealElement: HTMLElement;
  readonly slidesElement: HTMLElement;
  /** The share link and the PDF beside the deck, from the build (virtual:deck-build). */
  readonly render: RenderOptions;
  readonly pdfFile: string | undefined;
  /** The speaker notes, loaded on demand: only the speaker view and the reader wait for them. */
  readonly notes: () => Promise<DeckNotes>;
  /** Whether the page holds the build's slides in this language (src/deck/static-page.ts). */
  readonly prerendered: boolean;
}

/**
 * Starts the view the address asks for, everything it starts ending with `life`. The slide
 * show, print and previews render the slides without notes and start reveal.js; the reader
 * renders them with their notes; the speaker view and the phones' join page draw pages of
 * their own.
 */
export async function startView(life: Lifetime, start: ViewStart): Promise<void> {
  const { address, locale } = start;
  const page = { revealElement: start.revealElement, slidesElement: start.slidesElement };
  // The page's inline script hides the talk for any address with ?join=; a view that wins over
  // the join page (print, a preview: address.ts) shows it again.
  if (address.view !== 'join') document.documentElement.classList.remove(domClasses.joining);
  switch (address.view) {
    case 'speaker': {
      const [{ startSpeakerView }, deck, notes] = await Promise.all([
        import('../speaker/speaker-view.ts'),
        start.deck(),
        start.notes(),
      ]);
      if (life.ended) return;
      leaveStaticPage(page);
      startSpeakerView(life, document.body, {
        deck,
        notes,
        locale,
        deckWindow: address.deckWindow,
      });
      return;
    }
    case 'join': {
      // A phone that scanned the join card: its own small page, without reveal.js. The talk
      // the build wrote into the page goes at once: the phone came to join, not to read.
      leaveStaticPage(page);
      start.slidesElement.replaceChildren();
      const [{ startJoinPage }, deck] = await Promise.all([
        import('../room/join-page.ts'),
        start.deck(),
      ]);
      if (life.ended) return;
      startJoinPage(life, document.body, { deck, locale, join: address.join });
      // The join page's own style hides the talk from here (the page's inline script did till
      // now, src/theme/static-page.css).
      document.documentElement.classList.remove(domClasses.joining);
      return;
    }
    case 'reader': {
      // Phones only: the reader's code loads on demand, off the slides' path. The build's page
      // is the reader already, notes and diagrams included: nothing to load or render.
      // Without them, the deck, its notes and the renderers first.
      // On the build's page, the reader's code waits for the first paint: the page reads
      // already, and nothing it fetches should stand between a phone and that paint (nor, in
      // Lighthouse's model of a slow phone, count towards its largest contentful paint).
      if (start.prerendered) await afterNextPaint();
      const [{ startReader }, putRendered] = await Promise.all([
        import('../reader/reader-view.ts'),
        start.prerendered
          ? undefined
          : Promise.all([start.deck(), start.notes(), import('./slides-anew.ts')]).then(
              ([deck, notes, anew]) => anew.slidesAnew(deck, locale, { ...start.render, notes }),
            ),
      ]);
      if (life.ended) return;
      if (putRendered === undefined) takeOver(page, 'reader');
      else putRendered(page);
      startReader(life, start.revealElement, start.slidesElement, {
        deck: start.deck,
        locale,
        address,
      });
      return;
    }
    case 'slides':
    case 'print':
    case 'preview': {
      // reveal.js loads only for the views that show it: a phone's reader never needs it.
      // The renderers too, only where the build did not render the slides already (then the
      // deck is needed first).
      // Print and previews need their part at once: it loads beside reveal.js, not after it.
      const [{ startSlides }, , putRendered] = await Promise.all([
        import('./start-slides.ts'),
        address.view === 'slides' ? undefined : import('./print-or-preview.ts'),
        start.prerendered
          ? undefined
          : Promise.all([start.deck(), import('./slides-anew.ts')]).then(([deck, anew]) =>
              anew.slidesAnew(deck, locale, start.render),
            ),
      ]);
      if (life.ended) return;
      // In the same task as reveal's layout (startSlides): no frame shows the markup between.
      if (putRendered === undefined) takeOver(page, address.view);
      else putRendered(page);
      await startSlides(life, page, {
        deck: start.deck,
        totalSeconds: start.totalSeconds,
        address,
        locale,
        pdfFile: start.pdfFile,
      });
      return;
    }
  }
}
