/**
 * The hosted room server's settings, read from environment variables (`npm run room:serve`,
 * room/main.ts; README.md, Running the room server). Pure: it takes the environment and
 * returns the server's options, or every problem, each naming the variable, the value it had
 * and the fix.
 */
import { existsSync, statSync } from 'node:fs';
import { isIP } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type { RoomServerOptions } from './server.ts';

/** A week: longer than any session needs, and what the README promises as the upper bound. */
export const maxTtlHours = 168;

/** The server's options, with where it listens and keeps its rooms always said. */
export type HostedOptions = RoomServerOptions & {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly ttlHours: number;
};

export type EnvironmentResult =
  | { readonly ok: true; readonly options: HostedOptions }
  | { readonly ok: false; readonly problems: readonly string[] };

type Environment = Readonly<Record<string, string | undefined>>;

/** The value, or undefined when the variable is unset or empty. */
function valueOf(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

export function readRoomEnvironment(env: Environment, cwd: string): EnvironmentResult {
  const problems: string[] = [];

  const portText = valueOf(env, 'PORT') ?? '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    problems.push(
      `PORT="${portText}" is not a port: set a whole number from 1 to 65535, such as 8080 (0 picks a free one).`,
    );
  }

  const host = valueOf(env, 'HOST') ?? '0.0.0.0';
  if (isIP(host) === 0 && host !== 'localhost') {
    problems.push(
      `HOST="${host}" is not an address to listen on: set 0.0.0.0 (every interface, the default in a container) or 127.0.0.1 (this machine only).`,
    );
  }

  const databaseText = valueOf(env, 'ROOM_DATABASE') ?? 'rooms.sqlite';
  const database = databaseText === ':memory:' ? databaseText : resolve(cwd, databaseText);
  if (database !== ':memory:') {
    const folder = dirname(database);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      problems.push(
        `ROOM_DATABASE="${databaseText}" is in a folder that does not exist (${folder}): create it, or point ROOM_DATABASE at a file in an existing folder (a volume in a container).`,
      );
    } else if (existsSync(database) && statSync(database).isDirectory()) {
      problems.push(
        `ROOM_DATABASE="${databaseText}" is a folder: name a file in it, such as ${join(databaseText, 'rooms.sqlite')}.`,
      );
    }
  }

  const ttlText = valueOf(env, 'ROOM_TTL_HOURS') ?? '24';
  const ttlHours = /^\d+(\.\d+)?$/.test(ttlText) ? Number(ttlText) : Number.NaN;
  if (!(ttlHours > 0 && ttlHours <= maxTtlHours)) {
    problems.push(
      `ROOM_TTL_HOURS="${ttlText}" is not a room's lifetime: set the hours a room lives, more than 0 and at most ${maxTtlHours}, such as 24.`,
    );
  }

  const allowedOrigins: string[] = [];
  for (const origin of (valueOf(env, 'ROOM_ALLOWED_ORIGINS') ?? '').split(',')) {
    const trimmed = origin.trim();
    if (trimmed === '') continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(trimmed);
    } catch {
      parsed = undefined;
    }
    if (
      parsed === undefined ||
      (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') ||
      parsed.origin !== trimmed.replace(/\/$/, '')
    ) {
      problems.push(
        `ROOM_ALLOWED_ORIGINS has "${trimmed}", which is not an origin: list the deck's scheme and host without a path, comma-separated, such as https://owner.github.io.`,
      );
    } else {
      allowedOrigins.push(parsed.origin);
    }
  }

  const deckText = valueOf(env, 'ROOM_DECK_DIR');
  const deckDir = deckText === undefined ? undefined : resolve(cwd, deckText);
  if (deckDir !== undefined && !existsSync(join(deckDir, 'index.html'))) {
    problems.push(
      `ROOM_DECK_DIR="${deckText}" has no index.html: build the deck (npx vite build) and point ROOM_DECK_DIR at dist, or leave it unset to serve only the room.`,
    );
  }
  if (deckText === undefined && valueOf(env, 'ROOM_ALLOWED_ORIGINS') === undefined) {
    problems.push(
      'ROOM_ALLOWED_ORIGINS is not set and neither is ROOM_DECK_DIR, so no deck page could connect: set ROOM_ALLOWED_ORIGINS to the address the deck is served from, such as https://owner.github.io (or ROOM_DECK_DIR to serve the deck from this server).',
    );
  }

  const joinText = valueOf(env, 'ROOM_JOIN_URL');
  if (joinText !== undefined) {
    let joinUrl: URL | undefined;
    try {
      joinUrl = new URL(joinText);
    } catch {
      joinUrl = undefined;
    }
    if (
      joinUrl === undefined ||
      (joinUrl.protocol !== 'https:' && joinUrl.protocol !== 'http:') ||
      joinUrl.search !== '' ||
      joinUrl.hash !== ''
    ) {
      problems.push(
        `ROOM_JOIN_URL="${joinText}" is not the deck's address: set the address phones open, without ?query or #fragment, such as https://owner.github.io/deck/ (or leave it unset: the deck uses its own).`,
      );
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    options: {
      host,
      port,
      database,
      ttlHours,
      ...(allowedOrigins.length > 0 ? { allowedOrigins } : {}),
      ...(deckDir === undefined ? {} : { deckDir }),
      ...(joinText === undefined ? {} : { joinUrl: joinText }),
    },
  };
}
