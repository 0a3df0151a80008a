/**
 * `npm run room:serve` as a platform runs it: room/main.ts in its own Node process, configured
 * by environment variables, stopped with SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, createRoom, temporaryFolder } from './room-clients.ts';

let folder: ReturnType<typeof temporaryFolder>;
let children: ChildProcess[];

beforeEach(() => {
  folder = temporaryFolder();
  children = [];
});
afterEach(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  folder.remove();
});

interface Running {
  readonly child: ChildProcess;
  /** Everything printed so far, both streams. */
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

function runMain(env: Record<string, string>): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'room/main.ts'], {
    cwd: process.cwd(),
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}

/** The address main.ts says it listens on, once it says so. */
function listening(running: Running): Promise<string> {
  return new Promise((resolve, reject) => {
    const look = (): void => {
      const match = /listening on (http:\/\/\S+\/)/.exec(running.output());
      if (match?.[1] !== undefined) resolve(match[1]);
    };
    running.child.stdout?.on('data', look);
    void running.exited.then((code) => {
      reject(new Error(`main.ts exited (${code}) before listening:\n${running.output()}`));
    });
    look();
  });
}

const goodEnv = (database: string): Record<string, string> => ({
  HOST: '127.0.0.1',
  PORT: '0',
  ROOM_DATABASE: database,
  ROOM_ALLOWED_ORIGINS: 'https://owner.github.io',
});

describe('npm run room:serve (room/main.ts)', () => {
  it('stops at bad settings with each variable, value and fix, and exit code 1', async () => {
    const running = runMain({
      ...goodEnv('rooms.sqlite'),
      PORT: 'eighty',
      ROOM_TTL_HOURS: 'a day',
    });
    expect(await running.exited).toBe(1);
    expect(running.output()).toContain('PORT="eighty"');
    expect(running.output()).toContain('ROOM_TTL_HOURS="a day"');
    expect(running.output()).toContain('such as 24');
  });

  it('says when the port is taken, and exits 1', async () => {
    const first = runMain(goodEnv(join(folder.path, 'a.sqlite')));
    const port = new URL(await listening(first)).port;
    const second = runMain({ ...goodEnv(join(folder.path, 'b.sqlite')), PORT: port });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`port ${port}`);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  });

  it('serves rooms, stops cleanly on SIGTERM, and has them back when started again', async () => {
    const database = join(folder.path, 'rooms.sqlite');
    const first = runMain(goodEnv(database));
    const url = await listening(first);
    const { presenter, room, secret } = await createRoom(url);
    first.child.kill('SIGTERM');
    expect((await presenter.closed).code).toBe(1001);
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Room server stopped.');

    const second = runMain(goodEnv(database));
    const again = await connect(await listening(second));
    again.send({ type: 'host', room, secret });
    expect((await again.next('hosting')).room).toBe(room);
    await again.close();
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });
});
