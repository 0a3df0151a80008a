/**
 * The sites the browser tests run against (built and served by global-setup.ts), and the decks
 * they are built from, for tests to compare the pages with.
 */
import { loadBuiltDeck } from '../../../scripts/lib/load-deck.ts';
import type { CheckedDeck } from '../../../src/model/check-deck.ts';

/** The fixture deck's content module (DECK_CONTENT), relative to the project. */
export const fixtureContent = 'tests/fixtures/deck/index.ts';

/** The public address the shared build is made for (DECK_URL). */
export const sharedDeckUrl = 'https://example.org/partnerschap/';

/** The fixture deck, checked, as its build ships it. */
export function loadFixtureDeck(): Promise<CheckedDeck> {
  return loadBuiltDeck(fixtureContent);
}
