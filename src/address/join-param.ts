/**
 * The room code in a phone's address (`?join=K7QF2M`, ARCHITECTURE.md, The room in the deck).
 * The code is read as people type it off a screen (lower case, spaces and hyphens forgiven) and
 * checked against the room codes' pattern (src/room/protocol.ts); a bad or missing one is no
 * reason to leave the join page: the page says what was wrong and offers a field to type it.
 */
import { roomCodeLength, roomCodePattern } from '../room/room-limits.ts';
import { asParameter, quoted } from './problem-text.ts';

/**
 * The parameter of a phone's join link: whatever else the address says, it gets the join page.
 * The page's inline script reads it too, before the first paint
 * (scripts/vite/deck-build-plugin.ts).
 */
export const joinParameter = 'join';

/**
 * What `?join=` asks for: a valid room `code`, or none (`code` undefined) with what was in the
 * address (`asked`, empty for `?join` alone), for the page to show beside its code field.
 */
export type JoinRequest =
  | { readonly code: string; readonly asked: string }
  | { readonly code: undefined; readonly asked: string };

/** A code as typed (`k7qf 2m`, `K7QF-2M`) in the form the room knows it (`K7QF2M`). */
export function normalizeRoomCode(typed: string): string {
  return typed.replace(/[\s-]/g, '').toUpperCase();
}

/** Whether `typed` is a room code, once normalized. */
export function isRoomCode(typed: string): boolean {
  return roomCodePattern.test(normalizeRoomCode(typed));
}

export function readJoin(query: URLSearchParams): {
  readonly value: JoinRequest | undefined;
  readonly problem?: string;
} {
  const asked = query.get(joinParameter);
  if (asked === null) return { value: undefined };
  const code = normalizeRoomCode(asked);
  if (roomCodePattern.test(code)) return { value: { code, asked } };
  if (asked === '') return { value: { code: undefined, asked } };
  return {
    value: { code: undefined, asked },
    problem: `Unknown room code ${quoted(asked)} in the address (${asParameter(joinParameter, asked)}); the page asks for the code. Use the ${roomCodeLength} letters and digits shown on the screen (join=K7QF2M).`,
  };
}
