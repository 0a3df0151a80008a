import { createHash } from 'node:crypto';

/**
 * The deck's Content Security Policy: only its own origin, for everything.
 *
 * - script-src: the deck's own files, and the inline scripts given, each allowed by its SHA-256
 *   (the page has one: deck-build-plugin.ts); nothing eval'd.
 * - style-src 'unsafe-inline': reveal.js positions and scales slides with inline styles and
 *   writes its print page size as a <style> element; Mermaid styles each diagram with a <style>
 *   inside its SVG. Style cannot run code; the deck's own CSS comes from 'self'.
 * - img-src data:: reveal's and Mermaid's small inline images (markers, icons).
 * - connect-src: the deck's origin, and the room server's (DECK_ROOM_URL) when the build has
 *   one: exactly that origin, nothing wider. A room on the deck's own server (`npm run room`)
 *   is same-origin WebSocket, which 'self' covers in current engines.
 * - frame-src: the speaker view shows the deck in frames of the same origin.
 */
export function contentSecurityPolicy(
  roomUrl: string | undefined,
  inlineScripts: readonly string[],
): string {
  const room = roomUrl === undefined ? '' : ` ${new URL(roomUrl).origin}`;
  const hashes = inlineScripts.map(
    (script) => ` 'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${room}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
