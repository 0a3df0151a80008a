/**
 * Every key the deck keeps in browser storage, in one table, so two features never share a key
 * and a rename is seen in one place. Keys that hold something per deck carry the deck's
 * pathname: two decks on one host (`/deck/` and `/deck-2024/`) keep their own.
 *
 * The key strings are the ones the deck has always used: changing one forgets what readers
 * stored under the old one.
 */

/** Where a value lives: `localStorage` across visits, `sessionStorage` for this tab only. */
export type StorageArea = 'localStorage' | 'sessionStorage';

/** One stored item: its area and its key (a function when the key depends on the deck). */
export interface StoredItem<Key extends string | ((...parts: never[]) => string)> {
  readonly area: StorageArea;
  readonly key: Key;
}

/**
 * Every item the deck stores, by what it holds: `storageKeys.locale.key(pathname)` in
 * `storageKeys.locale.area`. Read and write them through src/deck/browser-storage.ts, which
 * never throws where storage is refused or full.
 */
export const storageKeys = {
  /**
   * The language the reader chose, so the next visit speaks it. Across visits: a choice of
   * language outlives the tab.
   */
  locale: {
    area: 'localStorage',
    key: (pathname: string): string => `deck-lang:${pathname}`,
  },
  /**
   * A board's markers (`25x70,60x40`), so they survive navigation, a reload and a change of
   * language. Across visits: the room's picture stays on the presenter's machine until reset.
   */
  board: {
    area: 'localStorage',
    key: (pathname: string, boardId: string): string => `deck-matrix:${pathname}:${boardId}`,
  },
  /**
   * When and on which slide the presenter's clock started, so a reload of the deck's tab does
   * not restart it. This tab only: the next talk starts its own clock.
   */
  speakerClock: {
    area: 'sessionStorage',
    key: 'deck-speaker-started-at',
  },
  /**
   * This tab's deck window id (`?deck=`), so a reload keeps the id its speaker view drives.
   * This tab only: every other tab is another deck window with its own id, and sessionStorage
   * is per tab but survives a reload.
   */
  deckWindow: {
    area: 'sessionStorage',
    key: (pathname: string): string => `deck-window:${pathname}`,
  },
  /**
   * The room this deck's presenter opened (`{"room":"K7QF2M","secret":"…"}`), so a reload of
   * the deck or the speaker view takes the same room back. Across visits, until the room
   * expires: the presenter's windows are the only place the secret lives (src/room/).
   */
  roomHost: {
    area: 'localStorage',
    key: (pathname: string): string => `deck-room:${pathname}`,
  },
  /**
   * A phone's token in a room (by room code), so a phone that sleeps or reloads keeps its own
   * marker and answer. Across visits: the room lasts a day, a tab may not.
   */
  roomParticipant: {
    area: 'localStorage',
    key: (roomCode: string): string => `deck-room-participant:${roomCode}`,
  },
  /**
   * What the room left behind (src/room/outcome.ts, as JSON), so the reader, the handout and
   * the PDF on the presenter's machine show it after the room is gone. Across visits.
   */
  roomOutcome: {
    area: 'localStorage',
    key: (pathname: string): string => `deck-room-outcome:${pathname}`,
  },
} as const satisfies Readonly<Record<string, StoredItem<string | ((...parts: never[]) => string)>>>;
