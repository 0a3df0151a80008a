/**
 * The room server (ARCHITECTURE.md, The room server): one HTTP server with the room's
 * WebSocket on `/room` (src/room/protocol.ts, `roomSocketPath`) and, when it serves the deck
 * itself, the built deck's files (room/static-files.ts). Used by `npm run room` (room/laptop.ts),
 * `npm run room:serve` (room/main.ts), the tests and the benchmark.
 *
 * Every frame is a stranger's: read at most `roomLimits.maxMessageBytes` (ws closes the
 * connection with 1009 on a bigger one), parsed with `clientMessageSchema`, rate-limited per
 * connection; a refused message is answered `refused` and logged in one line, with neither an
 * address nor a token; a connection refused again and again is closed (1008). Nothing a client
 * sends can end the process: every handler catches.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import * as v from 'valibot';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import {
  clientMessageSchema,
  roomLimits,
  roomSocketPath,
  type ServerMessage,
} from '../src/room/protocol.ts';
import { createHub, type Peer } from './hub.ts';
import { tokenBucket } from './rate-limit.ts';
import type { Refusal } from './rooms.ts';
import { serveDeckFile } from './static-files.ts';
import { openStore } from './store.ts';

export interface RoomServerOptions {
  /** The interface to listen on (default 127.0.0.1; `0.0.0.0` for phones on the LAN). */
  readonly host?: string;
  /** The port (default 0: any free port; `port` on the result says which). */
  readonly port?: number;
  /** The SQLite file (default ':memory:', which forgets every room when the server stops). */
  readonly database?: string;
  /** Hours a room lives after it is made (default 24). */
  readonly ttlHours?: number;
  /** A built deck (dist/) to serve beside the room, its room meta pointed at `/room`. */
  readonly deckDir?: string;
  /**
   * Origins (`https://deck.example.org`) whose pages may open the room's socket, besides the
   * server's own host. A client that sends no Origin (not a browser) is let in: the check
   * keeps other web pages out, not programs.
   */
  readonly allowedOrigins?: readonly string[];
  /** Where phones open the deck (`http://192.168.1.20:8080/`); `hosting.joinUrl` adds `?join=`. */
  readonly joinUrl?: string;
  /** The network phones must be on (a Wi-Fi name), passed to the presenter's screen. */
  readonly network?: string;
  /** One line per event (default: console.log with the time). */
  readonly log?: (line: string) => void;
  /** Milliseconds since 1970 (default Date.now); the tests move it to expire rooms. */
  readonly clock?: () => number;
  /**
   * Milliseconds, increasing, for the rate limits (default performance.now). The tests step it,
   * so a burst is one burst however slowly a busy machine reads it.
   */
  readonly rateClock?: () => number;
  /** How long changes gather before a room's presenters are told (default 40 ms). */
  readonly coalesceMs?: number;
  /**
   * How long changes gather before a room's phones are told (default 200 ms, and never less
   * than `coalesceMs`): after a reveal every move changes every phone's view (room/hub.ts).
   */
  readonly phoneCoalesceMs?: number;
  /** How often expired rooms are deleted (default every minute). */
  readonly sweepIntervalMs?: number;
  /** Rooms this server holds at most (default 10 000). */
  readonly maxRooms?: number;
}

export interface RoomServer {
  /** `http://127.0.0.1:41234/`: the deck (when served) and, as ws://…/room, the room. */
  readonly url: string;
  readonly port: number;
  /** Closes every connection (1001), the HTTP server and the database. */
  readonly close: () => Promise<void>;
}

/** Messages a connection may send in a burst, and per second after it (a drag sends ~10). */
const messageBurst = 30;
const messagesPerSecond = 15;
/**
 * Messages over that rate are dropped; the connection is told once per streak, so a phone
 * dragging faster than it should loses moves, not its connection. Dropping more than this
 * burst, faster than this rate, is a flood, and closes the connection.
 */
const dropBurst = 200;
const dropsForgivenPerSecond = 50;
/** Refusals a connection may earn before it is closed, and how fast that is forgiven. */
const refusalBurst = 20;
const refusalsForgivenPerSecond = 0.5;
/** A connection that does not read what it is sent is dropped, not buffered for ever. */
const maxBufferedBytes = 4 * 1024 * 1024;

function defaultLog(line: string): void {
  console.log(`${new Date().toISOString()} ${line}`);
}

function checkOptions(options: RoomServerOptions): void {
  const { port, ttlHours, joinUrl, deckDir } = options;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`port must be a whole number from 0 to 65535, not ${port}.`);
  }
  if (ttlHours !== undefined && !(Number.isFinite(ttlHours) && ttlHours > 0)) {
    throw new Error(`ttlHours must be a positive number of hours, such as 24, not ${ttlHours}.`);
  }
  if (joinUrl !== undefined && !/^https?:\/\//.test(joinUrl)) {
    throw new Error(
      `joinUrl must be an http:// or https:// address of the deck, not "${joinUrl}".`,
    );
  }
  if (deckDir !== undefined && !existsSync(join(deckDir, 'index.html'))) {
    throw new Error(`${deckDir} has no index.html: build the deck first (npx vite build).`);
  }
  for (const origin of options.allowedOrigins ?? []) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) {
      throw new Error(
        `An allowed origin is a scheme and host without a path, such as https://deck.example.org, not "${origin}".`,
      );
    }
  }
}

function rejectUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export async function createRoomServer(options: RoomServerOptions = {}): Promise<RoomServer> {
  checkOptions(options);
  const log = options.log ?? defaultLog;
  const clock = options.clock ?? Date.now;
  const rateClock = options.rateClock ?? (() => performance.now());
  const deckDir = options.deckDir;
  const allowedOrigins = new Set(
    (options.allowedOrigins ?? []).map((origin) => new URL(origin).origin),
  );
  const store = openStore(options.database ?? ':memory:');
  let hub: ReturnType<typeof createHub>;
  try {
    hub = createHub({
      store,
      clock,
      ttlMs: (options.ttlHours ?? 24) * 3_600_000,
      joinUrl: options.joinUrl,
      network: options.network,
      coalesceMs: options.coalesceMs ?? 40,
      phoneCoalesceMs: Math.max(options.phoneCoalesceMs ?? 200, options.coalesceMs ?? 40),
      maxRooms: options.maxRooms ?? 10_000,
      log,
    });
    hub.sweep();
  } catch (error) {
    // A database this server cannot read: closed, so the caller may try another.
    store.close();
    throw error;
  }
  const sweeper = setInterval(() => {
    try {
      hub.sweep();
    } catch (error) {
      log(`the expiry sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, options.sweepIntervalMs ?? 60_000);
  sweeper.unref();

  const sockets = new WebSocketServer({ noServer: true, maxPayload: roomLimits.maxMessageBytes });
  let nextConnection = 1;

  function originAllowed(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (allowedOrigins.has(origin)) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }

  function onConnection(socket: WebSocket): void {
    const id = nextConnection;
    nextConnection += 1;
    const messages = tokenBucket({
      capacity: messageBurst,
      perSecond: messagesPerSecond,
      now: rateClock,
    });
    const drops = tokenBucket({
      capacity: dropBurst,
      perSecond: dropsForgivenPerSecond,
      now: rateClock,
    });
    const refusals = tokenBucket({
      capacity: refusalBurst,
      perSecond: refusalsForgivenPerSecond,
      now: rateClock,
    });
    /** Whether the last message was dropped for the rate (the streak was told once). */
    let dropping = false;
    function send(text: string): void {
      if (socket.readyState !== WebSocket.OPEN) return;
      if (socket.bufferedAmount > maxBufferedBytes) {
        log(`connection #${id} closed: it does not read what it is sent`);
        socket.terminate();
        return;
      }
      socket.send(text);
    }

    function refuse(refusal: Refusal): void {
      const detail = refusal.detail.slice(0, 300);
      send(
        JSON.stringify({
          type: 'refused',
          reason: refusal.reason,
          detail,
        } satisfies ServerMessage),
      );
      log(`connection #${id}: refused (${refusal.reason}): ${detail}`);
      if (!refusals.take()) {
        log(`connection #${id} closed: too many refused messages`);
        socket.close(1008, 'too many refused messages');
      }
    }

    const peer: Peer = { send, refuse };

    function onMessage(data: RawData, isBinary: boolean): void {
      // Frames already on their way when the connection was closed for abuse are dropped.
      if (socket.readyState !== WebSocket.OPEN) return;
      if (!messages.take()) {
        if (!drops.take()) {
          log(`connection #${id} closed: a flood of messages`);
          socket.close(1008, 'too many messages');
        } else if (!dropping) {
          refuse({
            reason: 'rate-limited',
            detail: `more than ${messagesPerSecond} messages a second; the rest are dropped`,
          });
        }
        dropping = true;
        return;
      }
      dropping = false;
      if (isBinary) {
        refuse({ reason: 'malformed', detail: 'send JSON text frames, not binary ones' });
        return;
      }
      // ws hands a text frame over as one Buffer (nodebuffer, its default binary type).
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        refuse({ reason: 'malformed', detail: 'not JSON' });
        return;
      }
      const parsed = v.safeParse(clientMessageSchema, json);
      if (!parsed.success) {
        const issue = parsed.issues[0];
        const path = v.getDotPath(issue);
        refuse({
          reason: 'malformed',
          detail: `not a message of the room's protocol: ${path === null ? '' : `${path}: `}${issue.message}`,
        });
        return;
      }
      hub.handle(peer, parsed.output);
    }

    socket.on('message', (data, isBinary) => {
      try {
        onMessage(data, isBinary);
      } catch (error) {
        log(
          `connection #${id}: a message failed on the server: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
    socket.on('error', (error) => {
      log(`connection #${id} closed: ${error.message}`);
    });
    socket.on('close', () => {
      try {
        hub.disconnect(peer);
      } catch (error) {
        log(
          `connection #${id}: leaving failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
  }

  async function onRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = new URL(request.url ?? '/', 'http://room.invalid').pathname;
    if (pathname === roomSocketPath) {
      response.writeHead(426, {
        'Content-Type': 'text/plain; charset=utf-8',
        Upgrade: 'websocket',
      });
      response.end('The room is a WebSocket: connect with ws:// or wss://.\n');
      return;
    }
    if (pathname === '/health') {
      response.writeHead(200, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
      response.end('ok\n');
      return;
    }
    if (deckDir !== undefined) {
      await serveDeckFile(deckDir, request, response);
      return;
    }
    response.writeHead(pathname === '/' ? 200 : 404, {
      'Content-Type': 'text/plain; charset=utf-8',
    });
    response.end(`This is the deck's room server; decks connect to ${roomSocketPath}.\n`);
  }

  const server = createServer((request, response) => {
    onRequest(request, response).catch((error: unknown) => {
      log(`a request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.on('clientError', (_error, socket) => {
    socket.destroy();
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => {
      socket.destroy();
    });
    const pathname = new URL(request.url ?? '/', 'http://room.invalid').pathname;
    if (pathname !== roomSocketPath) {
      rejectUpgrade(socket, 404, 'Not Found');
      return;
    }
    if (!originAllowed(request)) {
      // The origin is a web page's address, not a person's: it may be logged.
      log(`refused a connection from a page at ${String(request.headers.origin).slice(0, 200)}`);
      rejectUpgrade(socket, 403, 'Forbidden');
      return;
    }
    sockets.handleUpgrade(request, socket, head, onConnection);
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    clearInterval(sweeper);
    hub.stop();
    store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  async function close(): Promise<void> {
    clearInterval(sweeper);
    hub.stop();
    const open = [...sockets.clients];
    await Promise.all(
      open.map(
        (socket) =>
          new Promise<void>((resolve) => {
            if (socket.readyState === WebSocket.CLOSED) {
              resolve();
              return;
            }
            const timeout = setTimeout(() => {
              socket.terminate();
            }, 1000);
            socket.once('close', () => {
              clearTimeout(timeout);
              resolve();
            });
            socket.close(1001, 'the room server is stopping');
          }),
      ),
    );
    sockets.close();
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
      server.closeAllConnections();
    });
    store.close();
  }

  return {
    url: `http://${shownHost}:${address.port}/`,
    port: address.port,
    close: () => (closing ??= close()),
  };
}
