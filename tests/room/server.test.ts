/**
 * The room server end to end: real WebSocket clients on 127.0.0.1 against `createRoomServer`
 * with a real SQLite file in a temporary folder (room/server.ts). What is asserted is what a
 * presenter's screen or a phone would show.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roomLimits } from '../../src/room/protocol.ts';
import { createRoomServer, type RoomServer, type RoomServerOptions } from '../../room/server.ts';
import {
  connect,
  createRoom,
  joinRoom,
  boardOf,
  roundOf,
  temporaryFolder,
  type RoomClient,
} from './room-clients.ts';

let folder: ReturnType<typeof temporaryFolder>;
let servers: RoomServer[];
let clients: RoomClient[];
let logLines: string[];

beforeEach(() => {
  folder = temporaryFolder();
  servers = [];
  clients = [];
  logLines = [];
});

afterEach(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await Promise.all(servers.map((server) => server.close()));
  folder.remove();
});

async function start(options: RoomServerOptions = {}): Promise<RoomServer> {
  const server = await createRoomServer({
    database: join(folder.path, 'rooms.sqlite'),
    log: (line) => logLines.push(line),
    coalesceMs: 10,
    ...options,
  });
  servers.push(server);
  return server;
}

/** Keeps a client to close after the test. */
function kept<T extends { presenter?: RoomClient; phone?: RoomClient }>(made: T): T {
  if (made.presenter !== undefined) clients.push(made.presenter);
  if (made.phone !== undefined) clients.push(made.phone);
  return made;
}

async function phones(server: RoomServer, room: string, count: number) {
  const joined = [];
  for (let index = 0; index < count; index += 1) {
    joined.push(kept(await joinRoom(server.url, room)));
  }
  return joined;
}

describe('a room: create, host, join', () => {
  it('gives the presenter a code, a secret and the rounds, and numbers phones in join order', async () => {
    const server = await start();
    const { presenter, hosting } = kept(await createRoom(server.url));
    expect(hosting.room).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(hosting.rounds.map((round) => [round.id, round.count, round.accepting])).toEqual([
      ['waar-staan-wij', 0, true],
      ['wat-past-er-voor-jou', 0, true],
    ]);
    expect(hosting.expiresAt).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect(hosting.joinUrl).toBeUndefined();

    const [first, second, third] = await phones(server, hosting.room, 3);
    expect([first?.joined.n, second?.joined.n, third?.joined.n]).toEqual([1, 2, 3]);
    expect(first?.joined.participant).not.toBe(second?.joined.participant);
    const poll = roundOf(first?.joined.rounds ?? [], 'wat-past-er-voor-jou');
    expect(poll).toMatchObject({ kind: 'poll', options: ['zelf', 'met-begeleiding', 'nog-niet'] });
    await presenter.next('room', (message) => message.phones === 3);
  });

  it('tells the presenter the join address and network it was given', async () => {
    const server = await start({ joinUrl: 'http://192.168.1.20:8080/', network: 'Kantoor' });
    const { hosting } = kept(await createRoom(server.url));
    expect(hosting.joinUrl).toBe(`http://192.168.1.20:8080/?join=${hosting.room}`);
    expect(hosting.network).toBe('Kantoor');
  });

  it('lets a second presenter window host with the secret, and sees the same room', async () => {
    const server = await start();
    const { room, secret } = kept(await createRoom(server.url));
    const second = await connect(server.url);
    clients.push(second);
    second.send({ type: 'host', room, secret });
    const hosting = await second.next('hosting');
    expect(hosting.room).toBe(room);
    expect(hosting.secret).toBe(secret);
  });

  it('refuses a wrong secret, and the connection controls nothing', async () => {
    const server = await start();
    const { room } = kept(await createRoom(server.url));
    const intruder = await connect(server.url);
    clients.push(intruder);
    intruder.send({ type: 'host', room, secret: 'A'.repeat(43) });
    expect(await intruder.next('refused')).toMatchObject({ reason: 'not-presenter' });
    intruder.send({ type: 'control', round: 'waar-staan-wij', action: 'reveal' });
    expect(await intruder.next('refused')).toMatchObject({ reason: 'not-presenter' });
    expect(intruder.received.some((message) => message.type === 'hosting')).toBe(false);
  });

  it('answers an unknown room code with a refusal and gone, for phones and presenters', async () => {
    const server = await start();
    const phone = await connect(server.url);
    clients.push(phone);
    phone.send({ type: 'join', room: 'ZZZZZZ' });
    expect(await phone.next('refused')).toMatchObject({ reason: 'unknown-room' });
    expect(await phone.next('gone')).toEqual({ type: 'gone', reason: 'unknown' });
    phone.send({ type: 'host', room: 'ZZZZZZ', secret: 'A'.repeat(43) });
    expect(await phone.next('gone')).toEqual({ type: 'gone', reason: 'unknown' });
  });
});

describe('rounds: place privately, reveal together', () => {
  it('shows the presenter counts and every entry, and each phone only its own until reveal', async () => {
    const server = await start();
    const { presenter, room } = kept(await createRoom(server.url));
    const [one, two] = await phones(server, room, 2);
    if (one === undefined || two === undefined) throw new Error('two phones joined');

    one.phone.send({ type: 'place', round: 'waar-staan-wij', x: 20, y: 80 });
    two.phone.send({ type: 'place', round: 'waar-staan-wij', x: 70, y: 30 });
    const seen = await presenter.next(
      'room',
      (message) => roundOf(message.rounds, 'waar-staan-wij').count === 2,
    );
    expect(roundOf(seen.rounds, 'waar-staan-wij')).toMatchObject({
      revealed: false,
      entries: [
        { n: 1, x: 20, y: 80 },
        { n: 2, x: 70, y: 30 },
      ],
    });

    const ownView = await one.phone.next(
      'rounds',
      (message) => roundOf(message.rounds, 'waar-staan-wij').count === 2,
    );
    const ownBoard = roundOf(ownView.rounds, 'waar-staan-wij');
    expect(ownBoard).toMatchObject({ mine: { x: 20, y: 80 }, entries: [], revealed: false });

    // A move replaces the phone's marker; it never adds a second one.
    one.phone.send({ type: 'place', round: 'waar-staan-wij', x: 25, y: 75 });
    const moved = await presenter.next('room', (message) =>
      boardOf(message.rounds, 'waar-staan-wij').entries.some((entry) => entry.x === 25),
    );
    expect(roundOf(moved.rounds, 'waar-staan-wij').entries).toEqual([
      { n: 1, x: 25, y: 75 },
      { n: 2, x: 70, y: 30 },
    ]);

    presenter.send({ type: 'control', round: 'waar-staan-wij', action: 'reveal' });
    const revealed = await two.phone.next(
      'rounds',
      (message) => roundOf(message.rounds, 'waar-staan-wij').revealed,
    );
    expect(roundOf(revealed.rounds, 'waar-staan-wij')).toMatchObject({
      mine: { x: 70, y: 30 },
      entries: [
        { n: 1, x: 25, y: 75 },
        { n: 2, x: 70, y: 30 },
      ],
    });

    presenter.send({ type: 'control', round: 'waar-staan-wij', action: 'hide' });
    const hidden = await two.phone.next(
      'rounds',
      (message) => !roundOf(message.rounds, 'waar-staan-wij').revealed,
    );
    expect(roundOf(hidden.rounds, 'waar-staan-wij').entries).toEqual([]);
  });

  it('takes answers with free text, stored and returned verbatim, markup and all', async () => {
    const server = await start();
    const { presenter, room } = kept(await createRoom(server.url));
    const [one] = await phones(server, room, 1);
    if (one === undefined) throw new Error('a phone joined');
    const text = '<img src=x onerror="alert(1)"> & <b>vet</b> "quotes" \u{1F600}';
    one.phone.send({ type: 'answer', round: 'wat-past-er-voor-jou', option: 'zelf', text });
    const seen = await presenter.next(
      'room',
      (message) => roundOf(message.rounds, 'wat-past-er-voor-jou').count === 1,
    );
    expect(roundOf(seen.rounds, 'wat-past-er-voor-jou').entries).toEqual([
      { n: 1, option: 'zelf', text },
    ]);
    const mine = await one.phone.next(
      'rounds',
      (message) => roundOf(message.rounds, 'wat-past-er-voor-jou').count === 1,
    );
    expect(roundOf(mine.rounds, 'wat-past-er-voor-jou')).toMatchObject({
      mine: { option: 'zelf', text },
    });
  });

  it('closes, reopens and clears a round', async () => {
    const server = await start();
    const { presenter, room } = kept(await createRoom(server.url));
    const [one] = await phones(server, room, 1);
    if (one === undefined) throw new Error('a phone joined');
    one.phone.send({ type: 'place', round: 'waar-staan-wij', x: 10, y: 10 });
    await presenter.next(
      'room',
      (message) => roundOf(message.rounds, 'waar-staan-wij').count === 1,
    );

    presenter.send({ type: 'control', round: 'waar-staan-wij', action: 'close' });
    await one.phone.next(
      'rounds',
      (message) => !roundOf(message.rounds, 'waar-staan-wij').accepting,
    );
    one.phone.send({ type: 'place', round: 'waar-staan-wij', x: 90, y: 90 });
    expect(await one.phone.next('refused')).toMatchObject({ reason: 'round-closed' });

    presenter.send({ type: 'control', round: 'waar-staan-wij', action: 'reopen' });
    await one.phone.next(
      'rounds',
      (message) => roundOf(message.rounds, 'waar-staan-wij').accepting,
    );
    one.phone.send({ type: 'place', round: 'waar-staan-wij', x: 90, y: 90 });
    await presenter.next('room', (message) =>
      boardOf(message.rounds, 'waar-staan-wij').entries.some((entry) => entry.x === 90),
    );

    presenter.send({ type: 'control', round: 'waar-staan-wij', action: 'reveal' });
    presenter.send({ type: 'control', round: 'waar-staan-wij', action: 'clear' });
    const cleared = await presenter.next(
      'room',
      (message) => roundOf(message.rounds, 'waar-staan-wij').count === 0,
    );
    expect(roundOf(cleared.rounds, 'waar-staan-wij')).toMatchObject({
      accepting: true,
      revealed: false,
      entries: [],
    });
    const phoneView = await one.phone.next(
      'rounds',
      (message) => roundOf(message.rounds, 'waar-staan-wij').count === 0,
    );
    expect(roundOf(phoneView.rounds, 'waar-staan-wij').mine).toBeUndefined();
  });
});

describe('safety: who may write what', () => {
  it('gives a phone no way to write another phone’s entry: its number comes from its token', async () => {
    const server = await start();
    const { presenter, room } = kept(await createRoom(server.url));
    const [one, two] = await phones(server, room, 2);
    if (one === undefined || two === undefined) throw new Error('two phones joined');
    two.phone.send({ type: 'place', round: 'waar-staan-wij', x: 50, y: 50 });
    await presenter.next(
      'room',
      (message) => roundOf(message.rounds, 'waar-staan-wij').count === 1,
    );

    // The protocol has no field to name another participant: a message that tries is malformed.
    one.phone.sendRaw(JSON.stringify({ type: 'place', round: 'waar-staan-wij', x: 0, y: 0, n: 2 }));
    expect(await one.phone.next('refused')).toMatchObject({ reason: 'malformed' });
    // Phone 1 placing writes phone 1's marker, whatever it wishes.
    one.phone.send({ type: 'place', round: 'waar-staan-wij', x: 0, y: 0 });
    const seen = await presenter.next(
      'room',
      (message) => roundOf(message.rounds, 'waar-staan-wij').count === 2,
    );
    expect(roundOf(seen.rounds, 'waar-staan-wij').entries).toEqual([
      { n: 1, x: 0, y: 0 },
      { n: 2, x: 50, y: 50 },
    ]);
    // Rejoining with another phone's token is the only way to be that phone, and the token
    // never leaves the phone that got it (it is in no message to anyone else).
    const everythingSent = JSON.stringify([...presenter.received, ...one.phone.received]);
    expect(everythingSent).not.toContain(two.joined.participant);
  });

  it('refuses presenter controls and delete from a phone, and place from a presenter', async () => {
    const server = await start();
    const { presenter, room, secret } = kept(await createRoom(server.url));
    const [one] = await phones(server, room, 1);
    if (one === undefined) throw new Error('a phone joined');
    for (const action of ['reveal', 'hide', 'close', 'reopen', 'clear'] as const) {
      one.phone.send({ type: 'control', round: 'waar-staan-wij', action });
      expect(await one.phone.next('refused')).toMatchObject({ reason: 'not-presenter' });
    }
    one.phone.send({ type: 'delete' });
    expect(await one.phone.next('refused')).toMatchObject({ reason: 'not-presenter' });
    presenter.send({ type: 'place', round: 'waar-staan-wij', x: 1, y: 1 });
    expect(await presenter.next('refused')).toMatchObject({ reason: 'not-participant' });
    // Nothing changed: the round is as it was.
    presenter.send({ type: 'host', room, secret });
    const hosting = await presenter.next('hosting');
    expect(roundOf(hosting.rounds, 'waar-staan-wij')).toMatchObject({
      accepting: true,
      revealed: false,
      count: 0,
    });
  });

  it('refuses malformed JSON, wrong shapes and out-of-range values, and keeps serving', async () => {
    const server = await start();
    const { presenter, room } = kept(await createRoom(server.url));
    const [one] = await phones(server, room, 1);
    if (one === undefined) throw new Error('a phone joined');
    const bad: [string, string][] = [
      ['{"type":', 'not JSON'],
      ['"place"', 'not a message'],
      [JSON.stringify({ type: 'place', round: 'waar-staan-wij', x: 101, y: 5 }), 'x'],
      [JSON.stringify({ type: 'place', round: 'waar-staan-wij', x: 5.5, y: 5 }), 'x'],
      [JSON.stringify({ type: 'place', round: 'waar-staan-wij', x: -1, y: 5 }), 'x'],
      [JSON.stringify({ type: 'place', round: 'Waar staan wij', x: 5, y: 5 }), 'round'],
      [JSON.stringify({ type: 'launch' }), 'type'],
      [
        JSON.stringify({
          type: 'answer',
          round: 'wat-past-er-voor-jou',
          option: 'zelf',
          text: 'x'.repeat(roomLimits.maxTextLength + 1),
        }),
        'text',
      ],
    ];
    for (const [frame, mentioned] of bad) {
      one.phone.sendRaw(frame);
      const refused = await one.phone.next('refused');
      expect(refused.reason).toBe('malformed');
      expect(refused.detail).toContain(mentioned);
    }
    one.phone.send({ type: 'answer', round: 'wat-past-er-voor-jou', option: 'geen', text: '' });
    expect(await one.phone.next('refused')).toMatchObject({ reason: 'unknown-option' });
    one.phone.send({ type: 'place', round: 'bestaat-niet', x: 5, y: 5 });
    expect(await one.phone.next('refused')).toMatchObject({ reason: 'unknown-round' });
    one.phone.send({ type: 'place', round: 'wat-past-er-voor-jou', x: 5, y: 5 });
    expect(await one.phone.next('refused')).toMatchObject({ reason: 'unknown-round' });
    one.phone.sendRaw(Buffer.from([1, 2, 3]));
    expect(await one.phone.next('refused')).toMatchObject({ reason: 'malformed' });

    // Each refusal was logged in one line, without the phone's token.
    const refusals = logLines.filter((line) => line.includes('refused ('));
    expect(refusals.length).toBeGreaterThanOrEqual(bad.length + 4);
    expect(logLines.join('\n')).not.toContain(one.joined.participant);

    // Still serving: a good message goes through.
    one.phone.send({ type: 'place', round: 'waar-staan-wij', x: 5, y: 5 });
    await presenter.next(
      'room',
      (message) => roundOf(message.rounds, 'waar-staan-wij').count === 1,
    );
  });

  it('closes a connection that sends an oversized frame (1009), and serves the others', async () => {
    const server = await start();
    const { presenter, room } = kept(await createRoom(server.url));
    const [one, two] = await phones(server, room, 2);
    if (one === undefined || two === undefined) throw new Error('two phones joined');
    one.phone.sendRaw(
      JSON.stringify({ type: 'answer', round: 'x', option: 'y', text: 'z'.repeat(5000) }),
    );
    expect((await one.phone.closed).code).toBe(1009);
    two.phone.send({ type: 'place', round: 'waar-staan-wij', x: 40, y: 40 });
    await presenter.next(
      'room',
      (message) => roundOf(message.rounds, 'waar-staan-wij').count === 1,
    );
    expect(logLines.some((line) => /closed: .*payload/i.test(line))).toBe(true);
  });

  it('limits a flood, then closes that connection; other phones keep their say', async () => {
    // The rate's clock stands still: the 500 messages are one burst, however slowly they are read.
    const server = await start({ rateClock: () => 0 });
    const { presenter, room } = kept(await createRoom(server.url));
    const [flooder, calm] = await phones(server, room, 2);
    if (flooder === undefined || calm === undefined) throw new Error('two phones joined');
    for (let index = 0; index < 500; index += 1) {
      flooder.phone.send({ type: 'place', round: 'waar-staan-wij', x: index % 101, y: 1 });
    }
    expect(await flooder.phone.next('refused')).toMatchObject({ reason: 'rate-limited' });
    expect((await flooder.phone.closed).code).toBe(1008);
    calm.phone.send({ type: 'place', round: 'waar-staan-wij', x: 33, y: 66 });
    const seen = await presenter.next('room', (message) =>
      boardOf(message.rounds, 'waar-staan-wij').entries.some((entry) => entry.n === 2),
    );
    expect(boardOf(seen.rounds, 'waar-staan-wij').entries).toContainEqual({ n: 2, x: 33, y: 66 });
    // One refusal and one line for the streak, one for the close: not a line per message.
    expect(flooder.phone.received.filter((message) => message.type === 'refused')).toHaveLength(1);
    expect(logLines.filter((line) => line.startsWith('connection #'))).toHaveLength(2);
  });

  it('drops a fast drag’s extra moves without closing the phone', async () => {
    // The rate's clock moves only when the test says: the drag is one burst, then a pause.
    let now = 0;
    const server = await start({ rateClock: () => now });
    const { presenter, room } = kept(await createRoom(server.url));
    const [dragger] = await phones(server, room, 1);
    if (dragger === undefined) throw new Error('a phone joined');
    // 100 moves at once: 30 go through, 70 are dropped, under the flood's limit of 200.
    for (let index = 1; index <= 100; index += 1) {
      dragger.phone.send({ type: 'place', round: 'waar-staan-wij', x: index, y: 1 });
    }
    expect(await dragger.phone.next('refused')).toMatchObject({ reason: 'rate-limited' });
    // The phone's own view shows the last move that went through, not the 100th.
    const echo = await dragger.phone.next('rounds', (message) => {
      const mine = boardOf(message.rounds, 'waar-staan-wij').mine;
      return mine !== undefined && mine.x < 100;
    });
    expect(boardOf(echo.rounds, 'waar-staan-wij').mine?.x).toBeGreaterThanOrEqual(25);
    // Still connected, and heard again once the drag slows down.
    now += 1000;
    dragger.phone.send({ type: 'place', round: 'waar-staan-wij', x: 77, y: 77 });
    await presenter.next('room', (message) =>
      boardOf(message.rounds, 'waar-staan-wij').entries.some((entry) => entry.x === 77),
    );
    expect(dragger.phone.socket.readyState).toBe(dragger.phone.socket.OPEN);
    expect(dragger.phone.received.filter((message) => message.type === 'refused')).toHaveLength(1);
  });

  it('refuses a page from another origin, and lets in the server’s own and the allowed ones', async () => {
    const server = await start({ allowedOrigins: ['https://deck.example.org'] });
    await expect(connect(server.url, { origin: 'https://evil.example.com' })).rejects.toThrow(
      /403/,
    );
    const allowed = await connect(server.url, { origin: 'https://deck.example.org' });
    clients.push(allowed);
    const own = await connect(server.url, { origin: server.url.replace(/\/$/, '') });
    clients.push(own);
    expect(logLines.some((line) => line.includes('https://evil.example.com'))).toBe(true);
  });

  it('refuses a phone beyond the room’s limit of participants', async () => {
    const server = await start();
    const { room } = kept(await createRoom(server.url));
    const phonesNeeded = roomLimits.maxParticipants;
    const batch = await Promise.all(
      Array.from({ length: phonesNeeded }, async () => {
        const phone = await connect(server.url);
        clients.push(phone);
        phone.send({ type: 'join', room });
        return phone.next('joined', undefined, 15_000);
      }),
    );
    expect(new Set(batch.map((joined) => joined.n)).size).toBe(phonesNeeded);
    const late = await connect(server.url);
    clients.push(late);
    late.send({ type: 'join', room });
    expect(await late.next('refused')).toMatchObject({ reason: 'room-full' });
  });
});

describe('nothing lost: restart, rejoin', () => {
  it('brings back the room, its entries and numbers after a restart; tokens and the secret still work', async () => {
    const database = join(folder.path, 'restart.sqlite');
    const first = await start({ database });
    const { presenter, room, secret } = kept(await createRoom(first.url));
    const joined = await phones(first, room, 3);
    joined.forEach(({ phone }, index) => {
      phone.send({ type: 'place', round: 'waar-staan-wij', x: 10 * (index + 1), y: 50 });
    });
    joined[1]?.phone.send({
      type: 'answer',
      round: 'wat-past-er-voor-jou',
      option: 'nog-niet',
      text: 'Eerst intern.',
    });
    presenter.send({ type: 'control', round: 'waar-staan-wij', action: 'close' });
    await presenter.next(
      'room',
      (message) =>
        roundOf(message.rounds, 'waar-staan-wij').count === 3 &&
        !roundOf(message.rounds, 'waar-staan-wij').accepting &&
        roundOf(message.rounds, 'wat-past-er-voor-jou').count === 1,
    );
    await first.close();
    expect((await presenter.closed).code).toBe(1001);

    const second = await start({ database });
    const back = await connect(second.url);
    clients.push(back);
    back.send({ type: 'host', room, secret });
    const hosting = await back.next('hosting');
    expect(roundOf(hosting.rounds, 'waar-staan-wij')).toMatchObject({
      accepting: false,
      entries: [
        { n: 1, x: 10, y: 50 },
        { n: 2, x: 20, y: 50 },
        { n: 3, x: 30, y: 50 },
      ],
    });
    expect(roundOf(hosting.rounds, 'wat-past-er-voor-jou').entries).toEqual([
      { n: 2, option: 'nog-niet', text: 'Eerst intern.' },
    ]);

    const token = joined[1]?.joined.participant;
    const rejoined = kept(await joinRoom(second.url, room, token));
    expect(rejoined.joined.n).toBe(2);
    expect(rejoined.joined.participant).toBe(token);
    expect(roundOf(rejoined.joined.rounds, 'waar-staan-wij').mine).toEqual({ x: 20, y: 50 });
    expect(roundOf(rejoined.joined.rounds, 'wat-past-er-voor-jou').mine).toEqual({
      option: 'nog-niet',
      text: 'Eerst intern.',
    });
    // A new phone after the restart gets the next number, not a taken one.
    const newcomer = kept(await joinRoom(second.url, room));
    expect(newcomer.joined.n).toBe(4);
    await back.next('room', (message) => message.phones === 2);
  });

  it('gives a token the room does not know a new number, never someone else’s', async () => {
    const server = await start();
    const { room } = kept(await createRoom(server.url));
    const other = kept(await createRoom(server.url));
    const elsewhere = kept(await joinRoom(server.url, other.room));
    kept(await joinRoom(server.url, room));
    const stranger = kept(await joinRoom(server.url, room, elsewhere.joined.participant));
    expect(stranger.joined.n).toBe(2);
    expect(stranger.joined.participant).not.toBe(elsewhere.joined.participant);
  });
});

describe('a phone offline and back, and the screen under load', () => {
  it('counts the phones connected, and takes a phone back with its number and marker', async () => {
    const server = await start();
    const { presenter, room } = kept(await createRoom(server.url));
    const [one, two] = await phones(server, room, 2);
    if (one === undefined || two === undefined) throw new Error('two phones joined');
    one.phone.send({ type: 'place', round: 'waar-staan-wij', x: 61, y: 39 });
    await presenter.next(
      'room',
      (message) => message.phones === 2 && roundOf(message.rounds, 'waar-staan-wij').count === 1,
    );

    await one.phone.close();
    await presenter.next('room', (message) => message.phones === 1);
    const back = kept(await joinRoom(server.url, room, one.joined.participant));
    expect(back.joined.n).toBe(1);
    expect(boardOf(back.joined.rounds, 'waar-staan-wij').mine).toEqual({ x: 61, y: 39 });
    const seen = await presenter.next('room', (message) => message.phones === 2);
    // Still one marker for phone 1: coming back is not a second participant.
    expect(boardOf(seen.rounds, 'waar-staan-wij').entries).toEqual([{ n: 1, x: 61, y: 39 }]);
  });

  it('gathers many moves into few messages to the screen', async () => {
    const server = await start({ coalesceMs: 40 });
    const { presenter, room } = kept(await createRoom(server.url));
    const joined = await phones(server, room, 20);
    await presenter.next('room', (message) => message.phones === 20);
    const before = presenter.received.length;
    for (let step = 1; step <= 5; step += 1) {
      for (const { phone } of joined) {
        phone.send({ type: 'place', round: 'waar-staan-wij', x: step * 10, y: step * 10 });
      }
    }
    await presenter.next(
      'room',
      (message) =>
        boardOf(message.rounds, 'waar-staan-wij').entries.filter((entry) => entry.x === 50)
          .length === 20,
    );
    // 100 moves; one message per 40 ms window, so a handful, never one per move.
    const messages = presenter.received.length - before;
    expect(messages).toBeGreaterThanOrEqual(1);
    expect(messages).toBeLessThan(20);
  });

  it('refuses a new room when the server holds as many as it may', async () => {
    const server = await start({ maxRooms: 2 });
    kept(await createRoom(server.url));
    kept(await createRoom(server.url));
    const third = await connect(server.url);
    clients.push(third);
    third.send({ type: 'create', rounds: [{ id: 'waar-staan-wij', kind: 'board' }] });
    const refused = await third.next('refused');
    expect(refused.reason).toBe('rate-limited');
    expect(refused.detail).toContain('as many rooms as it may (2)');
  });
});

describe('rooms end: delete and expiry', () => {
  it('deletes a room at the presenter’s word: everyone gets gone, the code is unknown after', async () => {
    const server = await start();
    const { presenter, room, secret } = kept(await createRoom(server.url));
    const [one] = await phones(server, room, 1);
    if (one === undefined) throw new Error('a phone joined');
    presenter.send({ type: 'delete' });
    expect(await presenter.next('gone')).toEqual({ type: 'gone', reason: 'deleted' });
    expect(await one.phone.next('gone')).toEqual({ type: 'gone', reason: 'deleted' });
    one.phone.send({ type: 'join', room, participant: one.joined.participant });
    expect(await one.phone.next('gone')).toEqual({ type: 'gone', reason: 'unknown' });
    presenter.send({ type: 'host', room, secret });
    expect(await presenter.next('gone')).toEqual({ type: 'gone', reason: 'unknown' });
  });

  it('deletes a room when its time is up, telling its connections', async () => {
    let now = Date.now();
    const server = await start({ clock: () => now, ttlHours: 1, sweepIntervalMs: 20 });
    const { presenter, room, hosting } = kept(await createRoom(server.url));
    expect(hosting.expiresAt).toBe(now + 3_600_000);
    const [one] = await phones(server, room, 1);
    if (one === undefined) throw new Error('a phone joined');
    now += 3_600_000;
    expect(await presenter.next('gone')).toEqual({ type: 'gone', reason: 'expired' });
    expect(await one.phone.next('gone')).toEqual({ type: 'gone', reason: 'expired' });
    one.phone.send({ type: 'join', room });
    expect(await one.phone.next('gone')).toEqual({ type: 'gone', reason: 'unknown' });
  });

  it('notices a room’s time is up before the sweep does, telling each connection once', async () => {
    let now = Date.now();
    const server = await start({ clock: () => now, ttlHours: 1, sweepIntervalMs: 3_600_000 });
    const first = kept(await createRoom(server.url));
    const second = kept(await createRoom(server.url));
    const [one] = await phones(server, first.room, 1);
    if (one === undefined) throw new Error('a phone joined');
    now += 3_600_000;

    // A phone in the room moves: everyone in it hears `gone` (expired), the phone once.
    one.phone.send({ type: 'place', round: 'waar-staan-wij', x: 1, y: 1 });
    expect(await first.presenter.next('gone')).toEqual({ type: 'gone', reason: 'expired' });
    expect(await one.phone.next('gone')).toEqual({ type: 'gone', reason: 'expired' });
    // A newcomer asking for the other expired room is told it expired.
    const late = await connect(server.url);
    clients.push(late);
    late.send({ type: 'join', room: second.room });
    expect(await late.next('refused')).toMatchObject({ reason: 'unknown-room' });
    expect(await late.next('gone')).toEqual({ type: 'gone', reason: 'expired' });
    // Only now is the first phone's next message answered: nothing was sent it in between.
    one.phone.send({ type: 'join', room: first.room });
    expect(await one.phone.next('gone')).toEqual({ type: 'gone', reason: 'unknown' });
    const sent = one.phone.received.map((message) => message.type);
    expect(sent.filter((type) => type === 'gone')).toHaveLength(2);
    expect(sent.filter((type) => type === 'refused')).toHaveLength(1);
  });

  it('does not bring back a room that expired while the server was down', async () => {
    const database = join(folder.path, 'expiry.sqlite');
    const startedAt = Date.now();
    const first = await start({ database, clock: () => startedAt, ttlHours: 1 });
    const { room, secret } = kept(await createRoom(first.url));
    const kept2 = kept(await createRoom(first.url));
    await first.close();

    const second = await start({ database, clock: () => startedAt + 3_600_000 });
    const presenter = await connect(second.url);
    clients.push(presenter);
    presenter.send({ type: 'host', room, secret });
    expect(await presenter.next('gone')).toEqual({ type: 'gone', reason: 'unknown' });
    presenter.send({ type: 'host', room: kept2.room, secret: kept2.secret });
    expect(await presenter.next('gone')).toEqual({ type: 'gone', reason: 'unknown' });
    expect(logLines.filter((line) => /^room \w+ expired$/.test(line))).toHaveLength(2);
  });
});

describe('HTTP beside the room', () => {
  it('answers plain requests without a deck, and a health check', async () => {
    const server = await start();
    const health = await fetch(new URL('/health', server.url));
    expect(health.status).toBe(200);
    const socketPath = await fetch(new URL('/room', server.url));
    expect(socketPath.status).toBe(426);
    expect((await fetch(new URL('/index.html', server.url))).status).toBe(404);
  });
});
