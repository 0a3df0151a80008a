/**
 * The rooms in one server and the connections in them (ARCHITECTURE.md, The room server):
 * what a parsed client message does, who is told, and when. It knows nothing of sockets or
 * HTTP (room/server.ts hands it peers that can `send` a text frame), so the tests drive it with
 * real sockets and the logic stays readable.
 *
 * - A connection is nobody until it sends `create`, `host` (with the room's secret) or `join`;
 *   then it is the room's presenter or phone n. The number comes from the phone's token, never
 *   from a message, so a phone cannot write another's entry.
 * - Changes are written to the store before memory (room/store.ts), then the room is marked
 *   dirty; one flush per room per `coalesceMs` sends the presenters one `room` message and
 *   each phone its own `rounds`, only when what it sees changed. 200 phones moving cost the
 *   screen one message per flush, not 200.
 */
import { timingSafeEqual } from 'node:crypto';
import type { ClientMessage, RoundSpec, ServerMessage } from '../src/room/protocol.ts';
import { roomLimits } from '../src/room/protocol.ts';
import { hashKey, newParticipantToken, newPresenterSecret, newRoomCode } from './codes.ts';
import {
  applyChange,
  decide,
  newRoom,
  phoneRounds,
  presenterRounds,
  type Actor,
  type Refusal,
  type Room,
} from './rooms.ts';
import type { RoomStore } from './store.ts';

/** One connection, as the hub sees it. */
export interface Peer {
  /** Sends one text frame (a serialized `ServerMessage`). */
  readonly send: (text: string) => void;
  /** Answers a message with `refused`, logs it, and counts it against the connection. */
  readonly refuse: (refusal: Refusal) => void;
}

type Binding =
  | { readonly kind: 'presenter'; readonly room: string }
  | { readonly kind: 'phone'; readonly room: string; readonly n: number };

interface RoomPeers {
  readonly presenters: Set<Peer>;
  /** Phone connections and their participant numbers (one phone may have two tabs). */
  readonly phones: Map<Peer, number>;
}

export interface HubOptions {
  readonly store: RoomStore;
  /** Milliseconds since 1970; the tests pass their own to expire rooms without waiting. */
  readonly clock: () => number;
  readonly ttlMs: number;
  /** Where phones open the deck (`http://192.168.1.20:8080/`): `hosting.joinUrl` adds `?join=`. */
  readonly joinUrl: string | undefined;
  readonly network: string | undefined;
  readonly coalesceMs: number;
  /** Rooms one server holds at most: creating rooms is open to anyone, so it is bounded. */
  readonly maxRooms: number;
  readonly log: (line: string) => void;
}

export interface Hub {
  /** Acts on one parsed message (a refused one is refused through `peer.refuse`). */
  readonly handle: (peer: Peer, message: ClientMessage) => void;
  /** Forgets a closed connection (phones connected drops on the presenter's screen). */
  readonly disconnect: (peer: Peer) => void;
  /** Deletes the rooms whose time is up, telling their connections `gone`. */
  readonly sweep: () => void;
  /** Stops the pending flushes. */
  readonly stop: () => void;
  readonly roomCount: () => number;
}

function serialize(message: ServerMessage): string {
  return JSON.stringify(message);
}

/** Equal hashes, compared in constant time (both are 64 hex characters). */
function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createHub(options: HubOptions): Hub {
  const { store, clock, log } = options;
  const rooms = new Map<string, Room>(
    store.loadRooms(clock()).map((room): [string, Room] => [room.code, room]),
  );
  const peersByRoom = new Map<string, RoomPeers>();
  const bindings = new Map<Peer, Binding>();
  /** The rounds (and phones count) each connection was last sent, to skip sending it again. */
  const lastSent = new Map<Peer, string>();
  const flushes = new Map<string, ReturnType<typeof setTimeout>>();
  let stopped = false;

  function peersOf(code: string): RoomPeers {
    let peers = peersByRoom.get(code);
    if (peers === undefined) {
      peers = { presenters: new Set(), phones: new Map() };
      peersByRoom.set(code, peers);
    }
    return peers;
  }

  function phonesConnected(code: string): number {
    const peers = peersByRoom.get(code);
    return peers === undefined ? 0 : new Set(peers.phones.values()).size;
  }

  function unbind(peer: Peer): void {
    const binding = bindings.get(peer);
    if (binding === undefined) return;
    bindings.delete(peer);
    lastSent.delete(peer);
    const peers = peersByRoom.get(binding.room);
    if (peers === undefined) return;
    peers.presenters.delete(peer);
    if (peers.phones.delete(peer)) markDirty(binding.room);
    if (peers.presenters.size === 0 && peers.phones.size === 0) peersByRoom.delete(binding.room);
  }

  function bind(peer: Peer, binding: Binding): void {
    unbind(peer);
    bindings.set(peer, binding);
    const peers = peersOf(binding.room);
    if (binding.kind === 'presenter') peers.presenters.add(peer);
    else peers.phones.set(peer, binding.n);
  }

  function markDirty(code: string): void {
    if (stopped || flushes.has(code)) return;
    flushes.set(
      code,
      setTimeout(() => {
        flushes.delete(code);
        flush(code);
      }, options.coalesceMs),
    );
  }

  function sendIfChanged(peer: Peer, state: string, message: () => string): void {
    if (lastSent.get(peer) === state) return;
    lastSent.set(peer, state);
    peer.send(message());
  }

  function flush(code: string): void {
    const room = rooms.get(code);
    const peers = peersByRoom.get(code);
    if (room === undefined || peers === undefined) return;
    if (peers.presenters.size > 0) {
      const rounds = presenterRounds(room);
      const phones = phonesConnected(code);
      const state = JSON.stringify([rounds, phones]);
      const message = serialize({ type: 'room', rounds, phones });
      for (const presenter of peers.presenters) sendIfChanged(presenter, state, () => message);
    }
    // Before a reveal phones see their own entry only, so most phones' views are unchanged by
    // another's move and nothing is sent to them.
    const byNumber = new Map<number, string>();
    for (const [phone, n] of peers.phones) {
      let state = byNumber.get(n);
      if (state === undefined) {
        state = JSON.stringify(phoneRounds(room, n));
        byNumber.set(n, state);
      }
      const rounds = state;
      sendIfChanged(phone, rounds, () => `{"type":"rounds","rounds":${rounds}}`);
    }
  }

  function hosting(peer: Peer, room: Room, secret: string): void {
    const rounds = presenterRounds(room);
    const phones = phonesConnected(room.code);
    lastSent.set(peer, JSON.stringify([rounds, phones]));
    let joinUrl: string | undefined;
    if (options.joinUrl !== undefined) {
      const url = new URL(options.joinUrl);
      url.searchParams.set('join', room.code);
      joinUrl = url.href;
    }
    peer.send(
      serialize({
        type: 'hosting',
        room: room.code,
        secret,
        ...(joinUrl === undefined ? {} : { joinUrl }),
        ...(options.network === undefined ? {} : { network: options.network }),
        expiresAt: room.expiresAt,
        rounds,
        phones,
      }),
    );
  }

  /** Tells every connection in the room it is gone, and forgets the room. */
  function endRoom(code: string, reason: 'deleted' | 'expired'): void {
    rooms.delete(code);
    const timer = flushes.get(code);
    if (timer !== undefined) clearTimeout(timer);
    flushes.delete(code);
    const peers = peersByRoom.get(code);
    peersByRoom.delete(code);
    if (peers === undefined) return;
    const message = serialize({ type: 'gone', reason });
    for (const peer of [...peers.presenters, ...peers.phones.keys()]) {
      bindings.delete(peer);
      lastSent.delete(peer);
      peer.send(message);
    }
  }

  /** The room with this code, unless it is unknown or its time is up (then it goes now). */
  function liveRoom(code: string): Room | undefined {
    const room = rooms.get(code);
    if (room === undefined) return undefined;
    if (room.expiresAt > clock()) return room;
    store.deleteRoom(code);
    endRoom(code, 'expired');
    log(`room ${code} expired`);
    return undefined;
  }

  function unknownRoom(peer: Peer, code: string): void {
    // The refusal says why, for the console; `gone` is the state the deck acts on (it stops
    // reconnecting to that room and forgets it). In that order, so `gone` is the last word.
    unbind(peer);
    peer.refuse({
      reason: 'unknown-room',
      detail: `there is no room ${code} (never made, expired or deleted)`,
    });
    peer.send(serialize({ type: 'gone', reason: 'unknown' }));
  }

  function create(peer: Peer, specs: readonly RoundSpec[]): Refusal | undefined {
    if (rooms.size >= options.maxRooms) {
      return {
        reason: 'rate-limited',
        detail: `this server holds as many rooms as it may (${options.maxRooms}); try again later`,
      };
    }
    let code = newRoomCode();
    // 887 million codes: a collision is rare, and each retry draws afresh.
    while (rooms.has(code)) code = newRoomCode();
    const secret = newPresenterSecret();
    const now = clock();
    const room = newRoom({
      code,
      secretHash: hashKey(secret),
      createdAt: now,
      expiresAt: now + options.ttlMs,
      specs,
    });
    store.insertRoom(room);
    rooms.set(code, room);
    bind(peer, { kind: 'presenter', room: code });
    hosting(peer, room, secret);
    log(`room ${code} created with ${specs.length} round(s)`);
    return undefined;
  }

  function host(peer: Peer, code: string, secret: string): Refusal | undefined {
    const room = liveRoom(code);
    if (room === undefined) {
      unknownRoom(peer, code);
      return undefined;
    }
    if (!sameHash(hashKey(secret), room.secretHash)) {
      return { reason: 'not-presenter', detail: `that is not room ${code}'s presenter secret` };
    }
    bind(peer, { kind: 'presenter', room: code });
    hosting(peer, room, secret);
    return undefined;
  }

  function join(peer: Peer, code: string, token: string | undefined): Refusal | undefined {
    const room = liveRoom(code);
    if (room === undefined) {
      unknownRoom(peer, code);
      return undefined;
    }
    const known = token === undefined ? undefined : room.participants.get(hashKey(token));
    let participant: string;
    let n: number;
    if (token !== undefined && known !== undefined) {
      participant = token;
      n = known;
    } else {
      // A token this room does not know (another room's, or from a cleared browser) gets a
      // new participant: numbers are never handed over on a token's say-so.
      if (room.participants.size >= roomLimits.maxParticipants) {
        return {
          reason: 'room-full',
          detail: `room ${code} has its ${roomLimits.maxParticipants} participants`,
        };
      }
      participant = newParticipantToken();
      n = room.participants.size + 1;
      const tokenHash = hashKey(participant);
      store.insertParticipant(code, n, tokenHash);
      room.participants.set(tokenHash, n);
    }
    bind(peer, { kind: 'phone', room: code, n });
    const rounds = phoneRounds(room, n);
    lastSent.set(peer, JSON.stringify(rounds));
    peer.send(serialize({ type: 'joined', room: code, participant, n, rounds }));
    markDirty(code);
    return undefined;
  }

  function deleteRoom(peer: Peer): Refusal | undefined {
    const binding = bindings.get(peer);
    if (binding?.kind !== 'presenter') {
      return { reason: 'not-presenter', detail: 'only the presenter deletes a room' };
    }
    store.deleteRoom(binding.room);
    endRoom(binding.room, 'deleted');
    log(`room ${binding.room} deleted by its presenter`);
    return undefined;
  }

  function act(
    peer: Peer,
    message: Extract<ClientMessage, { type: 'control' | 'place' | 'answer' }>,
  ): Refusal | undefined {
    const binding = bindings.get(peer);
    if (binding === undefined) {
      return message.type === 'control'
        ? { reason: 'not-presenter', detail: 'send host with the room and its secret first' }
        : { reason: 'not-participant', detail: 'send join with the room code first' };
    }
    const room = liveRoom(binding.room);
    if (room === undefined) {
      unknownRoom(peer, binding.room);
      return undefined;
    }
    const actor: Actor =
      binding.kind === 'presenter' ? { role: 'presenter' } : { role: 'phone', n: binding.n };
    const decision = decide(room, actor, message);
    if (!decision.ok) return { reason: decision.reason, detail: decision.detail };
    store.writeChange(room.code, decision.change);
    applyChange(room, decision.change);
    markDirty(room.code);
    return undefined;
  }

  function handle(peer: Peer, message: ClientMessage): Refusal | undefined {
    switch (message.type) {
      case 'create':
        return create(peer, message.rounds);
      case 'host':
        return host(peer, message.room, message.secret);
      case 'join':
        return join(peer, message.room, message.participant);
      case 'delete':
        return deleteRoom(peer);
      case 'control':
      case 'place':
      case 'answer':
        return act(peer, message);
    }
  }

  return {
    handle: (peer, message) => {
      const refusal = handle(peer, message);
      if (refusal !== undefined) peer.refuse(refusal);
    },
    disconnect: unbind,
    sweep: () => {
      const now = clock();
      for (const code of store.deleteExpired(now)) {
        endRoom(code, 'expired');
        log(`room ${code} expired`);
      }
      // Rooms the store no longer has (another process swept them) go from memory too.
      for (const room of [...rooms.values()]) {
        if (room.expiresAt <= now) endRoom(room.code, 'expired');
      }
    },
    stop: () => {
      stopped = true;
      for (const timer of flushes.values()) clearTimeout(timer);
      flushes.clear();
    },
    roomCount: () => rooms.size,
  };
}
