/**
 * What a speaker-view preview (the deck in a frame, `?receiver`) posts to the speaker view once
 * reveal.js is ready in it, so the speaker view can move it to the slide it should show.
 */
export const previewReadyMessage = 'deck-preview-ready';
