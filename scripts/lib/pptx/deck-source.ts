/**
 * The one way the PowerPoint export reads the deck: the checked, resolved slides and their
 * speaker notes, through the one way into a deck (scripts/lib/load-deck.ts). Notes travel apart
 * from the slides (ARCHITECTURE.md, "The notes travel apart"); `notesOf` looks them up.
 */
import type { Locale } from '../../../src/model/authored.ts';
import type { ResolvedDeck } from '../../../src/model/resolved.ts';
import { applyCut, defaultCutId } from '../../../src/model/cut.ts';
import { textIn } from '../../../src/model/texts.ts';
import { loadBuiltDeck } from '../load-deck.ts';

export interface DeckSource {
  readonly deck: ResolvedDeck;
  /** The speaker notes of a slide as authored (cues included); throws for an unknown id. */
  readonly notesOf: (slideId: string, locale: Locale) => string;
}

/** The deck as cut `cut` shows it (slides/cuts.ts; default the full talk). */
export async function loadDeckSource(cut: string = defaultCutId): Promise<DeckSource> {
  const { deck, notes } = await loadBuiltDeck();
  return {
    deck: applyCut(deck, cut),
    notesOf: (slideId, locale) => {
      const text = notes[slideId];
      if (text === undefined) throw new Error(`No slide with id "${slideId}" in the deck.`);
      return textIn(text, locale);
    },
  };
}
