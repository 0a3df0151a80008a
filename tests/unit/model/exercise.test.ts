import { describe, expect, it } from 'vitest';
import { exerciseMinutes, minutesToSay, plannedMinutes } from '../../../src/model/exercise.ts';
import { bulletsSlide } from '../../fixtures/decks.ts';

describe('the honest clock', () => {
  it('gives words the quarters of a minute they take at 130 a minute, rounded up', () => {
    expect(minutesToSay(65)).toBe(0.5);
    expect(minutesToSay(66)).toBe(0.75);
    expect(minutesToSay(82)).toBe(0.75);
    expect(minutesToSay(130)).toBe(1);
    expect(minutesToSay(131)).toBe(1.25);
    expect(minutesToSay(0)).toBe(0.25);
  });

  it('adds up an exercise’s phases, pairs or not', () => {
    expect(exerciseMinutes({ alone: 2, pairs: 4, plenary: 6 })).toBe(12);
    expect(exerciseMinutes({ alone: 1, plenary: 6 })).toBe(7);
  });

  it('plans a slide as its spoken minutes plus its exercise', () => {
    expect(plannedMinutes(bulletsSlide)).toBe(bulletsSlide.minutes);
    const board = {
      kind: 'question',
      id: 'vraag',
      question: { nl: 'Vraag?', en: 'Question?' },
      minutes: 0.75,
      exercise: { alone: 2, pairs: 4, plenary: 6 },
    } as const;
    expect(plannedMinutes(board)).toBe(12.75);
  });
});
