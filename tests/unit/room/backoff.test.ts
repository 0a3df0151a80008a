import { describe, expect, it } from 'vitest';
import { backoffDelay, backoffLimits } from '../../../src/room/backoff.ts';

describe('the wait before a room connection tries again', () => {
  it('doubles from half a second and stops at fifteen', () => {
    const most = (attempt: number): number => backoffDelay(attempt, () => 0.999999);
    expect([0, 1, 2, 3, 4, 5, 6, 20, 1000].map(most)).toEqual([
      500, 1000, 2000, 4000, 8000, 15000, 15000, 15000, 15000,
    ]);
  });

  it('draws each wait between half and all of its ceiling, so phones do not knock together', () => {
    expect(backoffDelay(3, () => 0)).toBe(2000);
    expect(backoffDelay(3, () => 0.5)).toBe(3000);
    const waits = new Set(Array.from({ length: 50 }, () => backoffDelay(2)));
    expect(waits.size).toBeGreaterThan(10);
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(1000);
      expect(wait).toBeLessThanOrEqual(2000);
    }
  });

  it('stays within its limits for junk from the random source', () => {
    expect(backoffDelay(0, () => -3)).toBe(backoffLimits.firstMs / 2);
    expect(backoffDelay(-1, () => 7)).toBe(backoffLimits.firstMs);
  });
});
