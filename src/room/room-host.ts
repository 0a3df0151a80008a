/**
 * The presenter's side of the room, in the deck window that presents (ARCHITECTURE.md, The room
 * in the deck). It creates the room when the slides first need it, with the rounds of the deck
 * on screen (rounds.ts), keeps the room and its secret in storage so a reload takes the same
 * room back (`host`), sends the presenter's controls, and saves what the room leaves behind on
 * every change. When the server cannot be reached, reveal, hide, close and reopen still work
 * here, on what arrived; the server is brought in line when it answers again.
 */
import type { Lifetime } from '../deck/lifetime.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { connectRoom, type ConnectionState, type RoomConnection } from './connection.ts';
import type { RoundAction, RoundView, ServerMessage } from './protocol.ts';
import { readRoomHold, saveOutcome, writeRoomHold, type RoomHold } from './room-storage.ts';
import { actionsToMatch, applyAction, roundsOf } from './rounds.ts';

/** The room as the presenter's windows show it. */
export interface HostState {
  /** The socket's state; `idle` before the room is first needed. */
  readonly connection: ConnectionState | 'idle';
  /** The room, once the server has said `hosting`; kept while the server is away. */
  readonly room:
    | {
        readonly code: string;
        /** The address phones open, when the server knows it (laptop mode). */
        readonly joinUrl: string | undefined;
        readonly network: string | undefined;
        readonly expiresAt: number;
        /** When this window first heard of the room: for "no phone yet, after a while". */
        readonly since: number;
      }
    | undefined;
  readonly rounds: readonly RoundView[];
  readonly phones: number;
  /** Whether the rounds show changes made here that the server has not confirmed. */
  readonly local: boolean;
  /** Set when the room was deleted or expired: the screen drops its join card. */
  readonly ended: 'deleted' | 'expired' | undefined;
  /** Whether the server could not be reached before it ever answered. */
  readonly unreachable: boolean;
}

export interface RoomHost {
  readonly state: () => HostState;
  /** Calls `listener` on every change, until `life` ends. */
  readonly subscribe: (life: Lifetime, listener: (state: HostState) => void) => void;
  /** Opens the room (create, or host the stored one) if it is not open yet. */
  readonly start: () => void;
  /**
   * The deck arrived at the slide of round `id`: the room opens (if it is not open yet), that
   * round takes entries if it is closed and still empty, and any other round that takes
   * entries is closed, so the phones show the round on screen (src/room/join-page.ts).
   */
  readonly arrive: (id: string) => void;
  readonly control: (round: string, action: RoundAction) => void;
  /** Deletes the room on the server and forgets it here. */
  readonly remove: () => void;
}

/** Actions that work in this window alone: they only change what is shown, never entries. */
const localActions: ReadonlySet<RoundAction> = new Set(['reveal', 'hide', 'close', 'reopen']);

export function hostRoom(
  life: Lifetime,
  options: { readonly url: string; readonly deck: ResolvedDeck; readonly pathname: string },
): RoomHost {
  const { pathname } = options;
  let hold: RoomHold | undefined = readRoomHold(pathname);
  let connection: RoomConnection | undefined;
  let everOpen = false;
  /** Whether this window saved an outcome of the room it holds now (see `saveIfOurs`). */
  let savedThisRoom = false;
  /** A round the deck arrived at before the server said `hosting`: applied once it has. */
  let pendingArrival: string | undefined;
  /** What the presenter set while the server was away, by round. */
  const wanted = new Map<string, { accepting: boolean; revealed: boolean }>();
  let state: HostState = {
    connection: 'idle',
    room: undefined,
    rounds: [],
    phones: 0,
    local: false,
    ended: undefined,
    unreachable: false,
  };
  const listeners = new Set<(state: HostState) => void>();
  const update = (next: Partial<HostState>): void => {
    state = { ...state, ...next };
    for (const listener of listeners) listener(state);
  };

  /**
   * The outcome is saved once this room has an entry, or once this window saved it before: a
   * new, empty room must not overwrite yesterday's result before anyone has answered.
   */
  const saveIfOurs = (rounds: readonly RoundView[]): void => {
    if (!savedThisRoom && rounds.every((round) => round.entries.length === 0)) return;
    savedThisRoom = true;
    saveOutcome(pathname, rounds, Date.now());
  };

  const forget = (ended: HostState['ended']): void => {
    hold = undefined;
    writeRoomHold(pathname, undefined);
    connection?.close();
    connection = undefined;
    wanted.clear();
    update({ connection: 'idle', room: undefined, phones: 0, local: false, ended });
  };

  const onMessage = (message: ServerMessage): void => {
    switch (message.type) {
      case 'hosting': {
        if (hold?.room !== message.room) savedThisRoom = false;
        hold = { room: message.room, secret: message.secret };
        writeRoomHold(pathname, hold);
        update({
          room: {
            code: message.room,
            joinUrl: message.joinUrl,
            network: message.network,
            expiresAt: message.expiresAt,
            since: state.room?.code === message.room ? state.room.since : Date.now(),
          },
          rounds: message.rounds,
          phones: message.phones,
          local: false,
          ended: undefined,
          unreachable: false,
        });
        // Bring the server in line with what the presenter did while it was away.
        for (const round of message.rounds) {
          const want = wanted.get(round.id);
          if (want === undefined) continue;
          for (const action of actionsToMatch(round, want)) {
            connection?.send({ type: 'control', round: round.id, action });
          }
        }
        wanted.clear();
        saveIfOurs(message.rounds);
        if (pendingArrival !== undefined) focusOn(pendingArrival);
        pendingArrival = undefined;
        return;
      }
      case 'room':
        update({ rounds: message.rounds, phones: message.phones, local: false });
        saveIfOurs(message.rounds);
        return;
      case 'gone':
        if (message.reason === 'unknown' && state.room === undefined) {
          // The stored room is not on this server (expired, or another server): a new one.
          console.info(`Room: the room ${hold?.room ?? ''} is no longer there; opening a new one.`);
          hold = undefined;
          writeRoomHold(pathname, undefined);
          connection?.send({ type: 'create', rounds: roundsOf(options.deck) });
          return;
        }
        console.info(`Room: the room ${hold?.room ?? ''} is ${message.reason}.`);
        forget(message.reason === 'expired' ? 'expired' : 'deleted');
        return;
      case 'refused':
        if (message.reason === 'not-presenter' && state.room === undefined && hold !== undefined) {
          // The stored secret is not this room's (storage edited by hand): a room of our own.
          console.warn(
            `Room: the stored secret does not open room ${hold.room}; opening a new one.`,
          );
          hold = undefined;
          writeRoomHold(pathname, undefined);
          connection?.send({ type: 'create', rounds: roundsOf(options.deck) });
          return;
        }
        // An unknown room is followed by the server's `gone`, which says what to do.
        if (message.reason !== 'unknown-room') {
          console.warn(`Room: the server refused a message (${message.reason}): ${message.detail}`);
        }
        return;
      case 'joined':
      case 'rounds':
        // A phone's messages: never sent to a presenter's connection.
        return;
    }
  };

  const start = (): void => {
    if (connection !== undefined) return;
    update({ connection: 'connecting', ended: undefined });
    connection = connectRoom(life, options.url, {
      onOpen(open) {
        everOpen = true;
        if (hold === undefined) open.send({ type: 'create', rounds: roundsOf(options.deck) });
        else open.send({ type: 'host', room: hold.room, secret: hold.secret });
      },
      onMessage,
      onState(next) {
        update({ connection: next, unreachable: next === 'offline' && !everOpen });
      },
    });
  };

  const control = (roundId: string, action: RoundAction): void => {
    const round = state.rounds.find((candidate) => candidate.id === roundId);
    if (round === undefined) return;
    if (connection?.send({ type: 'control', round: roundId, action }) === true) return;
    if (!localActions.has(action)) return;
    // The server is away: the presenter finishes the round here, with what arrived.
    const next = applyAction(round, action);
    wanted.set(roundId, { accepting: next.accepting, revealed: next.revealed });
    update({
      rounds: state.rounds.map((candidate) => (candidate.id === roundId ? next : candidate)),
      local: true,
    });
  };

  /** Rounds are opened one at a time, as the deck reaches them (see `arrive`). */
  function focusOn(id: string): void {
    for (const round of state.rounds) {
      if (round.id !== id && round.accepting) control(round.id, 'close');
      if (round.id === id && !round.accepting && round.entries.length === 0) {
        control(round.id, 'reopen');
      }
    }
  }

  // A reload takes the same room back at once: the screen shows its code before it is needed.
  if (hold !== undefined) start();

  return {
    state: () => state,
    subscribe(listenerLife, listener) {
      listeners.add(listener);
      listenerLife.add(() => {
        listeners.delete(listener);
      });
    },
    start,
    arrive(id) {
      start();
      if (state.room === undefined || state.connection !== 'open') pendingArrival = id;
      else focusOn(id);
    },
    control,
    remove() {
      connection?.send({ type: 'delete' });
      forget('deleted');
    },
  };
}
