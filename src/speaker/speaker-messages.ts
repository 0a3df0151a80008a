import type { Locale } from '../model/authored.ts';

/**
 * What the deck and its speaker view say to each other over a `BroadcastChannel`: any window of
 * this deck in this browser hears it, a pop-up or a tab alike, and either side can reload and
 * pick the conversation up again.
 */

/** The deck's state, sent on every move, on start-up and when a speaker view says hello. */
export interface DeckState {
  readonly type: 'state';
  readonly slideIndex: number;
  /** Steps shown on the slide: 0 before the first click. */
  readonly stepsShown: number;
  /** When the presenter's clock started (the first speaker view, or its restart button). */
  readonly startedAt: number;
  /** The slide the clock started on. */
  readonly startedOn: number;
  readonly locale: Locale;
}

/** What a speaker view asks of the deck. */
export type SpeakerRequest =
  | { readonly type: 'hello' }
  | { readonly type: 'go'; readonly to: 'next' | 'prev' }
  | { readonly type: 'restart-clock' };

/** One channel per deck address, so two decks open on one host do not steer each other. */
export function speakerChannelName(pathname: string): string {
  return `deck-speaker:${pathname}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** A state message, or undefined for anything else on the channel. */
export function readDeckState(data: unknown): DeckState | undefined {
  if (!isObject(data) || data.type !== 'state') return undefined;
  const { slideIndex, stepsShown, startedAt, startedOn, locale } = data;
  if (
    !Number.isInteger(slideIndex) ||
    !Number.isInteger(startedOn) ||
    !Number.isInteger(stepsShown) ||
    typeof startedAt !== 'number' ||
    (locale !== 'nl' && locale !== 'en')
  ) {
    return undefined;
  }
  return {
    type: 'state',
    slideIndex: slideIndex as number,
    stepsShown: stepsShown as number,
    startedAt,
    startedOn: startedOn as number,
    locale,
  };
}

/** A speaker view's request, or undefined for anything else on the channel. */
export function readSpeakerRequest(data: unknown): SpeakerRequest | undefined {
  if (!isObject(data)) return undefined;
  if (data.type === 'hello' || data.type === 'restart-clock') return { type: data.type };
  if (data.type === 'go' && (data.to === 'next' || data.to === 'prev')) {
    return { type: 'go', to: data.to };
  }
  return undefined;
}
