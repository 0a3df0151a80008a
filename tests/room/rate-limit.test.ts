import { describe, expect, it } from 'vitest';
import { tokenBucket } from '../../room/rate-limit.ts';

describe('tokenBucket', () => {
  it('allows a burst, refuses past it, and refills with time', () => {
    let now = 0;
    const bucket = tokenBucket({ capacity: 3, perSecond: 2, now: () => now });
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now += 499;
    expect(bucket.take()).toBe(false);
    now += 1;
    expect(bucket.take()).toBe(true);
    now += 60_000;
    // Never more than its capacity, however long it rested.
    expect(Array.from({ length: 5 }, () => bucket.take())).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
