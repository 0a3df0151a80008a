/**
 * The one way the PowerPoint export reads the deck: the resolved slides and their speaker
 * notes. Notes are asked for through `notesOf` rather than read off each slide, so when the
 * notes move into their own module only this file changes.
 */
import { deck as authoredDeck } from '../../../slides/index.ts';
import type { Locale } from '../../../src/model/authored.ts';
import { loadDeck } from '../../../src/model/load.ts';
import type { ResolvedDeck } from '../../../src/model/resolved.ts';
import { textIn } from '../../../src/model/texts.ts';

export interface DeckSource {
  readonly deck: ResolvedDeck;
  /** The speaker notes of a slide as authored (cues included); throws for an unknown id. */
  readonly notesOf: (slideId: string, locale: Locale) => string;
}

export function loadDeckSource(): DeckSource {
  const deck = loadDeck(authoredDeck);
  const byId = new Map(deck.slides.map((entry) => [entry.slide.id, entry.slide]));
  return {
    deck,
    notesOf: (slideId, locale) => {
      const slide = byId.get(slideId);
      if (slide === undefined) throw new Error(`No slide with id "${slideId}" in the deck.`);
      return textIn(slide.notes, locale);
    },
  };
}
