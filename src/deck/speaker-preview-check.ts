/**
 * Whether this page is one of the speaker view's previews: reveal's notes plugin loads the deck
 * again in frames with `?receiver` (reveal.js's own test). Previews show slides and nothing
 * else: no menu, no reader, no offline copy, no speaker view of their own.
 */
export function isSpeakerPreview(search = window.location.search): boolean {
  return /receiver/i.test(search);
}
