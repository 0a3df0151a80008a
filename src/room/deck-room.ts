/**
 * The room in the presenting deck window (ARCHITECTURE.md, The room in the deck), loaded by
 * src/deck/presenting-parts.ts only when the page has a room address: the presenter's side of
 * the room (room-host.ts), opened when the deck first reaches a slide the room takes part in;
 * the room on the slides (room-screen.ts); the keys R (reveal or hide) and C (close or reopen)
 * for the round on screen; and the room channel to the speaker view's room panel.
 */
import type { RevealApi } from 'reveal.js';
import type { Lifetime } from '../deck/lifetime.ts';
import { bindDeckKeys } from '../deck/key-bindings.ts';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import type { RoundAction } from './protocol.ts';
import { openRoomChannel, readPanelRequest, type RoomStateMessage } from './room-channel.ts';
import { hostRoom, type HostState } from './room-host.ts';
import { mountRoomScreen } from './room-screen.ts';
import { roundsOf, toggleAccepting, toggleReveal } from './rounds.ts';

export function startDeckRoom(
  life: Lifetime,
  reveal: RevealApi,
  options: {
    readonly url: string;
    readonly deck: ResolvedDeck;
    readonly locale: Locale;
    readonly slidesElement: HTMLElement;
    /** This window's id (`?deck=`), for the speaker view's room panel; none without a channel. */
    readonly deckWindow: (() => string) | undefined;
  },
): void {
  const { deck } = options;
  const pathname = window.location.pathname;
  const host = hostRoom(life, { url: options.url, deck, pathname });
  mountRoomScreen(life, options.slidesElement, deck, options.locale, host);
  const roundIds = new Set(roundsOf(deck).map((round) => round.id));
  const currentRound = (): string | undefined => {
    const id = reveal.getCurrentSlide().id;
    return roundIds.has(id) ? id : undefined;
  };

  // The room opens when the deck first reaches a slide that needs it, not before: a talk that
  // never gets there leaves no room on the server. Each round opens as the deck reaches it.
  const startIfNeeded = (): void => {
    const id = currentRound();
    if (id !== undefined) host.arrive(id);
  };
  life.on(reveal, 'slidechanged', startIfNeeded);
  startIfNeeded();

  const act = (choose: (round: NonNullable<HostState['rounds'][number]>) => RoundAction): void => {
    const id = currentRound();
    const round = host.state().rounds.find((candidate) => candidate.id === id);
    if (round !== undefined) host.control(round.id, choose(round));
  };
  bindDeckKeys(life, reveal, options.locale, {
    roomReveal: () => {
      act(toggleReveal);
    },
    roomClose: () => {
      act(toggleAccepting);
    },
  });

  const deckWindow = options.deckWindow;
  if (deckWindow === undefined || typeof BroadcastChannel !== 'function') return;
  const channel = openRoomChannel(life, pathname);
  const post = (): void => {
    const state = host.state();
    const message: RoomStateMessage = {
      type: 'room-state',
      deck: deckWindow(),
      connection: state.connection,
      room: state.room,
      rounds: [...state.rounds],
      phones: state.phones,
      local: state.local,
      ended: state.ended,
      unreachable: state.unreachable,
      current: currentRound(),
    };
    channel.postMessage(message);
  };
  host.subscribe(life, post);
  life.on(reveal, 'slidechanged', post);
  channel.addEventListener(
    'message',
    (event: MessageEvent) => {
      const request = readPanelRequest(event.data);
      if (request === undefined || request.deck !== deckWindow()) return;
      switch (request.type) {
        case 'room-hello':
          break;
        case 'room-start':
          host.start();
          break;
        case 'room-control':
          host.control(request.round, request.action);
          break;
        case 'room-delete':
          host.remove();
          break;
      }
      post();
    },
    { signal: life.signal },
  );
  post();
}
