import type { DeckCheck } from '../../src/model/check-deck.ts';

/** What deck-checker.ts asks its worker: check the deck exported by this module. */
export interface CheckRequest {
  readonly id: number;
  /** Absolute path of the module that exports `deck` (slides/index.ts, or a test fixture). */
  readonly contentModule: string;
  /** The module as messages name it (`slides/index.ts`). */
  readonly displayName: string;
}

/** The worker's answer to one request. */
export interface CheckReply {
  readonly id: number;
  readonly result: DeckCheck;
}
