/**
 * What the room keeps in browser storage (src/address/storage-keys.ts): the presenter's room and
 * secret, a phone's token per room, the outcome. Storage is untrusted like an address: every
 * value is parsed on the way back, and one that fails is forgotten, not used.
 */
import * as v from 'valibot';
import { storageKeys } from '../address/storage-keys.ts';
import { readStored, writeStored } from '../deck/browser-storage.ts';
import { outcomeFromRounds } from './outcome.ts';
import {
  participantTokenPattern,
  presenterSecretPattern,
  roomCodePattern,
  type RoundView,
} from './protocol.ts';

const hostSchema = v.strictObject({
  room: v.pipe(v.string(), v.regex(roomCodePattern)),
  secret: v.pipe(v.string(), v.regex(presenterSecretPattern)),
});
/** The presenter's hold on a room: its code and the secret only the presenter's windows have. */
export type RoomHold = v.InferOutput<typeof hostSchema>;

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The room this deck's presenter opened, if storage has a sound one. */
export function readRoomHold(pathname: string): RoomHold | undefined {
  const { area, key } = storageKeys.roomHost;
  const parsed = v.safeParse(hostSchema, parseJson(readStored(area, key(pathname))));
  return parsed.success ? parsed.output : undefined;
}

/** Keeps the presenter's room for a reload; undefined forgets it (deleted, expired). */
export function writeRoomHold(pathname: string, hold: RoomHold | undefined): void {
  const { area, key } = storageKeys.roomHost;
  writeStored(area, key(pathname), hold === undefined ? null : JSON.stringify(hold));
}

/** A phone's token in a room, if it has a sound one. */
export function readParticipantToken(room: string): string | undefined {
  const { area, key } = storageKeys.roomParticipant;
  const token = readStored(area, key(room));
  return token !== null && participantTokenPattern.test(token) ? token : undefined;
}

export function writeParticipantToken(room: string, token: string): void {
  const { area, key } = storageKeys.roomParticipant;
  writeStored(area, key(room), token);
}

/**
 * Saves what the room has left behind so far (src/room/outcome.ts), on every change the
 * presenter's window sees, so the reader, the handout and the PDF show it after the room.
 */
export function saveOutcome(pathname: string, rounds: readonly RoundView[], at: number): void {
  const { area, key } = storageKeys.roomOutcome;
  writeStored(area, key(pathname), JSON.stringify(outcomeFromRounds(rounds, at)));
}
