/**
 * The room's wire protocol: every message a deck window, a phone and the room server send each
 * other, as valibot schemas (ARCHITECTURE.md, The room server). One module for both ends: the
 * server (room/) parses every client message with `clientMessageSchema` and drops what fails; the
 * browser (src/room/) parses every server message with `serverMessageSchema`.
 *
 * JSON text frames over one WebSocket per window. A room holds rounds, one per slide the room
 * takes part in: a board (`waar-staan-wij`: each phone places one marker) or a poll (the
 * closing question: each phone picks one option and may add a short text). The presenter's
 * window declares the rounds when it creates the room, from the checked deck, so the server
 * knows the options without knowing the talk.
 *
 * Who may send what:
 * - a presenter connection (after `create`, or `host` with the room's secret): `control`,
 *   `delete`; it receives `hosting` then `room` on every change, with every entry (so the
 *   presenter can finish a round from what arrived, should the server go away);
 * - a phone (after `join`): `place` and `answer`, for its own entry only; it receives
 *   `joined` then `rounds`, with its own entry, and the room's entries once revealed.
 */
import * as v from 'valibot';
import { slideIdPattern } from '../model/limits.ts';
import {
  optionIdPattern,
  participantTokenPattern,
  presenterSecretPattern,
  roomCodePattern,
  roomLimits,
} from './room-limits.ts';

export {
  optionIdPattern,
  participantTokenPattern,
  presenterSecretPattern,
  roomCodeAlphabet,
  roomCodeLength,
  roomCodePattern,
  roomLimits,
  roomSocketPath,
} from './room-limits.ts';

/** A position on the board in whole percent: x from the left, y from the bottom (matrix-state.ts). */
const percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const roundId = v.pipe(
  v.string(),
  v.maxLength(roomLimits.maxRoundIdLength),
  v.regex(slideIdPattern),
);
const optionId = v.pipe(
  v.string(),
  v.maxLength(roomLimits.maxOptionIdLength),
  v.regex(optionIdPattern),
);
const roomCode = v.pipe(v.string(), v.regex(roomCodePattern));
const participantToken = v.pipe(v.string(), v.regex(participantTokenPattern));
const presenterSecret = v.pipe(v.string(), v.regex(presenterSecretPattern));
const freeText = v.pipe(v.string(), v.maxLength(roomLimits.maxTextLength));

/** What a round asks of the phones, as the presenter's window declares it. */
export const roundSpecSchema = v.variant('kind', [
  v.strictObject({ id: roundId, kind: v.literal('board') }),
  v.strictObject({
    id: roundId,
    kind: v.literal('poll'),
    options: v.pipe(
      v.array(optionId),
      v.minLength(2),
      v.maxLength(roomLimits.maxOptions),
      v.check((ids) => new Set(ids).size === ids.length, 'option ids must differ'),
    ),
    /** Whether the phones offer a short free text beside the choice. */
    freeText: v.boolean(),
  }),
]);
export type RoundSpec = v.InferOutput<typeof roundSpecSchema>;

/**
 * What the presenter can do with a round: show the entries (`reveal`) or hide them again
 * (`hide`); stop (`close`) or restart (`reopen`) taking entries; `clear` removes every entry
 * and starts the round afresh (open, hidden).
 */
export const roundActions = ['reveal', 'hide', 'close', 'reopen', 'clear'] as const;
export type RoundAction = (typeof roundActions)[number];

export const clientMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('create'),
    rounds: v.pipe(
      v.array(roundSpecSchema),
      v.minLength(1),
      v.maxLength(roomLimits.maxRounds),
      v.check(
        (rounds) => new Set(rounds.map((round) => round.id)).size === rounds.length,
        'round ids must differ',
      ),
    ),
  }),
  v.strictObject({ type: v.literal('host'), room: roomCode, secret: presenterSecret }),
  v.strictObject({ type: v.literal('control'), round: roundId, action: v.picklist(roundActions) }),
  v.strictObject({ type: v.literal('delete') }),
  v.strictObject({
    type: v.literal('join'),
    room: roomCode,
    /** The token this phone was given before, so a reconnect keeps its entries. */
    participant: v.optional(participantToken),
  }),
  v.strictObject({ type: v.literal('place'), round: roundId, x: percent, y: percent }),
  v.strictObject({ type: v.literal('answer'), round: roundId, option: optionId, text: freeText }),
]);
export type ClientMessage = v.InferOutput<typeof clientMessageSchema>;

/** A participant's number in the room (1, 2, 3 … in the order they joined): anonymous. */
const participantNumber = v.pipe(v.number(), v.integer(), v.minValue(1));

export const boardEntrySchema = v.strictObject({ n: participantNumber, x: percent, y: percent });
export type BoardEntry = v.InferOutput<typeof boardEntrySchema>;
export const pollEntrySchema = v.strictObject({
  n: participantNumber,
  option: optionId,
  text: freeText,
});
export type PollEntry = v.InferOutput<typeof pollEntrySchema>;

const roundStateEntries = {
  /** Whether phones may still place or answer. */
  accepting: v.boolean(),
  /** Whether the screen (and the phones) show the entries, not only their number. */
  revealed: v.boolean(),
  /** How many participants have an entry in this round. */
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
};

/** A round as a presenter's window sees it: every entry, shown or not. */
export const roundViewSchema = v.variant('kind', [
  v.strictObject({
    id: roundId,
    kind: v.literal('board'),
    ...roundStateEntries,
    entries: v.array(boardEntrySchema),
  }),
  v.strictObject({
    id: roundId,
    kind: v.literal('poll'),
    ...roundStateEntries,
    entries: v.array(pollEntrySchema),
  }),
]);
export type RoundView = v.InferOutput<typeof roundViewSchema>;

/**
 * A round as a phone sees it: its own entry, and the room's entries only once revealed
 * (empty before).
 */
export const phoneRoundViewSchema = v.variant('kind', [
  v.strictObject({
    id: roundId,
    kind: v.literal('board'),
    ...roundStateEntries,
    mine: v.optional(v.strictObject({ x: percent, y: percent })),
    entries: v.array(boardEntrySchema),
  }),
  v.strictObject({
    id: roundId,
    kind: v.literal('poll'),
    ...roundStateEntries,
    options: v.array(optionId),
    freeText: v.boolean(),
    mine: v.optional(v.strictObject({ option: optionId, text: freeText })),
    entries: v.array(pollEntrySchema),
  }),
]);
export type PhoneRoundView = v.InferOutput<typeof phoneRoundViewSchema>;

/** Why the server refused a message; `detail` says it in words, for the console and logs. */
export const refusalReasons = [
  'malformed',
  'too-large',
  'rate-limited',
  'unknown-room',
  'not-presenter',
  'not-participant',
  'unknown-round',
  'unknown-option',
  'round-closed',
  'room-full',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

const epochMillis = v.pipe(v.number(), v.integer(), v.minValue(0));

export const serverMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('hosting'),
    room: roomCode,
    secret: presenterSecret,
    /**
     * The address phones open, with the code (`http://192.168.1.20:8080/?join=K7QF2M`), when
     * the server knows where the deck is served to phones; otherwise the deck builds it.
     */
    joinUrl: v.optional(v.pipe(v.string(), v.url())),
    /** The network phones must be on, when the server knows it (a laptop's Wi-Fi name). */
    network: v.optional(v.pipe(v.string(), v.maxLength(64))),
    /** When the server deletes the room and everything in it. */
    expiresAt: epochMillis,
    rounds: v.array(roundViewSchema),
    /** Phones connected now. */
    phones: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({
    type: v.literal('room'),
    rounds: v.array(roundViewSchema),
    phones: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({
    type: v.literal('joined'),
    room: roomCode,
    participant: participantToken,
    n: participantNumber,
    rounds: v.array(phoneRoundViewSchema),
  }),
  v.strictObject({ type: v.literal('rounds'), rounds: v.array(phoneRoundViewSchema) }),
  v.strictObject({
    type: v.literal('refused'),
    reason: v.picklist(refusalReasons),
    detail: v.pipe(v.string(), v.maxLength(300)),
  }),
  v.strictObject({
    type: v.literal('gone'),
    reason: v.picklist(['deleted', 'expired', 'unknown']),
  }),
]);
export type ServerMessage = v.InferOutput<typeof serverMessageSchema>;
