/**
 * The deck and its notes as the build ships them (scripts/vite/deck-content-plugin.ts), with
 * their types. The plugin writes exactly these shapes from a checked deck, so the casts state
 * a fact the build guarantees; nothing else in the browser reads these two virtual modules
 * (the cuts, read before the deck, come through shipped-cuts.ts).
 */
import { shippedDeck as shipped } from 'virtual:deck';
import type { DeckNotes } from '../model/authored.ts';
import type { ShippedDeck } from '../model/check-deck.ts';

export const shippedDeck = shipped as ShippedDeck;

/** The speaker notes, loaded on first use: only the speaker view and the reader need them. */
export async function loadShippedNotes(): Promise<DeckNotes> {
  const { notes } = await import('virtual:deck-notes');
  return notes as DeckNotes;
}
