import type { Deck } from './authored.ts';
import type { ResolvedDeck } from './resolved.ts';
import { resolveDeck } from './resolve.ts';
import { ContentValidationError, validateDeck } from './validate.ts';

/**
 * Validates, then resolves: the one way into a renderable deck. Throws with every problem at
 * once, so a bad deck never half-renders.
 */
export function loadDeck(deck: Deck): ResolvedDeck {
  const errors = validateDeck(deck);
  if (errors.length > 0) throw new ContentValidationError(errors);
  return resolveDeck(deck);
}
