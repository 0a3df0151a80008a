import type { Locale } from '../model/authored.ts';
import { isLocale } from '../model/locales.ts';

/**
 * What the deck windows and the speaker views say to each other over one `BroadcastChannel`
 * per deck address (src/address/channels.ts): any window of this deck in this browser hears
 * it, a pop-up or a tab alike, and either side can reload and pick the conversation up again.
 *
 * Every deck window has an id (src/speaker/deck-window.ts). A speaker view drives one deck
 * window, the one that opened it (`?deck=<id>`) or the one the presenter picks; a deck obeys
 * only requests addressed to it, so a stale tab from a rehearsal never moves along.
 */

/** A deck window's state, sent on every move, on start-up and when a speaker view says hello. */
export interface DeckState {
  readonly type: 'state';
  /** The id of the deck window that sends it. */
  readonly deck: string;
  readonly slideIndex: number;
  /** Steps shown on the slide: 0 before the first click. */
  readonly stepsShown: number;
  /**
   * When the presenter's clock started (the first speaker view that drove this window, or its
   * restart button), or undefined while no speaker view has.
   */
  readonly startedAt: number | undefined;
  /** The slide the clock started on. */
  readonly startedOn: number;
  readonly locale: Locale;
}

/**
 * What a speaker view asks. `hello` is heard by every deck window: each answers with its
 * state, so the view knows which windows are open; only the addressed one starts its clock.
 */
export type SpeakerRequest =
  | { readonly type: 'hello'; readonly deck: string }
  | { readonly type: 'go'; readonly deck: string; readonly to: 'next' | 'prev' }
  | { readonly type: 'restart-clock'; readonly deck: string };

/**
 * A deck window that starts with an id it did not make (a duplicated tab copies the session
 * storage the id lives in) asks whether it is taken; the window that has it says so.
 */
export type IdentityMessage =
  | { readonly type: 'claim'; readonly deck: string }
  | { readonly type: 'taken'; readonly deck: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[a-z0-9]{4,32}$/i.test(value);

/** A state message, or undefined for anything else on the channel. */
export function readDeckState(data: unknown): DeckState | undefined {
  if (!isObject(data) || data.type !== 'state') return undefined;
  const { deck, slideIndex, stepsShown, startedAt, startedOn, locale } = data;
  if (
    !isId(deck) ||
    !Number.isInteger(slideIndex) ||
    !Number.isInteger(startedOn) ||
    !Number.isInteger(stepsShown) ||
    (startedAt !== undefined && typeof startedAt !== 'number') ||
    !isLocale(locale)
  ) {
    return undefined;
  }
  return {
    type: 'state',
    deck,
    slideIndex: slideIndex as number,
    stepsShown: stepsShown as number,
    startedAt,
    startedOn: startedOn as number,
    locale,
  };
}

/** A speaker view's request, or undefined for anything else on the channel. */
export function readSpeakerRequest(data: unknown): SpeakerRequest | undefined {
  if (!isObject(data) || !isId(data.deck)) return undefined;
  const { deck } = data;
  if (data.type === 'hello' || data.type === 'restart-clock') return { type: data.type, deck };
  if (data.type === 'go' && (data.to === 'next' || data.to === 'prev')) {
    return { type: 'go', deck, to: data.to };
  }
  return undefined;
}

/** An identity message, or undefined for anything else. */
export function readIdentityMessage(data: unknown): IdentityMessage | undefined {
  if (!isObject(data) || !isId(data.deck)) return undefined;
  return data.type === 'claim' || data.type === 'taken'
    ? { type: data.type, deck: data.deck }
    : undefined;
}
