import './theme/styles.ts';

import { pdfFile, share } from 'virtual:deck-build';
import { onlyFullCut, parseAddress, type DeckAddress } from './address/address.ts';
import type { ShippedDeck } from './model/check-deck.ts';
import type { ResolvedDeck } from './model/resolved.ts';
import { textIn } from './model/texts.ts';
import { lifetime, type Lifetime } from './deck/lifetime.ts';
import { startLocale } from './deck/locale-switch.ts';
import { shippedCuts } from './deck/shipped-cuts.ts';
import { showStartFailure } from './deck/start-failure.ts';
import { startView } from './deck/start-view.ts';
import { pageHoldsSlide, takePrerendered } from './deck/static-page.ts';

/** The address, read once; its problems (an unknown view or language…) go to the console. */
const address = parseAddress(window.location.href, window.innerWidth, shippedCuts ?? onlyFullCut);
for (const problem of address.problems) console.warn(problem);
const locale = startLocale(address);
const slidesElement = document.getElementById('deck-slides');
const revealElement = document.getElementById('deck');
if (slidesElement === null || revealElement === null) {
  throw new Error('index.html lacks the #deck and #deck-slides elements');
}
const page = { slidesElement, revealElement };
/** The slides the build wrote into the page, in this language, if it did (takeOver). */
const prerendered = takePrerendered(slidesElement, locale);
const render = { share: share === undefined ? undefined : { ...share, pdfFile } };

/** The deck's content and its side of starting, loaded once, the first slide not waiting. */
const shippedContent = () => import('./deck/shipped-content.ts');
const deckSide = () => import('./deck/show-deck.ts');

/** The notes module, replaced when the dev server sends a new one. */
let loadNotes = async () => (await shippedContent()).loadShippedNotes();
let running: Lifetime | undefined;

/** Starts `at` with `deck` (loaded when the view asks), ending what ran before. */
function startWith(
  deck: () => Promise<ResolvedDeck>,
  totalSeconds: number,
  at: DeckAddress,
  onPage: boolean,
): void {
  running?.dispose();
  const life = lifetime();
  running = life;
  startView(life, {
    prerendered: onPage,
    deck,
    totalSeconds,
    address: at,
    locale,
    ...page,
    render,
    pdfFile,
    notes: () => loadNotes(),
  }).catch((error: unknown) => {
    if (!life.ended) showStartFailure(locale, error);
  });
}

/**
 * Shows the deck: the view the address asks for, or, when the content has problems (only the
 * dev server ships such a deck; a build fails on them), every problem in the page instead of
 * half a deck. A second call (hot reload) ends everything the first started and starts again,
 * on the same slide and step, which the address's hash keeps; a deck with problems leaves the
 * running view as it is, under the list. `onPage`: the page holds the build's slides for the
 * build's cut (the other cuts render anew).
 */
async function show(shipped: ShippedDeck, at: DeckAddress, onPage: boolean): Promise<void> {
  const side = await deckSide();
  const inCut = side.deckInCut(shipped, at.cut);
  if (!inCut.ok) return;
  document.title = textIn(inCut.whole.title, locale);
  startWith(
    () => Promise.resolve(inCut.deck),
    inCut.deck.totalSeconds,
    side.landInCut(inCut.whole, inCut.deck, at),
    onPage && inCut.onPageCut,
  );
}

/**
 * Whether the view starts before the deck has loaded, and then the cut's total time (for the
 * pacing); undefined when the deck loads first. The slide show and the reader start on the
 * build's slides, in the build's cut (the slide show at one of them): the first slide works on
 * the least JavaScript (ARCHITECTURE.md, "The first slide"). The phones' join page waits only
 * for its own code, the deck loading beside it.
 */
function secondsStartingBeforeDeck(): number | undefined {
  if (shippedCuts === undefined) return undefined;
  const seconds = shippedCuts.totalSeconds[address.cut];
  if (address.view === 'join') return seconds;
  if (!prerendered || (address.view !== 'slides' && address.view !== 'reader')) return undefined;
  if (address.cut !== shippedCuts.fallback) return undefined;
  if (address.target !== undefined && !pageHoldsSlide(page.slidesElement, address.target.slideId)) {
    return undefined;
  }
  return seconds;
}

const secondsBeforeDeck = secondsStartingBeforeDeck();
if (secondsBeforeDeck !== undefined) {
  let deck: Promise<ResolvedDeck> | undefined;
  const loadDeck = (): Promise<ResolvedDeck> =>
    (deck ??= Promise.all([shippedContent(), deckSide()]).then(([content, side]) => {
      const inCut = side.deckInCut(content.shippedDeck, address.cut);
      // Unreachable: the cuts came with the deck, and only a deck without problems has them.
      if (!inCut.ok) throw new Error('The shipped deck has content problems (listed in the page).');
      document.title = textIn(inCut.whole.title, locale);
      return inCut.deck;
    }));
  startWith(loadDeck, secondsBeforeDeck, address, prerendered);
} else {
  shippedContent()
    .then((content) => show(content.shippedDeck, address, prerendered))
    .catch((error: unknown) => {
      showStartFailure(locale, error);
    });
  // Beside the deck, not after it: show() needs its side at once.
  void deckSide();
}

if (import.meta.hot) {
  // The dev server sends the content again after every save in slides/ (deck-content-plugin.ts).
  import.meta.hot.accept('./deck/shipped-content.ts', (module) => {
    const next = module as typeof import('./deck/shipped-content.ts') | undefined;
    if (next === undefined) return;
    loadNotes = next.loadShippedNotes;
    // The same view, at the place the page shows now (the hash follows every move), read
    // against the cuts the new content has; the build's slides are gone after the first start.
    void deckSide().then((side) => {
      const now = {
        ...parseAddress(
          window.location.href,
          window.innerWidth,
          side.cutChoiceOf(next.shippedDeck),
        ),
        view: address.view,
      };
      return show(next.shippedDeck, now, false);
    });
  });
}
