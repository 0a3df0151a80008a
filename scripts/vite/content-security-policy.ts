/**
 * The deck's Content Security Policy: only its own origin, for everything.
 *
 * - script-src: the deck's own files, plus the hash of the speaker view's inline script
 *   (reveal's notes plugin writes it into a pop-up that inherits this policy). No inline or
 *   eval'd script otherwise.
 * - style-src 'unsafe-inline': reveal.js positions and scales slides with inline styles and
 *   writes its print page size as a <style> element; Mermaid styles each diagram with a <style>
 *   inside its SVG. Style cannot run code; the deck's own CSS comes from 'self'.
 * - img-src data:: reveal's and Mermaid's small inline images (markers, icons).
 * - frame-src: the speaker view shows the deck in frames of the same origin.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
