import './theme/styles.ts';

import { pdfFile, share } from 'virtual:deck-build';
import { parseAddress, type DeckAddress } from './address/address.ts';
import type { ShippedDeck } from './model/check-deck.ts';
import { textIn } from './model/texts.ts';
import { ContentValidationError } from './model/validate.ts';
import { hideContentErrors, showContentErrors } from './deck/content-errors-view.ts';
import { lifetime, type Lifetime } from './deck/lifetime.ts';
import { startLocale } from './deck/locale-switch.ts';
import { startView } from './deck/start-view.ts';
import { takePrerendered } from './deck/static-page.ts';
import * as shipped from './deck/shipped-content.ts';

/** The address, read once; its problems (an unknown view or language…) go to the console. */
const address = parseAddress(window.location.href, window.innerWidth);
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
  const staticPage = prerendered;
  // Only the first start finds the build's slides; a hot reload renders anew.
  prerendered = false;
  void startView(life, {
    prerendered: staticPage,
    deck: shipped.deck,
    address: at,
    locale,
    ...page,
    render: { share: share === undefined ? undefined : { ...share, pdfFile } },
    pdfFile,
    notes: loadNotes,
  });
}

show(shipped.shippedDeck, address);

if (import.meta.hot) {
  // The dev server sends the content again after every save in slides/ (deck-content-plugin.ts).
  import.meta.hot.accept('./deck/shipped-content.ts', (module) => {
    const next = module as typeof shipped | undefined;
    if (next === undefined) return;
    loadNotes = next.loadShippedNotes;
    // The same view, at the place the page shows now (the hash follows every move).
    const now = { ...parseAddress(window.location.href, window.innerWidth), view: address.view };
    show(next.shippedDeck, now);
  });
}
