/**
 * The room's bounds and the poll options' id pattern (src/room/protocol.ts re-exports them):
 * plain values, no valibot, so the content check that holds a poll to what the room server
 * takes (src/model/validate-poll.ts) stays out of the schemas' weight on the page's first script.
 */

/** A poll option's id: like a slide id, short. */
export const optionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const roomLimits = {
  /** The longest free text a phone may send with its answer, in characters. */
  maxTextLength: 280,
  maxOptions: 8,
  maxOptionIdLength: 40,
  maxRounds: 8,
  maxRoundIdLength: 80,
  /** Phones in one room: a leadership team is 6 to 12; a large session stays far under this. */
  maxParticipants: 250,
  /** The largest frame the server reads; a full `create` is well under 2 KB. */
  maxMessageBytes: 4096,
} as const;
