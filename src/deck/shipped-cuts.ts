/**
 * The deck's cuts as the build ships them apart from the deck
 * (scripts/vite/deck-content-plugin.ts): small enough to read before the first slide, so the
 * address can be parsed and reveal.js started on the build's slides while the deck itself still
 * loads (src/main.ts). Undefined for a deck with problems (only the dev server ships one). The
 * plugin writes exactly this shape.
 */
import { deckCuts } from 'virtual:deck-cuts';
import type { DeckCuts } from '../model/cut.ts';

export const shippedCuts = deckCuts as DeckCuts | undefined;
