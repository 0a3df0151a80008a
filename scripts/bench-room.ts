/**
 * `npm run bench:room`: how fast a phone's move reaches the presenter's screen when many phones
 * move at once (issue #16's target: p95 under 250 ms with 200 participants), and what the room
 * server costs in memory. The server runs in a child process on 127.0.0.1
 * (scripts/lib/room-bench-server.ts) with a real SQLite file; this process plays the phones
 * and the presenters as real WebSocket clients, each phone moving its marker every 1 to 2 s.
 *
 * A move is timed from just before the phone sends `place` to the presenter's connection
 * receiving the first `room` message with that position: the server's validation, its
 * write to SQLite, the coalescing window (40 ms) and both sockets. Each move differs from the
 * phone's last, so a position seen is that move. Three scenarios: 200 phones in one room
 * placing privately, the same room revealed (every phone is sent every marker, the heaviest
 * case), and 20 rooms of 12 phones at once. Exits 1 when the p95 with 200 participants is
 * 250 ms or more, or when a move never reached the screen. Not a timed test: the machine is
 * shared, so read the figures, not one run. Finishes in about 70 s.
 *
 *   npm run bench:room -- [--seconds N]
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { failUsage, readFlags } from './lib/command-line.ts';
import type { BenchServerReply, BenchServerRequest } from './lib/room-bench-server.ts';
import { median } from './lib/stats.ts';
import { roomSocketPath, type ClientMessage, type ServerMessage } from '../src/room/protocol.ts';

const usage = [
  'Usage: npm run bench:room -- [--seconds N]',
  '  --seconds N   how long the phones move in each scenario (default 20, 5 to 40)',
].join('\n');
const flags = readFlags({ seconds: { type: 'string', default: '20' } }, usage);
const seconds = Number(flags.seconds);
if (!Number.isInteger(seconds) || seconds < 5 || seconds > 40) {
  failUsage(`--seconds must be a whole number from 5 to 40, not "${flags.seconds}".`, usage);
}

/** The target for 200 participants. */
const p95TargetMs = 250;
/** Moves still unseen this long after the phones stop count as lost. */
const settleMs = 2000;

interface Scenario {
  readonly name: string;
  readonly rooms: number;
  readonly phonesPerRoom: number;
  readonly revealed: boolean;
}

interface Result {
  readonly scenario: Scenario;
  readonly moves: number;
  readonly latencies: readonly number[];
  readonly lost: number;
  readonly rss: number;
  readonly heapUsed: number;
}

const scenarios: readonly Scenario[] = [
  {
    name: '200 phones, one room, placing privately',
    rooms: 1,
    phonesPerRoom: 200,
    revealed: false,
  },
  { name: '200 phones, one room, revealed', rooms: 1, phonesPerRoom: 200, revealed: true },
  { name: '20 rooms × 12 phones at once', rooms: 20, phonesPerRoom: 12, revealed: true },
];

// ── the server, in its own process ──

const folder = mkdtempSync(join(tmpdir(), 'bench-room-'));
const child = fork(
  join(import.meta.dirname, 'lib', 'room-bench-server.ts'),
  [join(folder, 'rooms.sqlite')],
  {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  },
);
const replies: ((reply: BenchServerReply) => void)[] = [];
child.on('message', (reply: BenchServerReply) => {
  replies.shift()?.(reply);
});
function ask(request: BenchServerRequest | undefined): Promise<BenchServerReply> {
  return new Promise((resolve) => {
    replies.push(resolve);
    if (request !== undefined) child.send(request);
  });
}
async function serverMemory(): Promise<{ rss: number; heapUsed: number }> {
  const reply = await ask({ type: 'memory' });
  if (reply.type !== 'memory') throw new Error('the bench server did not report its memory');
  return reply;
}

// ── clients ──

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => {
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

function send(socket: WebSocket, message: ClientMessage): void {
  socket.send(JSON.stringify(message));
}

function nextMessage<T extends ServerMessage['type']>(
  socket: WebSocket,
  type: T,
): Promise<Extract<ServerMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no ${type} message within 10 s`));
    }, 10_000);
    const listen = (data: Buffer): void => {
      const message = JSON.parse(data.toString('utf8')) as ServerMessage;
      if (message.type !== type) return;
      clearTimeout(timer);
      socket.off('message', listen);
      resolve(message as Extract<ServerMessage, { type: T }>);
    };
    socket.on('message', listen);
  });
}

interface Phone {
  readonly socket: WebSocket;
  readonly n: number;
  /** Which of the scenario's rooms it joined. */
  readonly roomIndex: number;
  last?: { readonly x: number; readonly y: number };
  timer?: ReturnType<typeof setTimeout>;
}

interface PendingMove {
  readonly x: number;
  readonly y: number;
  readonly sentAt: number;
}

const randomPercent = (): number => Math.floor(Math.random() * 101);

async function run(url: string, scenario: Scenario): Promise<Result> {
  const socketUrl = new URL(roomSocketPath, url.replace(/^http/, 'ws')).href;
  const latencies: number[] = [];
  let moves = 0;
  let lost = 0;
  const presenters: WebSocket[] = [];
  const phones: Phone[] = [];
  /** Per room, the move each phone made that the screen has not shown yet. */
  const pendingByRoom: Map<number, PendingMove>[] = [];

  for (let index = 0; index < scenario.rooms; index += 1) {
    const presenter = await open(socketUrl);
    presenters.push(presenter);
    send(presenter, { type: 'create', rounds: [{ id: 'waar-staan-wij', kind: 'board' }] });
    const { room } = await nextMessage(presenter, 'hosting');
    const pending = new Map<number, PendingMove>();
    pendingByRoom.push(pending);
    presenter.on('message', (data: Buffer) => {
      const receivedAt = performance.now();
      const message = JSON.parse(data.toString('utf8')) as ServerMessage;
      if (message.type !== 'room') return;
      for (const round of message.rounds) {
        if (round.kind !== 'board') continue;
        for (const entry of round.entries) {
          const move = pending.get(entry.n);
          if (move !== undefined && move.x === entry.x && move.y === entry.y) {
            latencies.push(receivedAt - move.sentAt);
            pending.delete(entry.n);
          }
        }
      }
    });
    // Joined in batches, as people scanning a code arrive over a minute, not in one instant.
    for (let first = 0; first < scenario.phonesPerRoom; first += 50) {
      const batch = Math.min(50, scenario.phonesPerRoom - first);
      const joined = await Promise.all(
        Array.from({ length: batch }, async () => {
          const socket = await open(socketUrl);
          const reply = nextMessage(socket, 'joined');
          send(socket, { type: 'join', room });
          return { socket, n: (await reply).n, roomIndex: index };
        }),
      );
      phones.push(...joined);
    }
    if (scenario.revealed) {
      send(presenter, { type: 'control', round: 'waar-staan-wij', action: 'reveal' });
    }
  }

  let moving = true;
  const move = (phone: Phone): void => {
    if (!moving) return;
    let x = randomPercent();
    let y = randomPercent();
    while (phone.last !== undefined && phone.last.x === x && phone.last.y === y) {
      x = randomPercent();
      y = randomPercent();
    }
    const pending = pendingByRoom[phone.roomIndex];
    if (pending?.has(phone.n) === true) lost += 1; // superseded before the screen showed it
    pending?.set(phone.n, { x, y, sentAt: performance.now() });
    phone.last = { x, y };
    moves += 1;
    send(phone.socket, { type: 'place', round: 'waar-staan-wij', x, y });
    phone.timer = setTimeout(
      () => {
        move(phone);
      },
      1000 + Math.random() * 1000,
    );
  };
  for (const phone of phones) {
    phone.timer = setTimeout(() => {
      move(phone);
    }, Math.random() * 2000);
  }
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  moving = false;
  for (const phone of phones) clearTimeout(phone.timer);
  const settleUntil = performance.now() + settleMs;
  while (pendingByRoom.some((pending) => pending.size > 0) && performance.now() < settleUntil) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  lost += pendingByRoom.reduce((sum, pending) => sum + pending.size, 0);
  const memory = await serverMemory();
  for (const socket of [...presenters, ...phones.map((phone) => phone.socket)]) socket.terminate();
  return { scenario, moves, latencies, lost, ...memory };
}

function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number): string => `${value.toFixed(1)} ms`;
const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

// ── the run ──

let exitCode = 0;
try {
  const ready = await ask(undefined);
  if (ready.type !== 'ready') throw new Error('the bench server did not start');
  const idle = await serverMemory();
  console.log(
    `Room server on ${ready.url} (its own process); phones move every 1–2 s for ${seconds} s per scenario.\n`,
  );
  const results: Result[] = [];
  for (const scenario of scenarios) {
    console.log(`── ${scenario.name} …`);
    results.push(await run(ready.url, scenario));
  }

  const header = [
    'scenario',
    'phones',
    'moves',
    'on screen',
    'lost',
    'median',
    'p95',
    'max',
    'server RSS',
    'heap',
  ];
  const rows = results.map((result) => [
    result.scenario.name,
    String(result.scenario.rooms * result.scenario.phonesPerRoom),
    String(result.moves),
    String(result.latencies.length),
    String(result.lost),
    ms(median(result.latencies)),
    ms(percentile(result.latencies, 0.95)),
    ms(Math.max(...result.latencies)),
    mb(result.rss),
    mb(result.heapUsed),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  console.log(`\n${line(header)}\n${line(widths.map((width) => '─'.repeat(width)))}`);
  for (const row of rows) console.log(line(row));
  console.log(
    `\nServer memory idle (before): RSS ${mb(idle.rss)}, heap ${mb(idle.heapUsed)}; RSS and heap above are at each scenario's end, its phones still connected.`,
  );

  for (const result of results) {
    const participants = result.scenario.rooms * result.scenario.phonesPerRoom;
    const p95 = percentile(result.latencies, 0.95);
    if (participants >= 200 && !(p95 < p95TargetMs)) {
      console.error(
        `${result.scenario.name}: p95 ${ms(p95)} misses the target (under ${p95TargetMs} ms).`,
      );
      exitCode = 1;
    }
    if (result.lost > 0) {
      console.error(`${result.scenario.name}: ${result.lost} move(s) never reached the screen.`);
      exitCode = 1;
    }
  }
  if (exitCode === 0)
    console.log(
      `Within the target: p95 under ${p95TargetMs} ms with 200 participants, no move lost.`,
    );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  child.send({ type: 'stop' } satisfies BenchServerRequest);
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(folder, { recursive: true, force: true });
}
process.exit(exitCode);
