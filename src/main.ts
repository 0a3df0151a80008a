import './theme/styles.ts';

import { pdfFile, share } from 'virtual:deck-build';
import { onlyFullCut, parseAddress, type CutChoice, type DeckAddress } from './address/address.ts';
import { slideHash } from './address/links.ts';
import type { ShippedDeck } from './model/check-deck.ts';
import { applyCut, cutIds, cutNamed, landingInCut } from './model/cut.ts';
import type { ResolvedDeck } from './model/resolved.ts';
import { textIn } from './model/texts.ts';
import { ContentValidationError } from './model/validate.ts';
import { hideContentErrors, showContentErrors } from './deck/content-errors-view.ts';
import { lifetime, type Lifetime } from './deck/lifetime.ts';
import { startLocale } from './deck/locale-switch.ts';
import { startView } from './deck/start-view.ts';
import { takePrerendered } from './deck/static-page.ts';
import * as shipped from './deck/shipped-content.ts';

/** The cuts `?cut=` may name: the shipped deck's, with the build's default (DECK_CUT). */
function cutChoiceOf(deck: ShippedDeck): CutChoice {
  return deck.ok ? { names: cutIds(deck.deck.cuts), fallback: deck.defaultCut } : onlyFullCut;
}

/** The address, read once; its problems (an unknown view or language…) go to the console. */
const address = parseAddress(
  window.location.href,
  window.innerWidth,
  cutChoiceOf(shipped.shippedDeck),
);
for (const problem of address.problems) console.warn(problem);
const locale = startLocale(address);
const slidesElement = document.getElementById('deck-slides');
const revealElement = document.getElementById('deck');
if (slidesElement === null || revealElement === null) {
  throw new Error('index.html lacks the #deck and #deck-slides elements');
}
const page = { slidesElement, revealElement };
/** The slides the build wrote into the page, in this language, if it did (takeOver). */
let prerendered = takePrerendered(slidesElement, locale);

/** The notes module, replaced when the dev server sends a new one. */
let loadNotes = shipped.loadShippedNotes;
let running: Lifetime | undefined;

/**
 * Shows the deck: the view the address asks for, or, when the content has problems (only the
 * dev server ships such a deck; a build fails on them), every problem in the page instead of
 * half a deck. A second call (hot reload) ends everything the first started and starts again,
 * on the same slide and step, which the address's hash keeps; a deck with problems leaves the
 * running view as it is, under the list.
 */
function show(shipped: ShippedDeck, at: DeckAddress): void {
  if (!shipped.ok) {
    showContentErrors(shipped.errors);
    console.error(new ContentValidationError(shipped.errors).message);
    return;
  }
  hideContentErrors();
  running?.dispose();
  const life = lifetime();
  running = life;
  document.title = textIn(shipped.deck.title, locale);
  const cutId = cutNamed(shipped.deck.cuts, at.cut) === undefined ? shipped.defaultCut : at.cut;
  const deck = applyCut(shipped.deck, cutId);
  // The build wrote the slides of its own cut into the page; another cut renders anew. Only
  // the first start finds them: a hot reload renders anew too.
  const staticPage = prerendered && cutId === shipped.defaultCut;
  prerendered = false;
  void startView(life, {
    prerendered: staticPage,
    deck,
    address: landInCut(shipped.deck, deck, at),
    locale,
    ...page,
    render: { share: share === undefined ? undefined : { ...share, pdfFile } },
    pdfFile,
    notes: loadNotes,
  });
}

/**
 * The address with its slide moved into the cut: a deep link to a slide the cut skips lands on
 * the next slide it keeps (never a blank page), the hash says so for reveal.js, and the
 * console says why, quietly.
 */
function landInCut(whole: ResolvedDeck, cut: ResolvedDeck, at: DeckAddress): DeckAddress {
  if (at.target === undefined) return at;
  const landing = landingInCut(whole, cut, at.target.slideId);
  if (landing === undefined || !landing.skipped) return at;
  console.info(
    `The slide ${JSON.stringify(at.target.slideId)} is not in the ${cut.cut?.id ?? ''} cut; showing the next slide in it, ${JSON.stringify(landing.slideId)}.`,
  );
  window.history.replaceState(window.history.state, '', slideHash(landing.slideId));
  return { ...at, target: { slideId: landing.slideId, step: undefined } };
}

show(shipped.shippedDeck, address);

if (import.meta.hot) {
  // The dev server sends the content again after every save in slides/ (deck-content-plugin.ts).
  import.meta.hot.accept('./deck/shipped-content.ts', (module) => {
    const next = module as typeof shipped | undefined;
    if (next === undefined) return;
    loadNotes = next.loadShippedNotes;
    // The same view, at the place the page shows now (the hash follows every move).
    const now = {
      ...parseAddress(window.location.href, window.innerWidth, cutChoiceOf(next.shippedDeck)),
      view: address.view,
    };
    show(next.shippedDeck, now);
  });
}
