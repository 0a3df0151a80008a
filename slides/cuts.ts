import type { Cuts } from '../src/model/authored.ts';

/**
 * The talk's versions for an agenda slot, chosen at build time (`DECK_CUT=short`) or in the
 * address (`?cut=short`). A cut only leaves slides out and shortens exercises; the content
 * check holds each cut's planned time (spoken minutes plus exercises) to its slot.
 */
export const cuts: Cuts = {
  full: {
    name: { nl: 'Volledige versie', en: 'Full version' },
    // Every exercise: about 35 minutes, for a 45-minute agenda item with time to arrive and to
    // agree what comes next.
    slotMinutes: 35,
  },
  short: {
    name: { nl: 'Korte versie', en: 'Short version' },
    slotMinutes: 20,
    // No board: the room's self-assessment takes the most time of any slide.
    skip: ['waar-staan-wij'],
    // A shorter discussion: each phase kept, a minute to write one example, a minute each in
    // pairs, two examples in plenary instead of six. With the closing poll's two minutes the
    // cut fills its slot.
    exercises: { 'de-vraag-voor-jou': { alone: 1, pairs: 2, plenary: 2 } },
  },
};
