/**
 * A room's rules, without I/O (ARCHITECTURE.md, The room server): what a phone or a presenter
 * may change, and what each of them sees. The hub (room/hub.ts) asks `decide` first, writes the
 * change to the store, then applies it here, so memory and disk never disagree about a change
 * the store refused. The semantics are the protocol's (src/room/protocol.ts): a phone writes
 * only its own entry (its number comes from its connection, never from the message), presenter
 * controls only from a presenter connection, and a phone sees the room's entries only once the
 * presenter reveals them.
 */
import type {
  BoardEntry,
  ClientMessage,
  PhoneRoundView,
  PollEntry,
  RefusalReason,
  RoundAction,
  RoundSpec,
  RoundView,
} from '../src/room/protocol.ts';

type BoardSpec = Extract<RoundSpec, { kind: 'board' }>;
type PollSpec = Extract<RoundSpec, { kind: 'poll' }>;

/** A phone's marker on a board, in whole percent (x from the left, y from the bottom). */
export interface Mark {
  readonly x: number;
  readonly y: number;
}
/** A phone's answer to a poll. */
export interface Answer {
  readonly option: string;
  readonly text: string;
}

interface RoundStateFields {
  /** Whether phones may still place or answer. */
  accepting: boolean;
  /** Whether everyone sees the entries, not only their number. */
  revealed: boolean;
}
export interface BoardRound extends RoundStateFields {
  readonly kind: 'board';
  readonly spec: BoardSpec;
  /** By participant number. */
  readonly entries: Map<number, Mark>;
}
export interface PollRound extends RoundStateFields {
  readonly kind: 'poll';
  readonly spec: PollSpec;
  readonly entries: Map<number, Answer>;
}
export type Round = BoardRound | PollRound;

export interface Room {
  readonly code: string;
  /** SHA-256 of the presenter's secret (room/codes.ts); the secret itself is never kept. */
  readonly secretHash: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly rounds: readonly Round[];
  /** Participant number by the SHA-256 of the phone's token; numbers run 1, 2, 3 in join order. */
  readonly participants: Map<string, number>;
}

/** Who sends a message on a connection: a presenter, or the phone with participant number n. */
export type Actor = { readonly role: 'presenter' } | { readonly role: 'phone'; readonly n: number };

/** A change to a room, decided but not yet made: the store writes it, then `applyChange`. */
export type RoomChange =
  | { readonly kind: 'mark'; readonly round: string; readonly n: number; readonly mark: Mark }
  | { readonly kind: 'answer'; readonly round: string; readonly n: number; readonly answer: Answer }
  | {
      readonly kind: 'round-state';
      readonly round: string;
      readonly accepting: boolean;
      readonly revealed: boolean;
      /** Whether the round's entries go (the `clear` action). */
      readonly clearEntries: boolean;
    };

export interface Refusal {
  readonly reason: RefusalReason;
  /** In words, for the sender's console and the server's log: never a token or an address. */
  readonly detail: string;
}

export type Decision =
  { readonly ok: true; readonly change: RoomChange } | ({ readonly ok: false } & Refusal);

/** The messages that act on a room once a connection is in one. */
export type RoomMessage = Extract<ClientMessage, { type: 'control' | 'place' | 'answer' }>;

export function newRoom(fields: {
  readonly code: string;
  readonly secretHash: string;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly specs: readonly RoundSpec[];
}): Room {
  return {
    code: fields.code,
    secretHash: fields.secretHash,
    createdAt: fields.createdAt,
    expiresAt: fields.expiresAt,
    rounds: fields.specs.map(newRound),
    participants: new Map(),
  };
}

export function newRound(spec: RoundSpec): Round {
  return spec.kind === 'board'
    ? { kind: 'board', spec, accepting: true, revealed: false, entries: new Map<number, Mark>() }
    : { kind: 'poll', spec, accepting: true, revealed: false, entries: new Map<number, Answer>() };
}

function refuse(reason: RefusalReason, detail: string): Decision {
  return { ok: false, reason, detail };
}

/** The round's state after a presenter's action (protocol.ts, `roundActions`). */
export function afterAction(
  round: RoundStateFields,
  action: RoundAction,
): { accepting: boolean; revealed: boolean; clearEntries: boolean } {
  const now = { accepting: round.accepting, revealed: round.revealed, clearEntries: false };
  switch (action) {
    case 'reveal':
      return { ...now, revealed: true };
    case 'hide':
      return { ...now, revealed: false };
    case 'close':
      return { ...now, accepting: false };
    case 'reopen':
      return { ...now, accepting: true };
    case 'clear':
      return { accepting: true, revealed: false, clearEntries: true };
  }
}

/** Whether `actor` may send `message` in `room`, and if so, the change it makes. */
export function decide(room: Room, actor: Actor, message: RoomMessage): Decision {
  const round = room.rounds.find((candidate) => candidate.spec.id === message.round);
  if (message.type === 'control') {
    if (actor.role !== 'presenter') {
      return refuse('not-presenter', 'only the presenter controls a round');
    }
    if (round === undefined)
      return refuse('unknown-round', `this room has no round "${message.round}"`);
    return {
      ok: true,
      change: { kind: 'round-state', round: round.spec.id, ...afterAction(round, message.action) },
    };
  }
  if (actor.role !== 'phone') {
    return refuse('not-participant', 'only a phone that joined the room places or answers');
  }
  if (round === undefined)
    return refuse('unknown-round', `this room has no round "${message.round}"`);
  if (!round.accepting) {
    return refuse(
      'round-closed',
      `round "${round.spec.id}" is closed; the presenter can reopen it`,
    );
  }
  if (message.type === 'place') {
    if (round.kind !== 'board') {
      return refuse(
        'unknown-round',
        `round "${round.spec.id}" is a poll: send an answer, not a place`,
      );
    }
    return {
      ok: true,
      change: {
        kind: 'mark',
        round: round.spec.id,
        n: actor.n,
        mark: { x: message.x, y: message.y },
      },
    };
  }
  if (round.kind !== 'poll') {
    return refuse(
      'unknown-round',
      `round "${round.spec.id}" is a board: send a place, not an answer`,
    );
  }
  if (!round.spec.options.includes(message.option)) {
    return refuse('unknown-option', `round "${round.spec.id}" has no option "${message.option}"`);
  }
  if (!round.spec.freeText && message.text !== '') {
    return refuse('malformed', `round "${round.spec.id}" takes no free text: send text ""`);
  }
  return {
    ok: true,
    change: {
      kind: 'answer',
      round: round.spec.id,
      n: actor.n,
      answer: { option: message.option, text: message.text },
    },
  };
}

/** Makes a change `decide` allowed (and the store wrote). */
export function applyChange(room: Room, change: RoomChange): void {
  const round = room.rounds.find((candidate) => candidate.spec.id === change.round);
  if (round === undefined) return;
  switch (change.kind) {
    case 'mark':
      if (round.kind === 'board') round.entries.set(change.n, change.mark);
      return;
    case 'answer':
      if (round.kind === 'poll') round.entries.set(change.n, change.answer);
      return;
    case 'round-state':
      round.accepting = change.accepting;
      round.revealed = change.revealed;
      if (change.clearEntries) round.entries.clear();
      return;
  }
}

function boardEntries(round: BoardRound): BoardEntry[] {
  return [...round.entries]
    .map(([n, mark]) => ({ n, x: mark.x, y: mark.y }))
    .sort((a, b) => a.n - b.n);
}

function pollEntries(round: PollRound): PollEntry[] {
  return [...round.entries]
    .map(([n, answer]) => ({ n, option: answer.option, text: answer.text }))
    .sort((a, b) => a.n - b.n);
}

/** What a presenter's window sees: every entry of every round, revealed or not. */
export function presenterRounds(room: Room): RoundView[] {
  return room.rounds.map((round): RoundView => {
    const state = {
      id: round.spec.id,
      accepting: round.accepting,
      revealed: round.revealed,
      count: round.entries.size,
    };
    return round.kind === 'board'
      ? { ...state, kind: 'board', entries: boardEntries(round) }
      : { ...state, kind: 'poll', entries: pollEntries(round) };
  });
}

/** What phone n sees: its own entry, and the room's entries only once revealed. */
export function phoneRounds(room: Room, n: number): PhoneRoundView[] {
  return room.rounds.map((round): PhoneRoundView => {
    const state = {
      id: round.spec.id,
      accepting: round.accepting,
      revealed: round.revealed,
      count: round.entries.size,
    };
    if (round.kind === 'board') {
      const mine = round.entries.get(n);
      return {
        ...state,
        kind: 'board',
        ...(mine === undefined ? {} : { mine: { x: mine.x, y: mine.y } }),
        entries: round.revealed ? boardEntries(round) : [],
      };
    }
    const poll = round;
    const mine = poll.entries.get(n);
    return {
      ...state,
      kind: 'poll',
      options: [...poll.spec.options],
      freeText: poll.spec.freeText,
      ...(mine === undefined ? {} : { mine: { option: mine.option, text: mine.text } }),
      entries: poll.revealed ? pollEntries(poll) : [],
    };
  });
}
