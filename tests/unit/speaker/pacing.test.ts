import { describe, expect, it } from 'vitest';
import { formatDuration, minutesOff, pacingAt } from '../../../src/speaker/pacing.ts';

// Four slides of one, two, one and one minute: five minutes in all.
const budgets = [60, 120, 60, 60];
const nine = Date.parse('2026-11-30T09:00:00Z');
const minutes = (n: number): number => n * 60_000;

describe('the pace of the talk', () => {
  it('is on time at the start, and plans to end after the sum of the budgets', () => {
    const pacing = pacingAt(
      budgets,
      { slideIndex: 0, stepShare: 0 },
      { at: nine, slideIndex: 0 },
      nine,
    );
    expect(pacing.behindMs).toBe(0);
    expect(pacing.plannedEnd).toBe(nine + minutes(5));
    expect(pacing.expectedEnd).toBe(nine + minutes(5));
  });

  it('is behind when more time went by than the slides so far were given', () => {
    const now = nine + minutes(3);
    const pacing = pacingAt(
      budgets,
      { slideIndex: 1, stepShare: 0 },
      { at: nine, slideIndex: 0 },
      now,
    );
    expect(minutesOff(pacing.behindMs)).toBe(2);
    // The rest still takes four minutes if it goes to plan.
    expect(pacing.expectedEnd).toBe(now + minutes(4));
  });

  it('is ahead when the presenter is further than the time says', () => {
    const pacing = pacingAt(
      budgets,
      { slideIndex: 3, stepShare: 0 },
      { at: nine, slideIndex: 0 },
      nine + minutes(1),
    );
    expect(minutesOff(pacing.behindMs)).toBe(-3);
  });

  it('grows the plan through a slide step by step', () => {
    const pacing = pacingAt(
      budgets,
      { slideIndex: 1, stepShare: 0.5 },
      { at: nine, slideIndex: 0 },
      nine + minutes(2),
    );
    expect(pacing.plannedMs).toBe(minutes(2));
    expect(minutesOff(pacing.behindMs)).toBe(0);
  });

  it('counts from the slide the clock was started on, as in a rehearsal from the middle', () => {
    const start = { at: nine, slideIndex: 2 };
    const pacing = pacingAt(budgets, { slideIndex: 2, stepShare: 0 }, start, nine);
    expect(pacing.behindMs).toBe(0);
    expect(pacing.plannedEnd).toBe(nine + minutes(2));
  });

  it('calls half a minute either way on time, and never says minus zero', () => {
    expect(minutesOff(29_000)).toBe(0);
    expect(Object.is(minutesOff(-29_000), 0)).toBe(true);
    expect(minutesOff(-31_000)).toBe(-1);
  });

  it('writes durations as a clock does', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(minutes(12) + 5_000)).toBe('12:05');
    expect(formatDuration(minutes(62) + 5_000)).toBe('1:02:05');
    expect(formatDuration(-5)).toBe('0:00');
  });
});
