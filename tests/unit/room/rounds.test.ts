import { describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { diagramSourcesUnchecked, loadDeck } from '../../../src/model/check-deck.ts';
import { applyCut } from '../../../src/model/cut.ts';
import type { RoundView } from '../../../src/room/protocol.ts';
import {
  actionsToMatch,
  applyAction,
  emptyRound,
  isRoundSlide,
  roundsOf,
  toggleAccepting,
  toggleReveal,
} from '../../../src/room/rounds.ts';

const { deck: resolved } = await loadDeck(deck, diagramSourcesUnchecked);

describe('the room’s rounds in the talk', () => {
  it('asks the board and the closing question in the full cut', () => {
    expect(roundsOf(applyCut(resolved, 'full'))).toEqual([
      { id: 'waar-staan-wij', kind: 'board' },
      {
        id: 'wat-past-er-voor-jou',
        kind: 'poll',
        options: ['een-klantrelatie', 'een-team', 'meten-en-belonen', 'begeleiding'],
        freeText: true,
      },
    ]);
  });

  it('asks no board round in the short cut, which skips the board', () => {
    const short = applyCut(resolved, 'short');
    expect(roundsOf(short).map((round) => round.id)).toEqual(['wat-past-er-voor-jou']);
    expect(isRoundSlide(short, 'waar-staan-wij')).toBe(false);
    expect(isRoundSlide(short, 'wat-past-er-voor-jou')).toBe(true);
    expect(isRoundSlide(short, 'de-vraag-voor-jou')).toBe(false);
  });
});

describe('a presenter’s control, applied in the presenter’s window', () => {
  const board: RoundView = {
    id: 'waar-staan-wij',
    kind: 'board',
    accepting: true,
    revealed: false,
    count: 2,
    entries: [
      { n: 1, x: 10, y: 20 },
      { n: 2, x: 70, y: 80 },
    ],
  };

  it('reveals, hides, closes and reopens without touching the entries', () => {
    const revealed = applyAction(board, 'reveal');
    expect([revealed.revealed, revealed.accepting, revealed.count]).toEqual([true, true, 2]);
    const closed = applyAction(revealed, 'close');
    expect([closed.revealed, closed.accepting]).toEqual([true, false]);
    expect(applyAction(closed, 'reopen').accepting).toBe(true);
    expect(applyAction(closed, 'hide').revealed).toBe(false);
    expect(toggleReveal(revealed)).toBe('hide');
    expect(toggleAccepting(closed)).toBe('reopen');
  });

  it('clears to an open, hidden, empty round', () => {
    expect(applyAction(applyAction(board, 'reveal'), 'clear')).toEqual(
      emptyRound({ id: 'waar-staan-wij', kind: 'board' }),
    );
  });

  it('replays what was set offline on a server that came back, and nothing more', () => {
    expect(actionsToMatch(board, { accepting: false, revealed: true })).toEqual([
      'reveal',
      'close',
    ]);
    expect(actionsToMatch(board, { accepting: true, revealed: false })).toEqual([]);
  });
});
