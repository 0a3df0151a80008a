import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRoomEnvironment } from '../../room/environment.ts';
import { temporaryFolder } from './room-clients.ts';

const folder = temporaryFolder();
afterAll(() => {
  folder.remove();
});
const deck = join(folder.path, 'dist');
mkdirSync(deck);
writeFileSync(join(deck, 'index.html'), '<!doctype html>');

const origins = { ROOM_ALLOWED_ORIGINS: 'https://owner.github.io' };

function problemsOf(env: Record<string, string>): readonly string[] {
  const result = readRoomEnvironment(env, folder.path);
  return result.ok ? [] : result.problems;
}

describe('readRoomEnvironment', () => {
  it('has defaults for everything but where the deck is', () => {
    const result = readRoomEnvironment(origins, folder.path);
    expect(result).toEqual({
      ok: true,
      options: {
        host: '0.0.0.0',
        port: 8080,
        database: join(folder.path, 'rooms.sqlite'),
        ttlHours: 24,
        allowedOrigins: ['https://owner.github.io'],
      },
    });
  });

  it('reads every variable', () => {
    const result = readRoomEnvironment(
      {
        PORT: '3000',
        HOST: '127.0.0.1',
        ROOM_DATABASE: 'data.sqlite',
        ROOM_TTL_HOURS: '1.5',
        ROOM_ALLOWED_ORIGINS: 'https://owner.github.io, http://localhost:5173/',
        ROOM_DECK_DIR: 'dist',
        ROOM_JOIN_URL: 'https://owner.github.io/deck/',
      },
      folder.path,
    );
    expect(result).toEqual({
      ok: true,
      options: {
        host: '127.0.0.1',
        port: 3000,
        database: join(folder.path, 'data.sqlite'),
        ttlHours: 1.5,
        allowedOrigins: ['https://owner.github.io', 'http://localhost:5173'],
        deckDir: deck,
        joinUrl: 'https://owner.github.io/deck/',
      },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT="eighty"', '8080'],
    [{ PORT: '70000' }, 'PORT="70000"', '65535'],
    [{ HOST: 'every interface' }, 'HOST="every interface"', '0.0.0.0'],
    [
      { ROOM_DATABASE: 'missing/rooms.sqlite' },
      'ROOM_DATABASE="missing/rooms.sqlite"',
      'create it',
    ],
    [{ ROOM_DATABASE: 'dist' }, 'ROOM_DATABASE="dist"', 'name a file'],
    [{ ROOM_TTL_HOURS: '0' }, 'ROOM_TTL_HOURS="0"', 'such as 24'],
    [{ ROOM_TTL_HOURS: '1000' }, 'ROOM_TTL_HOURS="1000"', 'at most 168'],
    [{ ROOM_TTL_HOURS: '24h' }, 'ROOM_TTL_HOURS="24h"', 'such as 24'],
    [{ ROOM_ALLOWED_ORIGINS: 'owner.github.io' }, '"owner.github.io"', 'https://owner.github.io'],
    [{ ROOM_ALLOWED_ORIGINS: 'https://owner.github.io/deck/' }, 'without a path', 'comma'],
    [{ ROOM_DECK_DIR: 'nowhere' }, 'ROOM_DECK_DIR="nowhere"', 'npx vite build'],
    [{ ROOM_JOIN_URL: 'owner.github.io/deck' }, 'ROOM_JOIN_URL="owner.github.io/deck"', 'https://'],
    [{ ROOM_JOIN_URL: 'https://x.org/?join=1' }, 'ROOM_JOIN_URL', 'without ?query'],
  ])('names the variable, the value and the fix: %o', (env, named, fix) => {
    const problems = problemsOf({ ...origins, ...env });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(named);
    expect(problems[0]).toContain(fix);
  });

  it('refuses to start a server no deck page could reach', () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/ROOM_ALLOWED_ORIGINS is not set and neither is ROOM_DECK_DIR/);
  });

  it('lists every problem at once', () => {
    expect(problemsOf({ ...origins, PORT: 'x', ROOM_TTL_HOURS: '-1' })).toHaveLength(2);
  });
});
