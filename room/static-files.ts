/**
 * The built deck served as files, when the room server serves the deck itself (`npm run room`
 * on a laptop; ARCHITECTURE.md, The room server). The cache rules are the ones README.md
 * ("Hosting") gives any other host: names under `assets/` change with their content and are
 * kept a year, everything else is checked on every load. In every HTML page the deck's room
 * address (`<meta name="deck-room" content="…">`, written by the build) is rewritten to
 * `/room`: a path, so the deck connects to the server that served it, whatever address the
 * phone used to reach the laptop.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { roomSocketPath } from '../src/room/protocol.ts';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A year, immutable, for `assets/` (hashed names); every other file is revalidated. */
export function cacheControlOf(relativePath: string): string {
  return relativePath.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

const deckRoomMeta = /<meta\b[^>]*\bname\s*=\s*["']deck-room["'][^>]*>/gi;
const contentAttribute = /\bcontent\s*=\s*("[^"]*"|'[^']*'|[^\s>]*)/i;

/** The page with its deck-room meta pointing at this server's room (`/room`). */
export function pointDeckAtRoom(html: string): string {
  return html.replace(deckRoomMeta, (meta) =>
    contentAttribute.test(meta)
      ? meta.replace(contentAttribute, `content="${roomSocketPath}"`)
      : meta.replace(/\s*\/?>$/, (end) => ` content="${roomSocketPath}"${end}`),
  );
}

/**
 * The file a request path names under `root`, or undefined when the path is not one (bad
 * escapes, a NUL, `..` out of the folder). A path ending in `/` names its index.html.
 */
export function filePathOf(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return undefined;
  const base = resolve(root);
  const path = resolve(base, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return path === base || path.startsWith(base + sep) ? path : undefined;
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(text);
}

/** Answers a request with a file of the built deck in `root` (GET and HEAD). */
export async function serveDeckFile(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    sendText(response, 405, 'Only GET and HEAD.\n');
    return;
  }
  const pathname = new URL(request.url ?? '/', 'http://deck.invalid').pathname;
  let path = filePathOf(root, pathname);
  if (path === undefined) {
    sendText(response, 400, 'Not a path to a file of the deck.\n');
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    const relativePath = path
      .slice(resolve(root).length + 1)
      .split(sep)
      .join('/');
    const type = contentTypeOf(path);
    const bytes = await readFile(path);
    const body = type.startsWith('text/html')
      ? Buffer.from(pointDeckAtRoom(bytes.toString('utf8')), 'utf8')
      : bytes;
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': cacheControlOf(relativePath),
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    sendText(response, 404, 'No such file in the deck.\n');
  }
}
