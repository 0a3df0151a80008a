/**
 * A phone's side of the room (ARCHITECTURE.md, The room in the deck): it joins with the token it
 * was given before (storage, per room code), so a phone that sleeps, loses the network or
 * reloads keeps its own marker and answer; it shows its own entry at once, before the server
 * confirms it; and after a reconnect it sends its latest entry again when the server does not
 * have it yet. The page (join-page.ts) draws what this holds.
 */
import type { Lifetime } from '../deck/lifetime.ts';
import { connectRoom, type ConnectionState, type RoomConnection } from './connection.ts';
import type { ClientMessage, PhoneRoundView, RefusalReason, ServerMessage } from './protocol.ts';
import { readParticipantToken, writeParticipantToken } from './room-storage.ts';

/** Why the phone cannot take part (the page says so and stops trying), if it cannot. */
export type PhoneProblem = 'unknown-room' | 'gone' | 'room-full';

export interface PhoneState {
  readonly connection: ConnectionState;
  /** This phone's number in the room, once joined. */
  readonly n: number | undefined;
  readonly rounds: readonly PhoneRoundView[];
  readonly problem: PhoneProblem | undefined;
  /** The last refusal of something this phone sent, for a short note; cleared on success. */
  readonly refused: RefusalReason | undefined;
}

export interface PhoneRoom {
  readonly state: () => PhoneState;
  readonly subscribe: (listener: (state: PhoneState) => void) => void;
  /** Places (or moves) this phone's marker; `final` at the end of a drag, sent at once. */
  readonly place: (round: string, x: number, y: number, final: boolean) => void;
  readonly answer: (round: string, option: string, text: string) => void;
}

/** While a finger drags, a position goes out at most this often (the server allows 15/s). */
const dragIntervalMs = 120;

type EntryMessage = Extract<ClientMessage, { type: 'place' | 'answer' }>;

/** Whether the server's view of a round already has `entry` as this phone's. */
function serverHas(round: PhoneRoundView, entry: EntryMessage): boolean {
  if (entry.type === 'place') {
    return round.kind === 'board' && round.mine?.x === entry.x && round.mine.y === entry.y;
  }
  return (
    round.kind === 'poll' && round.mine?.option === entry.option && round.mine.text === entry.text
  );
}

/** `round` with `entry` as this phone's own, as the page shows it before the server answers. */
function withMine(round: PhoneRoundView, entry: EntryMessage): PhoneRoundView {
  if (entry.type === 'place' && round.kind === 'board') {
    return { ...round, mine: { x: entry.x, y: entry.y } };
  }
  if (entry.type === 'answer' && round.kind === 'poll') {
    return { ...round, mine: { option: entry.option, text: entry.text } };
  }
  return round;
}

export function joinRoom(
  life: Lifetime,
  options: { readonly url: string; readonly code: string },
): PhoneRoom {
  const { code } = options;
  /** This phone's latest entry per round, until the server shows it back. */
  const latest = new Map<string, EntryMessage>();
  let state: PhoneState = {
    connection: 'connecting',
    n: undefined,
    rounds: [],
    problem: undefined,
    refused: undefined,
  };
  const listeners = new Set<(state: PhoneState) => void>();
  const update = (next: Partial<PhoneState>): void => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };
  /** The rounds from the server, with what this phone sent and the server has not shown yet. */
  const merged = (rounds: readonly PhoneRoundView[]): PhoneRoundView[] =>
    rounds.map((round) => {
      const entry = latest.get(round.id);
      if (entry === undefined) return round;
      if (serverHas(round, entry)) {
        latest.delete(round.id);
        return round;
      }
      return withMine(round, entry);
    });

  const onMessage = (message: ServerMessage): void => {
    switch (message.type) {
      case 'joined':
        writeParticipantToken(code, message.participant);
        update({ n: message.n, rounds: merged(message.rounds), problem: undefined });
        // What this phone placed while the server was away goes out again.
        for (const [roundId, entry] of latest) {
          const round = message.rounds.find((candidate) => candidate.id === roundId);
          if (round?.accepting === true) connection.send(entry);
        }
        return;
      case 'rounds':
        update({ rounds: merged(message.rounds), refused: undefined });
        return;
      case 'refused':
        if (message.reason === 'unknown-room' || message.reason === 'room-full') {
          // Without a place in the room nothing this phone sends can count: stop here.
          connection.close();
          update({ problem: message.reason === 'room-full' ? 'room-full' : 'unknown-room' });
          return;
        }
        if (message.reason === 'round-closed') latest.clear();
        update({ refused: message.reason });
        return;
      case 'gone':
        connection.close();
        update({ problem: message.reason === 'unknown' ? 'unknown-room' : 'gone' });
        return;
      case 'hosting':
      case 'room':
        return;
    }
  };
  const connection: RoomConnection = connectRoom(life, options.url, {
    onOpen(open) {
      const participant = readParticipantToken(code);
      open.send(
        participant === undefined
          ? { type: 'join', room: code }
          : { type: 'join', room: code, participant },
      );
    },
    onMessage,
    onState(next) {
      update({ connection: next });
    },
  });

  let lastDragSend = 0;
  let dragTimer: ReturnType<typeof setTimeout> | undefined;
  const send = (entry: EntryMessage): void => {
    latest.set(entry.round, entry);
    update({
      rounds: state.rounds.map((round) =>
        round.id === entry.round ? withMine(round, entry) : round,
      ),
    });
    // Offline it waits in `latest`, and goes out after the next `joined`.
    connection.send(entry);
  };
  life.add(() => {
    clearTimeout(dragTimer);
  });

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
    },
    place(round, x, y, final) {
      const entry: EntryMessage = { type: 'place', round, x, y };
      clearTimeout(dragTimer);
      const wait = lastDragSend + dragIntervalMs - Date.now();
      if (final || wait <= 0) {
        lastDragSend = Date.now();
        send(entry);
        return;
      }
      // Shown at once; sent when the interval allows, the latest position only.
      latest.set(round, entry);
      update({
        rounds: state.rounds.map((candidate) =>
          candidate.id === round ? withMine(candidate, entry) : candidate,
        ),
      });
      dragTimer = setTimeout(() => {
        lastDragSend = Date.now();
        send(entry);
      }, wait);
    },
    answer(round, option, text) {
      send({ type: 'answer', round, option, text });
    },
  };
}
