/**
 * Real WebSocket clients for the room tests: each keeps what the server sent, parsed with the
 * protocol's `serverMessageSchema` (a reply the deck could not read fails the test), and lets
 * a test wait for the message it expects instead of sleeping.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { WebSocket } from 'ws';
import {
  roomSocketPath,
  serverMessageSchema,
  type ClientMessage,
  type RoundSpec,
  type ServerMessage,
} from '../../src/room/protocol.ts';

type Of<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

export interface Closed {
  readonly code: number;
  readonly reason: string;
}

export interface RoomClient {
  readonly socket: WebSocket;
  readonly send: (message: ClientMessage) => void;
  /** Sends anything, as a text frame (or binary when given a Buffer). */
  readonly sendRaw: (data: string | Buffer) => void;
  /**
   * The next message of `type` (after the last one waited for) that satisfies `where`;
   * rejects after `timeoutMs` naming what did arrive.
   */
  readonly next: <T extends ServerMessage['type']>(
    type: T,
    where?: (message: Of<T>) => boolean,
    timeoutMs?: number,
  ) => Promise<Of<T>>;
  /** Every message received so far. */
  readonly received: readonly ServerMessage[];
  readonly closed: Promise<Closed>;
  readonly close: () => Promise<Closed>;
}

/** The room's socket address on a server whose `url` is `http://127.0.0.1:port/`. */
export function socketUrl(serverUrl: string): string {
  return new URL(roomSocketPath, serverUrl.replace(/^http/, 'ws')).href;
}

export async function connect(
  serverUrl: string,
  options: { readonly origin?: string } = {},
): Promise<RoomClient> {
  const socket = new WebSocket(socketUrl(serverUrl), options);
  const received: ServerMessage[] = [];
  let cursor = 0;
  const waiters = new Set<() => void>();
  let unreadable: string | undefined;
  socket.on('message', (data: Buffer) => {
    const parsed = v.safeParse(serverMessageSchema, JSON.parse(data.toString('utf8')));
    if (parsed.success) received.push(parsed.output);
    else unreadable = `${data.toString('utf8').slice(0, 200)}: ${parsed.issues[0].message}`;
    for (const wake of waiters) wake();
  });
  const closed = new Promise<Closed>((resolve) => {
    socket.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString('utf8') });
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => {
      resolve();
    });
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) => {
      reject(new Error(`upgrade refused: HTTP ${response.statusCode}`));
    });
  });

  function next<T extends ServerMessage['type']>(
    type: T,
    where: (message: Of<T>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Of<T>> {
    return new Promise((resolve, reject) => {
      const look = (): boolean => {
        if (unreadable !== undefined) {
          reject(new Error(`the server sent a message the deck cannot read: ${unreadable}`));
          return true;
        }
        for (let index = cursor; index < received.length; index += 1) {
          const message = received[index];
          if (message?.type === type && where(message as Of<T>)) {
            cursor = index + 1;
            resolve(message as Of<T>);
            return true;
          }
        }
        return false;
      };
      if (look()) return;
      const timer = setTimeout(() => {
        waiters.delete(wake);
        const seen = received
          .slice(cursor)
          .map((message) => JSON.stringify(message).slice(0, 160))
          .join('\n  ');
        reject(
          new Error(`no "${type}" message as expected within ${timeoutMs} ms; got:\n  ${seen}`),
        );
      }, timeoutMs);
      const wake = (): void => {
        if (look()) {
          clearTimeout(timer);
          waiters.delete(wake);
        }
      };
      waiters.add(wake);
    });
  }

  return {
    socket,
    send: (message) => {
      socket.send(JSON.stringify(message));
    },
    sendRaw: (data) => {
      socket.send(data, { binary: typeof data !== 'string' });
    },
    next,
    received,
    closed,
    close: () => {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
        socket.close();
      }
      return closed;
    },
  };
}

/** The rounds a presenter's window declares for the talk: the board and the closing poll. */
export const talkRounds: RoundSpec[] = [
  { id: 'waar-staan-wij', kind: 'board' },
  {
    id: 'wat-past-er-voor-jou',
    kind: 'poll',
    options: ['zelf', 'met-begeleiding', 'nog-niet'],
    freeText: true,
  },
];

/** A presenter that made a room: its client, the code and the secret. */
export async function createRoom(
  serverUrl: string,
  rounds: RoundSpec[] = talkRounds,
): Promise<{ presenter: RoomClient; room: string; secret: string; hosting: Of<'hosting'> }> {
  const presenter = await connect(serverUrl);
  presenter.send({ type: 'create', rounds });
  const hosting = await presenter.next('hosting');
  return { presenter, room: hosting.room, secret: hosting.secret, hosting };
}

/** A phone that joined `room`: its client and what `joined` said. */
export async function joinRoom(
  serverUrl: string,
  room: string,
  participant?: string,
): Promise<{ phone: RoomClient; joined: Of<'joined'> }> {
  const phone = await connect(serverUrl);
  phone.send({ type: 'join', room, ...(participant === undefined ? {} : { participant }) });
  const joined = await phone.next('joined');
  return { phone, joined };
}

/** A temporary folder for a test's database file, removed by the returned function. */
export function temporaryFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'room-test-'));
  return {
    path,
    remove: () => {
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/** The round with this id in a `room`, `hosting`, `joined` or `rounds` message. */
export function roundOf<R extends { readonly id: string }>(rounds: readonly R[], id: string): R {
  const round = rounds.find((candidate) => candidate.id === id);
  if (round === undefined) throw new Error(`no round ${id} in ${JSON.stringify(rounds)}`);
  return round;
}

/** The board round with this id (fails the test when it is missing or not a board). */
export function boardOf<R extends { readonly id: string; readonly kind: string }>(
  rounds: readonly R[],
  id: string,
): Extract<R, { kind: 'board' }> {
  const round = roundOf(rounds, id);
  if (round.kind !== 'board') throw new Error(`round ${id} is not a board`);
  return round as Extract<R, { kind: 'board' }>;
}
