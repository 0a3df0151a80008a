import type { Cuts, DeckEvent, SlideContent, Text } from './authored.ts';

/**
 * A slide as the renderer and the scripts see it: the authored content (without its notes,
 * which travel apart as `DeckNotes`) plus what is computed once from its place in the deck.
 */
export interface ResolvedSlide {
  readonly slide: SlideContent;
  /** Position in the deck, from 0; reveal.js's horizontal index. */
  readonly index: number;
  /** The `slides/` module the slide was written in, for messages (`slides/02-verzekeraar.ts`). */
  readonly file: string;
  /** Index of its section in the deck, from 0. */
  readonly sectionIndex: number;
  /** Number of clicks the slide takes: its highest step, 0 when it has none. */
  readonly stepCount: number;
  /**
   * Planned time in whole seconds, spoken minutes plus the exercise (src/model/exercise.ts):
   * reveal.js's `data-timing` and the speaker view's pacing.
   */
  readonly timingSeconds: number;
}

/** A section with its slides resolved. */
export interface ResolvedSection {
  readonly file: string;
  readonly title: Text;
  readonly slides: readonly ResolvedSlide[];
}

/** The deck ready to render: sections in order, and all slides flat in talk order. */
export interface ResolvedDeck {
  readonly title: Text;
  readonly description: Text;
  readonly author: Text;
  readonly keywords: readonly Text[];
  readonly sections: readonly ResolvedSection[];
  readonly slides: readonly ResolvedSlide[];
  /** The sum of every slide's planned time. */
  readonly totalSeconds: number;
  /** Every cut the content declares (slides/cuts.ts), so a view can choose one. */
  readonly cuts: Cuts;
  /** The occasion (slides/event.ts); empty for the generic talk. */
  readonly event: DeckEvent;
  /**
   * The cut these slides are (`applyCut`, src/model/cut.ts): undefined for every slide as
   * written, before a cut is chosen.
   */
  readonly cut: ChosenCut | undefined;
}

/** The cut a deck was cut to, for the views that say so (the speaker view, the PDF). */
export interface ChosenCut {
  /** Its name in the address and the build (`short`). */
  readonly id: string;
  readonly name: Text;
  readonly slotMinutes: number;
}
