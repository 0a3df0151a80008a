/**
 * The one way the PowerPoint export reads the deck: the checked, resolved slides and their
 * speaker notes, through the one way into a deck (scripts/lib/load-deck.ts). Notes travel apart
 * from the slides (ARCHITECTURE.md, "The notes travel apart"); `notesOf` looks them up.
 */
import type { Locale } from '../../../src/model/authored.ts';
import type { ResolvedDeck } from '../../../src/model/resolved.ts';
import { textIn } from '../../../src/model/texts.ts';
import { loadBuiltDeck } from '../load-deck.ts';

export interface DeckSource {
  readonly deck: ResolvedDeck;
  /** The speaker notes of a slide as authored (cues included); throws for an unknown id. */
  readonly notesOf: (slideId: string, locale: Locale) => string;
}

export async function loadDeckSource(): Promise<DeckSource> {
  const { deck, notes } = await loadBuiltDeck();
  return {
    deck,
    notesOf: (slideId, locale) => {
      const text = notes[slideId];
      if (text === undefined) throw new Error(`No slide with id "${slideId}" in the deck.`);
      return textIn(text, locale);
    },
  };
}
