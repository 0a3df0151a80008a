import type { Deck, Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { resolveDeck } from '../model/resolve.ts';
import { ContentValidationError, validateDeck, type ValidationOptions } from '../model/validate.ts';
import type { RenderOptions } from '../render/context.ts';
import { renderDeck } from '../render/render-slide.ts';
import { hideContentErrors, showContentErrors } from './content-errors-view.ts';

/**
 * Validates the deck and resolves it, or shows its content errors in the page (and the
 * console) and returns undefined: the way into a deck for every view of it.
 */
export function checkedDeck(deck: Deck, options: ValidationOptions = {}): ResolvedDeck | undefined {
  const errors = validateDeck(deck, options);
  if (errors.length > 0) {
    showContentErrors(errors);
    console.error(new ContentValidationError(errors).message);
    return undefined;
  }
  hideContentErrors();
  return resolveDeck(deck);
}

/**
 * Validates the deck and, only if it is valid, renders it into reveal's `.slides` element.
 * Returns the resolved deck, or undefined when errors are shown instead (the slides already
 * on the page stay as they were).
 */
export function mountSlides(
  deck: Deck,
  slidesElement: HTMLElement,
  locale: Locale,
  options: RenderOptions & ValidationOptions = {},
): ResolvedDeck | undefined {
  const resolved = checkedDeck(deck, options);
  if (resolved !== undefined) slidesElement.innerHTML = renderDeck(resolved, locale, options);
  return resolved;
}
