import type { RevealApi } from 'reveal.js';
import type { Locale } from '../model/authored.ts';
import { readStored, writeStored } from '../deck/browser-storage.ts';
import { readSpeakerRequest, speakerChannelName, type DeckState } from './speaker-messages.ts';

/** Survives a reload of the deck's tab, so the presenter's clock does not start over. */
const clockKey = 'deck-speaker-started-at';

interface ClockStart {
  readonly at: number;
  readonly slideIndex: number;
}

function storedStart(): ClockStart | undefined {
  const [at, slideIndex] = (readStored('sessionStorage', clockKey) ?? '').split(' ').map(Number);
  if (at === undefined || slideIndex === undefined) return undefined;
  return at > 0 && Number.isInteger(slideIndex) && slideIndex >= 0 ? { at, slideIndex } : undefined;
}

function storeStart(start: ClockStart): void {
  // Without storage the clock restarts with a reload of the deck; nothing else is lost.
  writeStored('sessionStorage', clockKey, `${start.at} ${start.slideIndex}`);
}

/** The address of this deck's speaker view: same folder and language, its own view. */
export function speakerViewAddress(href: string, locale: Locale): string {
  const url = new URL(href);
  url.search = `?view=speaker&lang=${locale}`;
  url.hash = '';
  return url.toString();
}

/**
 * The deck's side of the speaker view: tells every speaker view where the deck is, follows
 * their requests (next, previous, restart the clock), and opens one. A blocked pop-up is
 * reported to `onBlocked`, which offers the presenter a way that works.
 */
export function linkSpeakerView(
  reveal: RevealApi,
  options: { readonly locale: () => Locale; readonly onBlocked: (address: string) => void },
): { open(): void } {
  const channel = new BroadcastChannel(speakerChannelName(window.location.pathname));
  let clockStart = storedStart();

  const post = (): void => {
    if (clockStart === undefined) return;
    // reveal's types say f is a number; it is undefined on a slide without steps.
    const { h, f } = reveal.getIndices() as { h: number; f?: number };
    const state: DeckState = {
      type: 'state',
      slideIndex: h,
      // -1 before the first step.
      stepsShown: (f ?? -1) + 1,
      startedAt: clockStart.at,
      startedOn: clockStart.slideIndex,
      locale: options.locale(),
    };
    channel.postMessage(state);
  };
  const startClock = (): void => {
    clockStart = { at: Date.now(), slideIndex: reveal.getIndices().h };
    storeStart(clockStart);
  };

  channel.addEventListener('message', (event: MessageEvent) => {
    const request = readSpeakerRequest(event.data);
    if (request === undefined) return;
    if (request.type === 'hello' && clockStart === undefined) startClock();
    if (request.type === 'restart-clock') startClock();
    if (request.type === 'go') {
      if (request.to === 'next') reveal.next();
      else reveal.prev();
      return; // reveal's own events report the move.
    }
    post();
  });
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) {
    reveal.on(event, post);
  }
  // A deck that was reloaded while a speaker view stayed open tells it where it is.
  post();

  return {
    open() {
      const address = speakerViewAddress(window.location.href, options.locale());
      const opened = window.open(address, 'deck-speaker-view', 'popup,width=1280,height=800');
      if (opened === null) options.onBlocked(address);
    },
  };
}
