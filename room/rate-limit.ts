/**
 * A token bucket: `capacity` messages at once, refilled at `perSecond`. One per connection for
 * its messages, and one for its refusals (room/server.ts): a phone dragging its marker sends
 * bursts and is never refused, a flood is, and a connection that keeps being refused is closed.
 * The clock is passed in, so the tests step time instead of sleeping.
 */
export interface TokenBucket {
  /** Takes one token if there is one; false when the bucket is empty. */
  readonly take: () => boolean;
}

export interface BucketOptions {
  readonly capacity: number;
  readonly perSecond: number;
  /** Milliseconds, increasing; `performance.now` in the server. */
  readonly now: () => number;
}

export function tokenBucket({ capacity, perSecond, now }: BucketOptions): TokenBucket {
  let tokens = capacity;
  let last = now();
  return {
    take: () => {
      const at = now();
      tokens = Math.min(capacity, tokens + ((at - last) / 1000) * perSecond);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
