import { describe, expect, it } from 'vitest';
import { resolveDeck } from '../../../src/model/resolve.ts';
import { chooseOutcome, outcomeBoards, textsOnSlide } from '../../../src/room/outcome-view.ts';
import { encodeOutcome } from '../../../src/room/outcome-link.ts';
import type { RoomOutcome } from '../../../src/room/outcome.ts';
import { deckOf, titleSlide, validNotes } from '../../fixtures/decks.ts';

const outcome = (x: number): RoomOutcome => ({
  version: 1,
  at: 0,
  boards: [
    { id: 'bord', entries: [{ n: 1, x, y: 50 }] },
    { id: 'ander-bord', entries: [] },
  ],
  polls: [],
});

describe('which outcome a page shows', () => {
  it('takes the link’s over the stored one, and the stored one without a link', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    const linked = encodeOutcome(outcome(10));
    const stored = JSON.stringify(outcome(90));
    expect(chooseOutcome({ linked, stored, warn })).toEqual(outcome(10));
    expect(chooseOutcome({ linked: undefined, stored, warn })).toEqual(outcome(90));
    expect(chooseOutcome({ linked: undefined, stored: null, warn })).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('passes over a source it cannot read, saying so in one line, and takes the next', () => {
    const warnings: string[] = [];
    const stored = JSON.stringify(outcome(90));
    const chosen = chooseOutcome({
      linked: 'bm90LWpzb24',
      stored,
      warn: (message) => warnings.push(message),
    });
    expect(chosen).toEqual(outcome(90));
    expect(warnings).toEqual([
      "The room's outcome in the address (?outcome=…) could not be read: not JSON; showing the deck without it. Use the link the speaker view's Outcome panel copies.",
    ]);
    chooseOutcome({ linked: undefined, stored: '{"version":1}', warn: (m) => warnings.push(m) });
    expect(warnings[1]).toBe(
      "The room's outcome in local storage could not be read at at: missing; showing the deck without it.",
    );
  });

  it('covers only the deck’s boards that the room placed markers on', () => {
    const board = {
      kind: 'matrix' as const,
      id: 'bord',
      title: { nl: 'Bord', en: 'Board' },
      external: { from: { nl: 'a', en: 'a' }, to: { nl: 'b', en: 'b' } },
      internal: { from: { nl: 'c', en: 'c' }, to: { nl: 'd', en: 'd' } },
      quadrants: {
        bothStill: { title: { nl: 'e', en: 'e' } },
        externalOnly: { title: { nl: 'f', en: 'f' } },
        internalOnly: { title: { nl: 'g', en: 'g' } },
        bothMoving: { title: { nl: 'h', en: 'h' } },
      },
      notes: validNotes,
      minutes: 1,
    };
    const { deck } = resolveDeck(
      deckOf({
        '01-a.ts': {
          title: { nl: 'A', en: 'A' },
          slides: [titleSlide, board, { ...board, id: 'ander-bord' }],
        },
      }),
    );
    expect([...outcomeBoards(deck, outcome(10))]).toEqual(['bord']);
  });
});

describe('the texts a poll slide has room for', () => {
  const entry = (n: number, text: string) => ({ n, option: 'een-team', text });

  it('shows short texts, in the order the phones joined, while they fit its lines', () => {
    const short = Array.from({ length: 10 }, (_, i) => entry(10 - i, `Stap ${i}`));
    // Each short text takes its line and one for its choice: 11 lines hold 5.
    expect(textsOnSlide(short)).toBe(5);
  });

  it('counts long texts by their lines and leaves blank ones out', () => {
    const entries = [
      entry(1, 'x'.repeat(100)),
      entry(2, '   '),
      entry(3, 'y'.repeat(100)),
      entry(4, 'z'),
    ];
    // 100 characters are 3 lines and a choice: two of them fill 8 lines, the short one 2 more.
    expect(textsOnSlide(entries)).toBe(3);
    expect(textsOnSlide([entry(1, 'x'.repeat(280))])).toBe(1);
    expect(textsOnSlide([entry(1, 'x'.repeat(280)), entry(2, 'y'.repeat(280))])).toBe(1);
  });
});
