/**
 * The room in the speaker view (ARCHITECTURE.md, The room in the deck): the room's code, how
 * many phones are connected, each round's state with the presenter's controls (reveal or hide,
 * close or reopen, clear), every free text of the poll, and deleting the room. The deck window
 * it drives holds the room's connection (src/room/deck-room.ts); this panel hears its state and
 * asks it to act over the room channel (src/room/room-channel.ts), so the secret never leaves
 * the presenter's windows and the controls work on what arrived when the server is away.
 * Without a room address it says once, quietly, that the board works on this laptop only.
 */
import './room-panel.css';
import type { Lifetime } from '../deck/lifetime.ts';
import type { Locale, Text } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { headingOf } from '../model/headings.ts';
import { textIn } from '../model/texts.ts';
import { fillIn } from '../render/ui-text.ts';
import type { RoundAction, RoundView } from '../room/protocol.ts';
import { readRoomMeta } from '../room/room-address.ts';
import {
  openRoomChannel,
  readRoomState,
  type PanelRequest,
  type RoomStateMessage,
} from '../room/room-channel.ts';
import { roomText } from '../room/room-text.ts';
import { pollTexts } from '../room/results.ts';
import { element } from '../render/element.ts';

/** After this long with a room and no phone, the panel says what to check. */
const noPhonesAfterMs = 90_000;
/** How often the panel asks the deck window for the room's state. */
const helloEveryMs = 3000;

export function mountRoomPanel(
  life: Lifetime,
  container: HTMLElement,
  options: {
    readonly deck: ResolvedDeck;
    readonly locale: Locale;
    /** The deck window the speaker view drives now, if any. */
    readonly deckWindow: () => string | undefined;
  },
): void {
  const t = (text: Text): string => textIn(text, options.locale);
  const panel = element('section', 'room-panel');
  panel.setAttribute('aria-label', t(roomText.panelHeading));
  container.append(panel);
  life.add(() => {
    panel.remove();
  });
  const meta = readRoomMeta();
  if (!meta.ok || typeof BroadcastChannel !== 'function') {
    // Once, quietly: the deck works as it always did.
    panel.classList.add('is-quiet');
    panel.append(element('p', 'room-panel-note', t(roomText.panelNoServer)));
    return;
  }
  const heading = element('h2', 'speaker-label room-panel-heading');
  const summary = element('p', 'room-panel-summary');
  summary.setAttribute('role', 'status');
  const rounds = element('div', 'room-panel-rounds');
  const note = element('p', 'room-panel-note');
  const footer = element('div', 'room-panel-footer');
  const remove = element('button', 'speaker-button room-panel-delete', t(roomText.actionDelete));
  remove.type = 'button';
  const startNow = element('button', 'speaker-button', t(roomText.panelStartNow));
  startNow.type = 'button';
  footer.append(startNow, remove);
  panel.append(heading, summary, rounds, note, footer);

  const channel = openRoomChannel(life, window.location.pathname);
  const ask = (request: PanelRequest): void => {
    channel.postMessage(request);
  };
  let state: RoomStateMessage | undefined;
  const titleOf = (id: string): string => {
    const slide = options.deck.slides.find((entry) => entry.slide.id === id)?.slide;
    return slide === undefined ? id : t(headingOf(slide));
  };
  const stateWords = (round: RoundView): string =>
    t(
      round.accepting
        ? round.revealed
          ? roomText.panelOpenShown
          : roomText.panelOpenHidden
        : round.revealed
          ? roomText.panelClosedShown
          : roomText.panelClosedHidden,
    );

  const control = (round: string, action: RoundAction): void => {
    const deck = options.deckWindow();
    if (deck === undefined) return;
    if (action === 'clear' && !window.confirm(t(roomText.confirmClear))) return;
    ask({ type: 'room-control', deck, round, action });
  };

  const roundRow = (round: RoundView, current: boolean, online: boolean): HTMLElement => {
    const row = element('div', 'room-panel-round');
    row.dataset.round = round.id;
    row.classList.toggle('is-current', current);
    const line = element(
      'p',
      'room-panel-round-line',
      [
        `${titleOf(round.id)}${current ? ` (${t(roomText.panelOnScreen)})` : ''}`,
        fillIn(t(roomText.panelEntries), { n: round.count }),
        stateWords(round),
      ].join(' · '),
    );
    const buttons = element('div', 'room-panel-buttons');
    const button = (label: Text, action: RoundAction, enabled = true): void => {
      const node = element('button', 'speaker-button', t(label));
      node.type = 'button';
      node.dataset.action = action;
      node.disabled = !enabled;
      node.addEventListener('click', () => {
        control(round.id, action);
      });
      buttons.append(node);
    };
    button(
      round.revealed ? roomText.actionHide : roomText.actionReveal,
      round.revealed ? 'hide' : 'reveal',
    );
    button(
      round.accepting ? roomText.actionClose : roomText.actionReopen,
      round.accepting ? 'close' : 'reopen',
    );
    // Clearing needs the server: entries are its to remove.
    button(roomText.actionClear, 'clear', online && round.count > 0);
    row.append(line, buttons);
    if (round.kind === 'poll') {
      const texts = pollTexts(round.entries);
      if (texts.length > 0) {
        const details = element('details', 'room-panel-texts');
        details.append(element('summary', '', `${t(roomText.panelTexts)} (${texts.length})`));
        const list = element('ul', '');
        // Words from phones: text, never markup.
        for (const shown of texts) list.append(element('li', '', shown.text));
        details.append(list);
        row.append(details);
      }
    }
    return row;
  };

  /** Keeps an open <details> open across redraws. */
  let textsOpen = false;
  const draw = (): void => {
    const now = Date.now();
    heading.textContent = t(roomText.panelHeading);
    if (state === undefined) {
      summary.textContent = t(roomText.panelWaitingForDeck);
      rounds.replaceChildren();
      note.textContent = '';
      startNow.hidden = true;
      remove.hidden = true;
      return;
    }
    const room = state.room;
    const online = state.connection === 'open';
    panel.dataset.connection = state.connection;
    summary.textContent =
      room === undefined
        ? t(state.ended === 'deleted' ? roomText.panelDeleted : roomText.panelWaitingForDeck)
        : [
            fillIn(t(roomText.panelCode), { code: room.code }),
            fillIn(t(roomText.panelPhones), { n: state.phones }),
          ].join(' · ');
    startNow.hidden = state.connection !== 'idle';
    remove.hidden = room === undefined;
    remove.disabled = !online;
    const details = rounds.querySelector('details');
    if (details !== null) textsOpen = details.open;
    rounds.replaceChildren(
      ...state.rounds.map((round) => roundRow(round, round.id === state?.current, online)),
    );
    const reopened = rounds.querySelector('details');
    if (reopened !== null) reopened.open = textsOpen;
    const hasEntries = state.rounds.some((round) => round.count > 0);
    note.textContent = state.unreachable
      ? t(roomText.panelUnreachable)
      : state.connection === 'offline'
        ? t(roomText.panelUnreachable)
        : state.local
          ? t(roomText.panelLocal)
          : room !== undefined &&
              state.phones === 0 &&
              !hasEntries &&
              now - room.since > noPhonesAfterMs
            ? t(roomText.panelNoPhones)
            : '';
  };

  startNow.addEventListener('click', () => {
    const deck = options.deckWindow();
    if (deck !== undefined) ask({ type: 'room-start', deck });
  });
  remove.addEventListener('click', () => {
    const deck = options.deckWindow();
    if (deck === undefined || !window.confirm(t(roomText.confirmDelete))) return;
    ask({ type: 'room-delete', deck });
  });
  channel.addEventListener(
    'message',
    (event: MessageEvent) => {
      const next = readRoomState(event.data);
      if (next === undefined || next.deck !== options.deckWindow()) return;
      state = next;
      draw();
    },
    { signal: life.signal },
  );
  const hello = (): void => {
    const deck = options.deckWindow();
    if (deck !== undefined) ask({ type: 'room-hello', deck });
    // The "no phone yet" advice comes with time, not with a message.
    draw();
  };
  life.every(helloEveryMs, hello);
  hello();
}
