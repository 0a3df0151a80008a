/**
 * The letters the deck binds in the slide show, in one table: key-bindings.ts says what each
 * does and how the menu and the key list (?) describe it. Apart from those texts, so the slide
 * show can hold reveal's letters before the rest of its code is in (start-slides.ts).
 */
export const deckKeyCodes = {
  speaker: { keyCode: 83, key: 'S' },
  print: { keyCode: 80, key: 'P' },
  language: { keyCode: 76, key: 'L' },
  menu: { keyCode: 77, key: 'M' },
  timer: { keyCode: 84, key: 'T' },
  // The room's round on screen (src/room/deck-room.ts), bound only in a deck with a room.
  // Neither letter is one of reveal's (C only closes reveal's preview overlay, never opened here).
  roomReveal: { keyCode: 82, key: 'R' },
  roomClose: { keyCode: 67, key: 'C' },
} as const satisfies Record<string, { keyCode: number; key: string }>;

export type DeckKey = keyof typeof deckKeyCodes;

/** reveal.js's own letters that the deck takes: P (previous slide) and L (right). */
export const keysTakenFromReveal = [deckKeyCodes.print, deckKeyCodes.language] as const;
