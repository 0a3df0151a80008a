import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  adjust,
  createTimer,
  formatRemaining,
  isFinished,
  isRunning,
  pause,
  remainingMs,
  reset,
  start,
} from '../../../src/widgets/timer/timer-state.ts';

describe('the discussion timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-29T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down from its length once started', () => {
    const timer = start(createTimer(5), Date.now());
    vi.advanceTimersByTime(90_000);
    expect(formatRemaining(remainingMs(timer, Date.now()))).toBe('3:30');
  });

  it('stays right across a sleeping laptop: time comes from timestamps, not ticks', () => {
    const timer = start(createTimer(5), Date.now());
    // No timer callbacks run while the clock jumps, as when a laptop sleeps.
    vi.setSystemTime(Date.now() + 4 * 60_000);
    expect(formatRemaining(remainingMs(timer, Date.now()))).toBe('1:00');
  });

  it('holds its time while paused, and goes on from there', () => {
    let timer = start(createTimer(5), Date.now());
    vi.advanceTimersByTime(60_000);
    timer = pause(timer, Date.now());
    vi.advanceTimersByTime(10 * 60_000);
    expect(isRunning(timer)).toBe(false);
    expect(formatRemaining(remainingMs(timer, Date.now()))).toBe('4:00');
    timer = start(timer, Date.now());
    vi.advanceTimersByTime(30_000);
    expect(formatRemaining(remainingMs(timer, Date.now()))).toBe('3:30');
  });

  it('finishes at zero and stays there', () => {
    const timer = start(createTimer(1), Date.now());
    vi.advanceTimersByTime(75_000);
    expect(remainingMs(timer, Date.now())).toBe(0);
    expect(isFinished(timer, Date.now())).toBe(true);
    expect(formatRemaining(remainingMs(timer, Date.now()))).toBe('0:00');
  });

  it('takes a minute more or less, within one minute and an hour', () => {
    let timer = start(createTimer(5), Date.now());
    vi.advanceTimersByTime(60_000);
    timer = adjust(timer, 1);
    expect(formatRemaining(remainingMs(timer, Date.now()))).toBe('5:00');
    expect(adjust(createTimer(1), -1).durationMs).toBe(60_000);
    expect(adjust(createTimer(60), 1).durationMs).toBe(3_600_000);
  });

  it('resets to its full length, standing still', () => {
    let timer = start(createTimer(5), Date.now());
    vi.advanceTimersByTime(200_000);
    timer = reset(timer);
    expect(isRunning(timer)).toBe(false);
    expect(formatRemaining(remainingMs(timer, Date.now()))).toBe('5:00');
  });

  it('rounds the display up, so 0:00 shows only when the time is really over', () => {
    expect(formatRemaining(999)).toBe('0:01');
    expect(formatRemaining(0)).toBe('0:00');
  });
});
