import type { RevealApi } from 'reveal.js';
import type { Locale } from '../model/authored.ts';
import { speakerViewLink } from '../address/links.ts';
import { storageKeys } from '../address/storage-keys.ts';
import { readStored, writeStored } from '../deck/browser-storage.ts';
import type { Lifetime } from '../deck/lifetime.ts';
import { deckWindowIdentity, openSpeakerChannel } from './deck-window.ts';
import { readSpeakerRequest, type DeckState } from './speaker-messages.ts';

interface ClockStart {
  readonly at: number;
  readonly slideIndex: number;
}

const clock = storageKeys.speakerClock;

/** The clock survives a reload of the deck's tab, so the presenter's time does not start over. */
function storedStart(): ClockStart | undefined {
  const [at, slideIndex] = (readStored(clock.area, clock.key) ?? '').split(' ').map(Number);
  if (at === undefined || slideIndex === undefined) return undefined;
  return at > 0 && Number.isInteger(slideIndex) && slideIndex >= 0 ? { at, slideIndex } : undefined;
}

function storeStart(start: ClockStart): void {
  // Without storage the clock restarts with a reload of the deck; nothing else is lost.
  writeStored(clock.area, clock.key, `${start.at} ${start.slideIndex}`);
}

/**
 * The deck window's side of the speaker view: tells speaker views where this window is, obeys
 * the requests addressed to it (next, previous, restart the clock) and ignores the rest, and
 * opens a speaker view that drives this window. A blocked pop-up is reported to `onBlocked`,
 * which offers the presenter a way that works. Everything stops when `life` ends. `deckWindow`
 * gives this window's id, which the room panel's requests name too (src/room/deck-room.ts).
 */
export function linkSpeakerView(
  life: Lifetime,
  reveal: RevealApi,
  options: { readonly locale: Locale; readonly onBlocked: (address: string) => void },
): { open(): void; readonly deckWindow: () => string } {
  const { pathname } = window.location;
  const channel = openSpeakerChannel(life, pathname);
  const identity = deckWindowIdentity(life, channel, pathname);
  let clockStart = storedStart();

  const post = (): void => {
    // reveal's types say f is a number; it is undefined on a slide without steps.
    const { h, f } = reveal.getIndices() as { h: number; f?: number };
    const state: DeckState = {
      type: 'state',
      deck: identity.current(),
      slideIndex: h,
      // -1 before the first step.
      stepsShown: (f ?? -1) + 1,
      startedAt: clockStart?.at,
      startedOn: clockStart?.slideIndex ?? 0,
      locale: options.locale,
    };
    channel.postMessage(state);
  };
  const startClock = (): void => {
    clockStart = { at: Date.now(), slideIndex: reveal.getIndices().h };
    storeStart(clockStart);
  };

  channel.addEventListener(
    'message',
    (event: MessageEvent) => {
      const request = readSpeakerRequest(event.data);
      if (request === undefined) return;
      const mine = request.deck === identity.current();
      // Every window answers hello, so a view can tell which ones are open; only its own moves.
      if (request.type === 'hello') {
        if (mine && clockStart === undefined) startClock();
        post();
        return;
      }
      if (!mine) return;
      if (request.type === 'restart-clock') {
        startClock();
        post();
      } else if (request.to === 'next') {
        reveal.next();
      } else {
        reveal.prev(); // reveal's own events report the move.
      }
    },
    { signal: life.signal },
  );
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) {
    life.on(reveal, event, post);
  }
  // A deck that was reloaded while a speaker view stayed open tells it where it is.
  post();

  return {
    deckWindow: () => identity.current(),
    open() {
      const address = speakerViewLink(window.location.href, {
        locale: options.locale,
        deckWindow: identity.current(),
      });
      const opened = window.open(
        address,
        `deck-speaker-${identity.current()}`,
        'popup,width=1280,height=800',
      );
      if (opened === null) options.onBlocked(address);
    },
  };
}
