import type { DeckEvent } from '../src/model/authored.ts';

/**
 * The occasion the talk is given at. Every field is optional; left empty, the deck is the
 * generic talk. Filled in, the title slide, the closing slide, the PDF's metadata, the
 * handout and the link preview name it. For example:
 *
 *   export const event: DeckEvent = {
 *     client: 'Acme Verzekeringen',
 *     presenter: 'Anna de Vries',
 *     role: { nl: 'Adviseur', en: 'Adviser' },
 *     date: '2026-11-30',
 *     place: 'Utrecht',
 *   };
 *
 * Apart from the slides because the build configuration reads it for the link preview (as
 * meta.ts): Vite restarts the dev server when it changes.
 */
export const event: DeckEvent = {};
