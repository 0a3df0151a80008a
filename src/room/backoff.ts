/**
 * How long a room connection waits before it tries again (src/room/connection.ts): doubling
 * from half a second to at most fifteen, each wait drawn at random between half and all of
 * it. The randomness matters when a room server restarts with 200 phones on it: without it
 * every phone would knock at the same instants.
 */

export const backoffLimits = { firstMs: 500, mostMs: 15_000 } as const;

/**
 * The wait before attempt `attempt` (0 for the first retry after a loss).
 *
 * @param random A number in [0, 1); tests pass their own.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(
    backoffLimits.mostMs,
    backoffLimits.firstMs * 2 ** Math.max(0, Math.min(attempt, 30)),
  );
  const share = 0.5 + 0.5 * Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling * share);
}
