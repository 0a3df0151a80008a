/**
 * What a room leaves behind: the board as the room left it and the answers to the closing
 * question (ARCHITECTURE.md, What the room leaves behind). The presenter's window keeps it in
 * storage as the rounds change; it travels in a saved file (`npm run pdf -- --result <file>`)
 * and in a shareable link, so the reader, the handout and the PDF show it without the room
 * server. Parsed with `roomOutcomeSchema` wherever it comes from: a file, a link and storage
 * are all untrusted.
 */
import * as v from 'valibot';
import { boardEntrySchema, pollEntrySchema, roomLimits, type RoundView } from './protocol.ts';
import { slideIdPattern } from '../model/limits.ts';

const roundId = v.pipe(
  v.string(),
  v.maxLength(roomLimits.maxRoundIdLength),
  v.regex(slideIdPattern),
);
const entries = <T extends v.GenericSchema>(entry: T) =>
  v.pipe(v.array(entry), v.maxLength(roomLimits.maxParticipants));

export const roomOutcomeSchema = v.strictObject({
  /** The format's version: a reader meets files and links written by older decks. */
  version: v.literal(1),
  /** When the room was last heard from, in milliseconds since 1970 (shown as the outcome's date). */
  at: v.pipe(v.number(), v.integer(), v.minValue(0)),
  boards: v.pipe(
    v.array(v.strictObject({ id: roundId, entries: entries(boardEntrySchema) })),
    v.maxLength(roomLimits.maxRounds),
  ),
  polls: v.pipe(
    v.array(v.strictObject({ id: roundId, entries: entries(pollEntrySchema) })),
    v.maxLength(roomLimits.maxRounds),
  ),
});
export type RoomOutcome = v.InferOutput<typeof roomOutcomeSchema>;

/**
 * The outcome of a room's rounds as a presenter's window last saw them (`room` messages):
 * every entry, revealed or not, since the presenter may finish a round from what arrived.
 */
export function outcomeFromRounds(rounds: readonly RoundView[], at: number): RoomOutcome {
  return {
    version: 1,
    at,
    boards: rounds.flatMap((round) =>
      round.kind === 'board' ? [{ id: round.id, entries: [...round.entries] }] : [],
    ),
    polls: rounds.flatMap((round) =>
      round.kind === 'poll' ? [{ id: round.id, entries: [...round.entries] }] : [],
    ),
  };
}
