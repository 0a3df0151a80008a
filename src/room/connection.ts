/**
 * One WebSocket to the room server that comes back by itself (ARCHITECTURE.md, The room in the
 * deck): after a loss it tries again with a growing, jittered wait (backoff.ts), at once when
 * the browser says it is online again or a sleeping phone wakes. Every message from the server
 * is parsed with `serverMessageSchema` (src/room/protocol.ts); one that fails is dropped with a
 * console line and never reaches the page. Who says hello (create, host, join) is the caller's
 * business: `onOpen` runs on every connect, the first and each reconnect.
 */
import * as v from 'valibot';
import type { Lifetime } from '../deck/lifetime.ts';
import { backoffDelay } from './backoff.ts';
import { serverMessageSchema, type ClientMessage, type ServerMessage } from './protocol.ts';

/** What the page says about the connection: trying, working, or lost (and trying again). */
export type ConnectionState = 'connecting' | 'open' | 'offline';

export interface RoomConnection {
  /** Sends a message when the socket is open; false when it is not (the caller keeps it). */
  send(message: ClientMessage): boolean;
  readonly state: () => ConnectionState;
  /** Ends the connection for good: no more retries (a deleted room, a stopped view). */
  close(): void;
}

/** A socket that has not opened in this long is given up and tried again. */
const openTimeoutMs = 10_000;
/** A page hidden this long may hold a socket the network dropped silently: start afresh. */
const wakeAfterMs = 15_000;
/** Bad messages said in the console, at most: a broken server must not flood it. */
const maxWarnings = 5;

export function connectRoom(
  life: Lifetime,
  url: string,
  handlers: {
    readonly onOpen: (connection: RoomConnection) => void;
    readonly onMessage: (message: ServerMessage) => void;
    readonly onState: (state: ConnectionState) => void;
  },
): RoomConnection {
  let socket: WebSocket | undefined;
  let state: ConnectionState = 'connecting';
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let warnings = 0;
  let hiddenSince: number | undefined;

  const setState = (next: ConnectionState): void => {
    if (next === state) return;
    state = next;
    handlers.onState(next);
  };

  const connection: RoomConnection = {
    send(message) {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    state: () => state,
    close() {
      closed = true;
      clearTimeout(retry);
      clearTimeout(openTimer);
      const current = socket;
      socket = undefined;
      current?.close(1000);
    },
  };

  const scheduleRetry = (): void => {
    if (closed) return;
    clearTimeout(retry);
    retry = setTimeout(open, backoffDelay(attempt));
    attempt += 1;
  };

  const onMessage = (event: MessageEvent): void => {
    let data: unknown;
    try {
      data = typeof event.data === 'string' ? JSON.parse(event.data) : undefined;
    } catch {
      data = undefined;
    }
    const parsed = v.safeParse(serverMessageSchema, data);
    if (!parsed.success) {
      if (warnings < maxWarnings) {
        warnings += 1;
        const issue = parsed.issues[0];
        console.warn(
          `Room: ignored a message from the room server that is not in the protocol (src/room/protocol.ts): ${issue.message}${issue.path === undefined ? '' : ` at ${issue.path.map((item) => String(item.key)).join('.')}`}.`,
        );
      }
      return;
    }
    handlers.onMessage(parsed.output);
  };

  function open(): void {
    if (closed) return;
    clearTimeout(openTimer);
    const previous = socket;
    socket = undefined;
    previous?.close();
    let next: WebSocket;
    try {
      next = new WebSocket(url);
    } catch (error) {
      // A refused address (CSP, a bad URL) throws here: said once, then tried again later.
      console.warn(`Room: cannot open ${url}: ${String(error)}`);
      setState('offline');
      scheduleRetry();
      return;
    }
    socket = next;
    if (state !== 'connecting' && attempt === 0) setState('connecting');
    openTimer = setTimeout(() => {
      if (socket === next && next.readyState !== WebSocket.OPEN) {
        setState('offline');
        next.close();
      }
    }, openTimeoutMs);
    next.addEventListener('open', () => {
      if (socket !== next) return;
      clearTimeout(openTimer);
      attempt = 0;
      setState('open');
      handlers.onOpen(connection);
    });
    next.addEventListener('message', (event) => {
      if (socket === next) onMessage(event);
    });
    next.addEventListener('close', () => {
      if (socket !== next) return;
      clearTimeout(openTimer);
      socket = undefined;
      setState('offline');
      scheduleRetry();
    });
  }

  const reconnectNow = (): void => {
    if (closed || state === 'open') return;
    attempt = 0;
    clearTimeout(retry);
    open();
  };
  window.addEventListener('online', reconnectNow, { signal: life.signal });
  // The browser lost its network: the socket is as good as dead (a phone's may linger for a
  // minute before it notices), so say so now and try again as the network comes back.
  window.addEventListener(
    'offline',
    () => {
      if (closed || socket === undefined) return;
      const dead = socket;
      socket = undefined;
      clearTimeout(openTimer);
      dead.close();
      setState('offline');
      scheduleRetry();
    },
    { signal: life.signal },
  );
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'hidden') {
        hiddenSince = Date.now();
        return;
      }
      const slept = hiddenSince !== undefined && Date.now() - hiddenSince > wakeAfterMs;
      hiddenSince = undefined;
      if (slept && !closed) {
        // The socket may look open after a phone slept while its network went away.
        attempt = 0;
        open();
      } else {
        reconnectNow();
      }
    },
    { signal: life.signal },
  );
  life.add(() => {
    connection.close();
  });
  open();
  return connection;
}
