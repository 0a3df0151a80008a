/**
 * What a build is configured with, from the environment, checked before anything is built:
 *
 * - `DECK_URL`: the public address of the deck (`https://example.org/deck/`), for the link
 *   preview, the canonical link and the QR code. Unset: no preview image, no QR code.
 * - `DECK_NOTES`: `false` leaves the speaker notes out of everything in dist/ (default `true`).
 * - `DECK_PDF`: `true` when the build ships the PDF beside the deck (npm run build:with-pdf).
 * - `DECK_CONTENT`: the module that exports the deck, relative to the project (default
 *   `slides/index.ts`); the browser tests build a small fixture deck with it.
 * - `DECK_CUT`: the cut the deck opens in (slides/cuts.ts; default `full`); `?cut=` still
 *   chooses another. Its name is checked against the content's cuts with the content
 *   (scripts/vite/deck-content-plugin.ts), so a bad one fails the build with the list.
 * - `DECK_ROOM_URL`: the hosted room server's WebSocket address (`wss://room.example.org/room`),
 *   so phones on any network join the deck's room (ARCHITECTURE.md, The room in the deck).
 *   Written into the page as `<meta name="deck-room">` and allowed in the CSP's connect-src,
 *   that origin and no other. Unset: no room address in the page; `npm run room` serves the
 *   deck with its own (`/room`, same origin), and a deck without either is the laptop's board.
 */
export interface BuildSettings {
  readonly deckUrl: string | undefined;
  readonly notes: boolean;
  readonly pdf: boolean;
  /** The content module, as written (relative to the project root). */
  readonly contentModule: string;
  /** The cut asked for with DECK_CUT, as written; undefined for the default. */
  readonly cut: string | undefined;
  /** The room server's WebSocket address (DECK_ROOM_URL), absolute; undefined without one. */
  readonly roomUrl: string | undefined;
}

/** Where the talk's content lives unless DECK_CONTENT says otherwise. */
export const defaultContentModule = 'slides/index.ts';

function contentModule(value: string | undefined): string {
  if (value === undefined || value === '') return defaultContentModule;
  if (!/^[\w./-]+\.ts$/.test(value) || value.includes('..')) {
    throw new Error(
      `DECK_CONTENT must be a .ts module inside the project, such as slides/index.ts, not "${value}".`,
    );
  }
  return value;
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`${name} must be "true" or "false", not "${value}".`);
}

function deckUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `DECK_URL must be the deck's public address, such as https://example.org/deck/, not "${value}".`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`DECK_URL must start with https:// (or http://), not "${url.protocol}".`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new Error(`DECK_URL must be the deck's address without ?query or #fragment: "${value}".`);
  }
  // A folder: the deck's files live under it.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function roomUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const fix =
    "Set it to the room server's WebSocket address, such as wss://room.example.org/room, or leave it unset for the laptop (npm run room).";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `DECK_ROOM_URL must be an absolute ws:// or wss:// address, not "${value}". ${fix}`,
    );
  }
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:') {
    throw new Error(
      `DECK_ROOM_URL must start with wss:// (or ws:// on a local network), not "${url.protocol}//". ${fix}`,
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(
      `DECK_ROOM_URL must be the room's address without ?query, #fragment or credentials: "${value}". ${fix}`,
    );
  }
  return url.href;
}

export function readBuildSettings(env: NodeJS.ProcessEnv = process.env): BuildSettings {
  return {
    deckUrl: deckUrl(env['DECK_URL']),
    notes: flag('DECK_NOTES', env['DECK_NOTES'], true),
    pdf: flag('DECK_PDF', env['DECK_PDF'], false),
    contentModule: contentModule(env['DECK_CONTENT']),
    cut: env['DECK_CUT'] === '' ? undefined : env['DECK_CUT'],
    roomUrl: roomUrl(env['DECK_ROOM_URL']),
  };
}
