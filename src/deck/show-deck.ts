/**
 * The deck's side of starting a view (src/main.ts), loaded with the deck itself: the content's
 * problems in the page instead of half a deck, the cut the address asks for, and a deep link
 * into a slide the cut skips.
 */
import { onlyFullCut, type CutChoice, type DeckAddress } from '../address/address.ts';
import { slideHash } from '../address/links.ts';
import type { ShippedDeck } from '../model/check-deck.ts';
import { applyCut, cutNamed, deckCuts, landingInCut } from '../model/cut.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { ContentValidationError } from '../model/validate.ts';
import { hideContentErrors, showContentErrors } from './content-errors-view.ts';

/** The shipped deck in one cut, or its problems. */
export type DeckInCut =
  | {
      readonly ok: true;
      readonly deck: ResolvedDeck;
      readonly whole: ResolvedDeck;
      /** Whether it is the cut the build opens in, whose slides the build wrote into the page. */
      readonly onPageCut: boolean;
    }
  | { readonly ok: false };

/**
 * The deck in the cut `cutId` (the build's own cut for a name the deck lacks), or, when the
 * content has problems (only the dev server ships such a deck; a build fails on them), every
 * problem shown in the page and in the console.
 */
export function deckInCut(shipped: ShippedDeck, cutId: string): DeckInCut {
  if (!shipped.ok) {
    showContentErrors(shipped.errors);
    console.error(new ContentValidationError(shipped.errors).message);
    return { ok: false };
  }
  hideContentErrors();
  const cut = cutNamed(shipped.deck.cuts, cutId) === undefined ? shipped.defaultCut : cutId;
  return {
    ok: true,
    deck: applyCut(shipped.deck, cut),
    whole: shipped.deck,
    onPageCut: cut === shipped.defaultCut,
  };
}

/** The cuts `?cut=` may name in `shipped` (the dev server's content, after a save). */
export function cutChoiceOf(shipped: ShippedDeck): CutChoice {
  return shipped.ok ? deckCuts(shipped.deck, shipped.defaultCut) : onlyFullCut;
}

/**
 * The address with its slide moved into the cut: a deep link to a slide the cut skips lands on
 * the next slide it keeps (never a blank page), the hash says so for reveal.js, and the
 * console says why, quietly.
 */
export function landInCut(whole: ResolvedDeck, cut: ResolvedDeck, at: DeckAddress): DeckAddress {
  if (at.target === undefined) return at;
  const landing = landingInCut(whole, cut, at.target.slideId);
  if (landing === undefined || !landing.skipped) return at;
  console.info(
    `The slide ${JSON.stringify(at.target.slideId)} is not in the ${cut.cut?.id ?? ''} cut; showing the next slide in it, ${JSON.stringify(landing.slideId)}.`,
  );
  window.history.replaceState(window.history.state, '', slideHash(landing.slideId));
  return { ...at, target: { slideId: landing.slideId, step: undefined } };
}
