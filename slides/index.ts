import type { Deck } from '../src/model/authored.ts';
import { deckMeta } from './meta.ts';
import { cuts } from './cuts.ts';
import { event } from './event.ts';
import { opening } from './01-opening.ts';
import { verzekeraar } from './02-verzekeraar.ts';
import { tweeBewegingen } from './03-twee-bewegingen.ts';
import { uitdaging } from './04-uitdaging.ts';
import { geenUitrolproject } from './05-geen-uitrolproject.ts';
import { vermogens } from './06-vermogens.ts';
import { waarBeginJe } from './07-waar-begin-je.ts';
import { waarStaanWij } from './08-waar-staan-wij.ts';
import { deVraag } from './09-de-vraag.ts';

/**
 * The talk, in order. Each key is the file a section is written in, so content errors can name
 * it; a unit test checks that every key matches a module here.
 */
export const deck: Deck = {
  ...deckMeta,
  sections: {
    '01-opening.ts': opening,
    '02-verzekeraar.ts': verzekeraar,
    '03-twee-bewegingen.ts': tweeBewegingen,
    '04-uitdaging.ts': uitdaging,
    '05-geen-uitrolproject.ts': geenUitrolproject,
    '06-vermogens.ts': vermogens,
    '07-waar-begin-je.ts': waarBeginJe,
    '08-waar-staan-wij.ts': waarStaanWij,
    '09-de-vraag.ts': deVraag,
  },
  cuts,
  event,
};
