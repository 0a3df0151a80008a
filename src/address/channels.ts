/**
 * The names deck windows and speaker views meet under: a `BroadcastChannel` per deck address,
 * and the random id of each deck window (`?deck=`), so a speaker view drives the deck window
 * that opened it and not another tab of the same deck.
 */
/**
 * The channel of one deck address (`deck-speaker:/deck/`), so two decks open on one host do
 * not steer each other.
 */
export function speakerChannelName(pathname: string): string {
  return `deck-speaker:${pathname}`;
}

/** Characters of a deck window id: lower-case letters and digits, easy to read back. */
const idAlphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
/** 36^10 ids: a repeat among the tabs of one browser is out of the question. */
const idLength = 10;

/** A number in [0, 1) from the browser's (or Node's) crypto when it has one, else Math.random. */
function defaultRandom(): number {
  const source = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  if (source?.getRandomValues === undefined) return Math.random();
  const [word = 0] = source.getRandomValues(new Uint32Array(1));
  return word / 2 ** 32;
}

/**
 * A new deck window id: 10 lower-case letters and digits, as `deckWindowPattern` (`?deck=`)
 * accepts.
 *
 * @param random A source of numbers in [0, 1); by default crypto.getRandomValues where
 *   available, else Math.random. Tests pass their own.
 */
export function newDeckWindowId(random: () => number = defaultRandom): string {
  let id = '';
  for (let i = 0; i < idLength; i += 1) {
    // Clamped, so a source that returns 1, or junk, still gives a valid character.
    const fraction = Math.min(Math.max(random(), 0), 1 - Number.EPSILON);
    id += idAlphabet[Math.floor(fraction * idAlphabet.length)] ?? '0';
  }
  return id;
}

/**
 * The room's channel of one deck address (`deck-room:/deck/`): the presenting deck window tells
 * its speaker view's room panel how the room stands, and the panel asks it to act
 * (src/room/room-channel.ts). Apart from the speaker channel, so neither reads the other's.
 */
export function roomChannelName(pathname: string): string {
  return `deck-room:${pathname}`;
}
