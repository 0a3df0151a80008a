import { describe, expect, it } from 'vitest';
import { resolveDeck } from '../../../src/model/resolve.ts';
import { deckOf, titleSlide, validDeck, validNotes } from '../../fixtures/decks.ts';

describe('resolveDeck', () => {
  const { deck: resolved, notes } = resolveDeck(validDeck());

  it('numbers slides across sections in talk order', () => {
    expect(
      resolved.slides.map((entry) => [entry.slide.id, entry.index, entry.sectionIndex]),
    ).toEqual([
      ['titel', 0, 0],
      ['lijst', 1, 0],
      ['training-versus-systemen', 2, 1],
      ['achter-de-bar', 3, 1],
    ]);
  });

  it('counts the clicks of each slide from its highest step', () => {
    expect(resolved.slides.map((entry) => entry.stepCount)).toEqual([0, 2, 1, 0]);
  });

  it('turns minutes into whole seconds and sums them for the pacing timer', () => {
    expect(resolved.slides.map((entry) => entry.timingSeconds)).toEqual([360, 360, 360, 240]);
    expect(resolved.totalSeconds).toBe(1320);
  });

  it('plans a slide with an exercise for its spoken minutes and the exercise together', () => {
    const withBoard = deckOf({
      '08-waar-staan-wij.ts': {
        title: { nl: 'Bord', en: 'Board' },
        slides: [
          titleSlide,
          {
            kind: 'question',
            id: 'vraag',
            question: { nl: 'Vraag?', en: 'Question?' },
            notes: validNotes,
            minutes: 0.75,
            exercise: { alone: 2, pairs: 4, plenary: 6 },
          },
        ],
      },
    });
    const { deck } = resolveDeck(withBoard);
    // The speaker view's pacing and reveal's data-timing: 45 s spoken, 12 min discussed.
    expect(deck.slides.map((entry) => entry.timingSeconds)).toEqual([360, 765]);
    expect(deck.totalSeconds).toBe(1125);
  });

  it('takes the notes apart, by slide id, and leaves them off the slides the views render', () => {
    expect(Object.keys(notes)).toEqual([
      'titel',
      'lijst',
      'training-versus-systemen',
      'achter-de-bar',
    ]);
    for (const entry of resolved.slides) expect(entry.slide).not.toHaveProperty('notes');
  });

  it('keeps the file each slide was written in', () => {
    expect(resolved.slides.map((entry) => entry.file)).toEqual([
      'slides/01-opening.ts',
      'slides/01-opening.ts',
      'slides/04-uitdaging.ts',
      'slides/04-uitdaging.ts',
    ]);
  });
});
