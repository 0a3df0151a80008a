/**
 * Where the deck's room is (ARCHITECTURE.md, The room in the deck). The build writes the room
 * server's address into the page as `<meta name="deck-room" content="…">` (DECK_ROOM_URL,
 * scripts/vite/build-settings.ts): an absolute `wss://` address for a hosted server, or empty.
 * The room server that serves the deck itself (`npm run room`) rewrites it to `/room`: a path,
 * on the page's own origin. Pure apart from `readRoomMeta`, so the unit tests reach it.
 */
import { roomSocketPath } from './room-limits.ts';

/** The name of the page's meta element that holds the room's address. */
export const roomMetaName = 'deck-room';

/** The room's WebSocket address, or why there is none. */
export type RoomAddress =
  | { readonly ok: true; readonly url: string; readonly sameOrigin: boolean }
  | { readonly ok: false; readonly reason: 'none' | 'bad'; readonly problem?: string };

/**
 * The WebSocket address of the room from the meta's `content` and the page's address: a path
 * becomes `ws://` or `wss://` on the page's host (wss under https, as browsers require), an
 * absolute `ws(s)://` address stays as it is, an empty one means no room.
 */
export function roomAddressOf(content: string, pageHref: string): RoomAddress {
  const value = content.trim();
  if (value === '') return { ok: false, reason: 'none' };
  const page = new URL(pageHref);
  if (value.startsWith('/') && !value.startsWith('//')) {
    const url = new URL(value, page);
    url.protocol = page.protocol === 'https:' ? 'wss:' : 'ws:';
    return { ok: true, url: url.href, sameOrigin: true };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return badAddress(value);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return badAddress(value);
  return { ok: true, url: url.href, sameOrigin: url.host === page.host };
}

function badAddress(value: string): RoomAddress {
  return {
    ok: false,
    reason: 'bad',
    problem: `The page's room address ${JSON.stringify(value.slice(0, 80))} is neither a wss:// address nor a path such as ${roomSocketPath}; the room is off. Rebuild with DECK_ROOM_URL=wss://… or serve the deck with npm run room.`,
  };
}

/** The room's address as this page's meta gives it. */
export function readRoomMeta(): RoomAddress {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${roomMetaName}"]`);
  return roomAddressOf(meta?.content ?? '', window.location.href);
}

/**
 * Whether phones reach `hostname` only on the local network: localhost, a `.local` name or a
 * private, loopback or link-local IPv4 address. The join card then says to use the laptop's
 * Wi-Fi; a hosted room (a public name) needs no such line.
 */
export function onLocalNetwork(hostname: string): boolean {
  if (hostname === 'localhost' || hostname.endsWith('.local')) return true;
  const octets = hostname.split('.').map(Number);
  if (octets.length !== 4 || octets.some((octet) => !Number.isInteger(octet))) {
    return hostname.startsWith('[');
  }
  const [a = 0, b = 0] = octets;
  return (
    a === 10 ||
    a === 127 ||
    (a === 192 && b === 168) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 169 && b === 254)
  );
}
