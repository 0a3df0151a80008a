/**
 * Whether this page is one of the speaker view's previews: the speaker view (src/speaker) loads
 * the deck again in frames with `?receiver`, the name reveal.js gives its own previews.
 * Previews show slides and nothing else: no menu, no reader, no offline copy, no speaker view
 * or language switch of their own.
 */
export function isSpeakerPreview(search = window.location.search): boolean {
  return new URLSearchParams(search).has('receiver');
}
