/**
 * The phones' join page in the engines phones have besides Chromium: Firefox (Gecko, as on
 * Android's Firefox) and WebKitGTK (WebKit, as under every browser on an iPhone). The room
 * server's Node entry (room/server.ts) serves the built deck (dist/) and the room on
 * 127.0.0.1, as `npm run room` does, so the page reaches its room on its own host under the
 * deck's Content Security Policy (`connect-src 'self'`). A presenter connection in Node opens
 * the room; the engine's page joins through `?join=<code>`, places its marker with a click and
 * answers the closing question, and the presenter receives both. Chromium's twelve phones are
 * in tests/browser/room.test.ts.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createRoomServer, type RoomServer } from '../../room/server.ts';
import {
  roomSocketPath,
  type ClientMessage,
  type RoundView,
  type ServerMessage,
} from '../../src/room/protocol.ts';
import { engines, type EngineName, type EngineWindow } from './support/engines.ts';

const board = 'waar-staan-wij';
const poll = 'wat-past-er-voor-jou';

/** A presenter's socket in Node: what the deck window's room connection does, by hand. */
interface Presenter {
  readonly code: string;
  send(message: ClientMessage): void;
  /** Resolves with the first round view (from `room` messages) that `test` accepts. */
  roundWhere(id: string, test: (round: RoundView) => boolean): Promise<RoundView>;
  close(): void;
}

async function openPresenter(server: RoomServer): Promise<Presenter> {
  const socket = new WebSocket(new URL(roomSocketPath, server.url.replace(/^http/, 'ws')));
  const received: ServerMessage[] = [];
  const listeners = new Set<() => void>();
  socket.on('message', (data: Buffer) => {
    received.push(JSON.parse(data.toString('utf8')) as ServerMessage);
    for (const listener of listeners) listener();
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const send = (message: ClientMessage): void => {
    socket.send(JSON.stringify(message));
  };
  const waitFor = <T>(find: () => T | undefined, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`the presenter never saw ${what}`));
      }, 20_000);
      const check = (): void => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(found);
      };
      listeners.add(check);
      check();
    });
  send({
    type: 'create',
    rounds: [
      { id: board, kind: 'board' },
      {
        id: poll,
        kind: 'poll',
        options: ['een-klantrelatie', 'een-team', 'meten-en-belonen', 'begeleiding'],
        freeText: true,
      },
    ],
  });
  const hosting = await waitFor(
    () => received.find((message) => message.type === 'hosting'),
    'its room',
  );
  return {
    code: hosting.room,
    send,
    roundWhere: (id, test) =>
      waitFor(() => {
        for (const message of received.toReversed()) {
          if (message.type !== 'room' && message.type !== 'hosting') continue;
          const round = message.rounds.find((candidate) => candidate.id === id);
          if (round !== undefined && test(round)) return round;
        }
        return undefined;
      }, `round ${id} as expected`),
    close: () => {
      socket.close();
    },
  };
}

let server: RoomServer;
beforeAll(async () => {
  server = await createRoomServer({ deckDir: 'dist', log: () => undefined });
});
afterAll(async () => {
  await server.close();
});

describe.each<EngineName>(['firefox', 'webkit'])('%s, on a phone', (engine) => {
  let tab: EngineWindow | undefined;
  let presenter: Presenter | undefined;
  // A room and a window for each try: the engines project retries a failed test once
  // (vitest.config.ts), and a retry after a WebKit page crash needs a window that lives.
  beforeEach(async () => {
    presenter = await openPresenter(server);
    tab = await engines[engine]();
  }, 60_000);
  afterEach(async () => {
    presenter?.close();
    await tab?.close().catch(() => undefined);
  });

  it('joins through the join page, places its marker and answers the closing question', async () => {
    if (tab === undefined || presenter === undefined) throw new Error('not started');
    const { code } = presenter;
    // One round at a time, as the deck runs them: the board first.
    presenter.send({ type: 'control', round: poll, action: 'close' });
    await presenter.roundWhere(poll, (round) => !round.accepting);

    await tab.setViewport(390, 844);
    await tab.goto(`${server.url}?join=${code}`);
    await tab.waitFor(
      () => document.querySelector('.join-plane') !== null,
      'the join page showed no board',
    );
    const plane = await tab.evaluate(() => {
      const rect = document.querySelector('.join-plane')?.getBoundingClientRect();
      return rect === undefined
        ? undefined
        : { left: rect.left, bottom: rect.bottom, width: rect.width, height: rect.height };
    });
    if (plane === undefined) throw new Error('no board on the phone');
    // A board in a phone's width, not a slide's.
    expect(plane.width).toBeGreaterThan(250);
    expect(plane.width).toBeLessThanOrEqual(390);
    await tab.clickAt(plane.left + plane.width * 0.3, plane.bottom - plane.height * 0.7);
    const placed = await presenter.roundWhere(board, (round) => round.entries.length === 1);
    expect(placed.kind).toBe('board');
    const [entry] = placed.kind === 'board' ? placed.entries : [];
    expect(entry?.x).toBeGreaterThanOrEqual(28);
    expect(entry?.x).toBeLessThanOrEqual(32);
    expect(entry?.y).toBeGreaterThanOrEqual(68);
    expect(entry?.y).toBeLessThanOrEqual(72);
    await tab.screenshot(`test-results/engines/${engine}-phone-board.png`);

    // Then the closing question: the board closes, the poll opens, the phone follows.
    presenter.send({ type: 'control', round: board, action: 'close' });
    presenter.send({ type: 'control', round: poll, action: 'reopen' });
    await tab.waitFor(
      () => document.querySelector('.join-option-input') !== null,
      'the phone did not turn to the closing question',
    );
    const option = await tab.evaluate(() => {
      const labels = [...document.querySelectorAll('.join-option')];
      const rect = labels[1]?.getBoundingClientRect();
      return rect === undefined ? undefined : { x: rect.left + 24, y: rect.top + rect.height / 2 };
    });
    if (option === undefined) throw new Error('the phone shows no options');
    await tab.clickAt(option.x, option.y);
    await tab.evaluate((text) => {
      const field = document.querySelector<HTMLTextAreaElement>('.join-text');
      if (field === null) return;
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }, 'Eén team, <b>deze week</b>');
    const send = await tab.evaluate(() => {
      const rect = document.querySelector('.join-poll .join-button')?.getBoundingClientRect();
      return rect === undefined
        ? undefined
        : { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    if (send === undefined) throw new Error('the phone shows no send button');
    await tab.clickAt(send.x, send.y);
    const answered = await presenter.roundWhere(poll, (round) => round.entries.length === 1);
    expect(answered.kind === 'poll' ? answered.entries : []).toEqual([
      { n: 1, option: 'een-team', text: 'Eén team, <b>deze week</b>' },
    ]);
    await tab.screenshot(`test-results/engines/${engine}-phone-poll.png`);
    expect(await tab.errors()).toEqual([]);
  });
});
