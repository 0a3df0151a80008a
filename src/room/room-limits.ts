/**
 * The room's bounds, patterns and path (src/room/protocol.ts re-exports them): plain values,
 * no valibot, so what the page's first script needs of the room (the content check of a poll,
 * src/model/validate-poll.ts; the join code in the address, src/address/join-param.ts; the
 * room's address, src/room/room-address.ts) does not pull the schemas into it. A module that
 * builds valibot schemas at its top level is kept whole by the bundler.
 */

/** Room codes: no 0/O, 1/I/L, so a code read off a screen is typed right. */
export const roomCodeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 31^6, about 887 million codes: with join attempts rate-limited, unguessable for a day. */
export const roomCodeLength = 6;
export const roomCodePattern = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

/** A phone's own key to its entries (128 random bits, base64url), kept on the phone. */
export const participantTokenPattern = /^[A-Za-z0-9_-]{22}$/;
/** The presenter's secret (256 random bits, base64url): only the presenter's windows hold it. */
export const presenterSecretPattern = /^[A-Za-z0-9_-]{43}$/;

/** The WebSocket path of the room on its server, beside the deck when it serves one. */
export const roomSocketPath = '/room';

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
