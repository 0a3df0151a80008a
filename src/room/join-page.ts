/**
 * The phones' page (`?join=K7QF2M`, ARCHITECTURE.md, The room in the deck): made for a phone in
 * the hand, in the deck's language, no login and no name. It shows the round the presenter has
 * open (the board: tap to place one's own marker, drag or arrow keys to move it; the poll: the
 * slide's options as large radio buttons, an optional short text, send), what this phone has
 * given, the connection, a kind wait while no round is open, and the room's picture once the
 * presenter reveals it. Loaded on its own: no reveal.js, no renderers, no Mermaid.
 */
import './join-page.css';
import type { JoinRequest } from '../address/address.ts';
import { isRoomCode, normalizeRoomCode } from '../address/join-param.ts';
import { joinLink } from '../address/links.ts';
import type { Lifetime } from '../deck/lifetime.ts';
import type { Locale, SlideContent, Text } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { textIn } from '../model/texts.ts';
import { fillIn, uiText } from '../render/ui-text.ts';
import { arrowStep, quadrantOf } from '../widgets/matrix/matrix-state.ts';
import { joinRoom, type PhoneRoom, type PhoneState } from './phone-room.ts';
import { roomLimits, type PhoneRoundView } from './protocol.ts';
import { readRoomMeta } from './room-address.ts';
import { boardResultsText, pollResultsText, roomText } from './room-text.ts';
import { drawBoardResults, drawPollResults } from './results-view.ts';
import { element } from '../render/element.ts';

type MatrixContent = Extract<SlideContent, { kind: 'matrix' }>;
type QuestionContent = Extract<SlideContent, { kind: 'question' }>;

const arrows: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

const clampPercent = (value: number): number => Math.round(Math.min(100, Math.max(0, value)));

/** The form for typing a room code, with what was wrong with the one in the address. */
function codeForm(locale: Locale, problem: string, typed = ''): HTMLElement {
  const t = (text: Text): string => textIn(text, locale);
  const form = element('form', 'join-code-form');
  form.noValidate = true;
  const message = element('p', 'join-problem', problem);
  message.setAttribute('role', 'alert');
  const label = element('label', 'join-code-label', t(roomText.phoneCodeLabel));
  const input = element('input', 'join-code-input');
  input.id = 'join-code';
  label.htmlFor = input.id;
  input.name = 'join';
  input.autocomplete = 'off';
  input.setAttribute('autocapitalize', 'characters');
  input.spellcheck = false;
  input.maxLength = 9;
  input.required = true;
  // What the address had, to correct rather than retype (only if it could be a code's length).
  if (typed.length <= input.maxLength) input.value = typed;
  const hint = element('p', 'join-hint', t(roomText.phoneCodeHint));
  hint.id = 'join-code-hint';
  input.setAttribute('aria-describedby', hint.id);
  const button = element('button', 'join-button', t(roomText.phoneJoin));
  button.type = 'submit';
  form.append(message, label, input, hint, button);
  form.addEventListener('submit', (event) => {
    // The policy allows no form submissions (form-action 'none'): the page goes there itself.
    event.preventDefault();
    if (!isRoomCode(input.value)) {
      input.setAttribute('aria-invalid', 'true');
      message.textContent = fillIn(t(roomText.phoneBadCode), {
        code: input.value.trim() === '' ? '…' : input.value.trim().slice(0, 12),
      });
      input.focus();
      return;
    }
    const cut = new URL(window.location.href).searchParams.get('cut') ?? undefined;
    window.location.assign(
      joinLink(window.location.href, normalizeRoomCode(input.value), locale, cut),
    );
  });
  return form;
}

/** A round's panel on the phone, built once and updated, so typing is never lost to a redraw. */
interface RoundPanel {
  readonly root: HTMLElement;
  update(round: PhoneRoundView, n: number | undefined): void;
}

function boardPanel(
  slide: MatrixContent,
  locale: Locale,
  room: PhoneRoom,
  roundId: string,
): RoundPanel {
  const t = (text: Text): string => textIn(text, locale);
  const root = element('section', 'join-round join-round-board');
  const heading = element('h2', 'join-round-title', t(slide.title));
  const how = element('p', 'join-how', t(roomText.phoneBoardHow));
  const board = element('div', 'join-board');
  const internal = element('p', 'join-axis join-axis-internal');
  internal.append(
    element('span', 'join-axis-from', t(slide.internal.from)),
    element('span', 'join-axis-name', t(uiText.matrixInternal)),
    element('span', 'join-axis-to', t(slide.internal.to)),
  );
  const external = element('p', 'join-axis join-axis-external');
  external.append(
    element('span', 'join-axis-from', t(slide.external.from)),
    element('span', 'join-axis-name', t(uiText.matrixExternal)),
    element('span', 'join-axis-to', t(slide.external.to)),
  );
  const field = element('div', 'join-field');
  for (const name of ['internalOnly', 'bothMoving', 'bothStill', 'externalOnly'] as const) {
    const quadrant = element('p', 'join-quadrant', t(slide.quadrants[name].title));
    quadrant.dataset.quadrant = name;
    field.append(quadrant);
  }
  const results = element('div', 'join-results');
  const plane = element('div', 'join-plane');
  plane.tabIndex = 0;
  plane.setAttribute('role', 'application');
  plane.setAttribute('aria-label', `${t(slide.title)}. ${t(roomText.phoneBoardHow)}`);
  const marker = element('span', 'join-marker');
  marker.hidden = true;
  plane.append(marker);
  field.append(results, plane);
  board.append(internal, field, external);
  const status = element('p', 'join-status');
  status.setAttribute('aria-live', 'polite');
  const privacy = element('p', 'join-private', t(roomText.phonePrivate));
  root.append(heading, how, board, status, privacy);
  const resultsText = boardResultsText(slide, locale);

  let current: PhoneRoundView | undefined;
  let mine: { x: number; y: number } | undefined;
  let dragging: number | undefined;
  const accepting = (): boolean => current?.accepting === true;
  const showMarker = (): void => {
    marker.hidden = mine === undefined;
    if (mine === undefined) return;
    marker.style.left = `${mine.x}%`;
    marker.style.bottom = `${mine.y}%`;
    marker.setAttribute(
      'aria-label',
      `${t(roomText.phoneMyMarker)}: ${resultsText.quadrants[quadrantOf(mine)]}`,
    );
  };
  const positionOf = (event: PointerEvent): { x: number; y: number } => {
    const rect = plane.getBoundingClientRect();
    return {
      x: clampPercent(((event.clientX - rect.left) / rect.width) * 100),
      y: clampPercent(((rect.bottom - event.clientY) / rect.height) * 100),
    };
  };
  const put = (at: { x: number; y: number }, final: boolean): void => {
    mine = at;
    showMarker();
    room.place(roundId, at.x, at.y, final);
  };
  plane.addEventListener('pointerdown', (event) => {
    if (!accepting()) return;
    dragging = event.pointerId;
    plane.setPointerCapture(event.pointerId);
    put(positionOf(event), false);
    event.preventDefault();
  });
  plane.addEventListener('pointermove', (event) => {
    if (dragging !== event.pointerId) return;
    put(positionOf(event), false);
  });
  const end = (event: PointerEvent): void => {
    if (dragging !== event.pointerId) return;
    dragging = undefined;
    put(positionOf(event), true);
  };
  plane.addEventListener('pointerup', end);
  plane.addEventListener('pointercancel', end);
  plane.addEventListener('keydown', (event) => {
    if (!accepting()) return;
    const arrow = arrows[event.key];
    if (arrow !== undefined) {
      const step = event.shiftKey ? 1 : arrowStep;
      const from = mine ?? { x: 50, y: 50 };
      put(
        {
          x: clampPercent(from.x + (mine === undefined ? 0 : arrow[0] * step)),
          y: clampPercent(from.y + (mine === undefined ? 0 : arrow[1] * step)),
        },
        true,
      );
    } else if (event.key === 'Enter' || event.key === ' ') {
      put(mine ?? { x: 50, y: 50 }, true);
    } else {
      return;
    }
    event.preventDefault();
  });

  return {
    root,
    update(round, n) {
      current = round;
      if (round.kind !== 'board') return;
      // A drag in progress keeps its own position; the server's echo may be a step behind.
      if (dragging === undefined) mine = round.mine;
      marker.textContent = n === undefined ? '' : String(n);
      showMarker();
      root.classList.toggle('is-closed', !round.accepting);
      plane.setAttribute('aria-disabled', String(!round.accepting));
      status.textContent = !round.accepting
        ? t(roomText.phoneClosed)
        : t(mine === undefined ? roomText.phoneNotPlaced : roomText.phonePlaced);
      root.dataset.placed = String(mine !== undefined);
      privacy.hidden = round.revealed;
      how.hidden = !round.accepting;
      if (round.revealed) {
        // Everyone else's marker under one's own, which stays where this phone put it.
        drawBoardResults(
          results,
          round.entries.filter((entry) => entry.n !== n || mine === undefined),
          resultsText,
          { mine: n },
        );
      } else {
        results.replaceChildren();
      }
    },
  };
}

function pollPanel(
  slide: QuestionContent,
  locale: Locale,
  room: PhoneRoom,
  roundId: string,
): RoundPanel | undefined {
  const poll = slide.poll;
  const resultsText = pollResultsText(slide, locale);
  if (poll === undefined || resultsText === undefined) return undefined;
  const t = (text: Text): string => textIn(text, locale);
  const root = element('section', 'join-round join-round-poll');
  const form = element('form', 'join-poll');
  form.noValidate = true;
  const fieldset = element('fieldset', 'join-options');
  const legend = element('legend', 'join-round-title', t(slide.question));
  fieldset.append(legend);
  const radios = poll.options.map((option) => {
    const label = element('label', 'join-option');
    const input = element('input', 'join-option-input');
    input.type = 'radio';
    input.name = 'option';
    input.value = option.id;
    label.append(input, element('span', 'join-option-label', t(option.label)));
    fieldset.append(label);
    return input;
  });
  form.append(fieldset);
  let textarea: HTMLTextAreaElement | undefined;
  const counter = element('p', 'join-counter');
  if (poll.freeText !== undefined) {
    const label = element('label', 'join-text-label', t(poll.freeText));
    textarea = element('textarea', 'join-text');
    textarea.id = `join-text-${roundId}`;
    label.htmlFor = textarea.id;
    textarea.maxLength = roomLimits.maxTextLength;
    textarea.rows = 3;
    const area = textarea;
    const count = (): void => {
      counter.textContent = fillIn(t(roomText.phoneTextCount), {
        n: area.value.length,
        max: roomLimits.maxTextLength,
      });
    };
    area.addEventListener('input', count);
    count();
    form.append(label, textarea, counter);
  }
  const send = element('button', 'join-button', t(roomText.phoneSend));
  send.type = 'submit';
  const status = element('p', 'join-status');
  status.setAttribute('aria-live', 'polite');
  form.append(send, status);
  const results = element('div', 'join-poll-results');
  const revealedHeading = element('h3', 'join-results-heading', t(roomText.phoneRevealed));
  root.append(form, revealedHeading, results);
  let current: PhoneRoundView | undefined;
  let filled = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (current?.accepting !== true) return;
    const chosen = radios.find((radio) => radio.checked);
    if (chosen === undefined) {
      status.textContent = t(roomText.phoneChooseFirst);
      radios[0]?.focus();
      return;
    }
    room.answer(roundId, chosen.value, (textarea?.value ?? '').slice(0, roomLimits.maxTextLength));
  });

  return {
    root,
    update(round) {
      current = round;
      if (round.kind !== 'poll') return;
      // What the server has is put in the form once; after that the form is the phone's.
      if (!filled && round.mine !== undefined) {
        filled = true;
        for (const radio of radios) radio.checked = radio.value === round.mine.option;
        if (textarea !== undefined) {
          textarea.value = round.mine.text;
          textarea.dispatchEvent(new Event('input'));
        }
      }
      const closed = !round.accepting;
      for (const radio of radios) radio.disabled = closed;
      if (textarea !== undefined) textarea.disabled = closed;
      send.hidden = closed;
      send.textContent = t(round.mine === undefined ? roomText.phoneSend : roomText.phoneUpdate);
      root.dataset.sent = String(round.mine !== undefined);
      status.textContent = closed
        ? t(roomText.phoneClosed)
        : round.mine === undefined
          ? ''
          : t(roomText.phoneSent);
      revealedHeading.hidden = !round.revealed;
      if (round.revealed) {
        drawPollResults(results, round.entries, resultsText, {
          parts: 'both',
          mine: round.mine?.option,
        });
      } else {
        results.replaceChildren();
      }
    },
  };
}

/** The round a phone shows: the open one (the last, if several), else the last revealed. */
function shownRound(rounds: readonly PhoneRoundView[]): PhoneRoundView | undefined {
  const open = rounds.filter((round) => round.accepting);
  if (open.length > 0) return open[open.length - 1];
  const revealed = rounds.filter((round) => round.revealed);
  return revealed[revealed.length - 1];
}

export function startJoinPage(
  life: Lifetime,
  root: HTMLElement,
  options: {
    readonly deck: ResolvedDeck;
    readonly locale: Locale;
    readonly join: JoinRequest | undefined;
  },
): void {
  const { deck, locale } = options;
  const t = (text: Text): string => textIn(text, locale);
  document.documentElement.classList.add('join-view');
  document.documentElement.lang = locale;
  document.title = `${t(roomText.phoneTitle)} · ${t(deck.title)}`;
  const page = element('main', 'join-page');
  const head = element('header', 'join-head');
  const title = element('p', 'join-deck', t(deck.title));
  const connection = element('p', 'join-connection');
  connection.setAttribute('role', 'status');
  head.append(title, connection);
  const body = element('div', 'join-body');
  const foot = element('p', 'join-number');
  page.append(head, body, foot);
  root.append(page);
  life.add(() => {
    page.remove();
    document.documentElement.classList.remove('join-view');
  });

  const code = options.join?.code;
  const meta = readRoomMeta();
  if (!meta.ok) {
    connection.hidden = true;
    if (meta.problem !== undefined) console.warn(meta.problem);
    body.append(element('p', 'join-problem', t(roomText.phoneNoServer)));
    return;
  }
  if (code === undefined) {
    connection.hidden = true;
    const asked = options.join?.asked ?? '';
    const problem =
      asked === ''
        ? t(roomText.phoneNoCode)
        : fillIn(t(roomText.phoneBadCode), { code: asked.slice(0, 12) });
    const form = codeForm(locale, problem, asked);
    body.append(form);
    form.querySelector('input')?.focus();
    return;
  }

  const room = joinRoom(life, { url: meta.url, code });
  const panels = new Map<string, RoundPanel>();
  const waiting = element('p', 'join-waiting', t(roomText.phoneWaiting));
  const note = element('p', 'join-note');
  note.setAttribute('role', 'alert');
  const panelFor = (round: PhoneRoundView): RoundPanel | undefined => {
    const known = panels.get(round.id);
    if (known !== undefined) return known;
    const slide = deck.slides.find((entry) => entry.slide.id === round.id)?.slide;
    const panel =
      slide?.kind === 'matrix'
        ? boardPanel(slide, locale, room, round.id)
        : slide?.kind === 'question'
          ? pollPanel(slide, locale, room, round.id)
          : undefined;
    if (panel !== undefined) panels.set(round.id, panel);
    return panel;
  };

  const draw = (state: PhoneState): void => {
    page.dataset.connection = state.connection;
    connection.textContent = t(
      state.connection === 'open'
        ? roomText.phoneOpen
        : state.connection === 'connecting'
          ? roomText.phoneConnecting
          : roomText.phoneOffline,
    );
    foot.textContent = state.n === undefined ? '' : fillIn(t(roomText.phoneNumber), { n: state.n });
    if (state.problem !== undefined) {
      connection.hidden = true;
      const message =
        state.problem === 'gone'
          ? t(roomText.phoneGone)
          : state.problem === 'room-full'
            ? t(roomText.phoneFull)
            : fillIn(t(roomText.phoneUnknownRoom), { code });
      body.replaceChildren(
        state.problem === 'unknown-room'
          ? codeForm(locale, message)
          : element('p', 'join-problem', message),
      );
      page.dataset.problem = state.problem;
      return;
    }
    note.textContent =
      state.refused === undefined || state.refused === 'round-closed'
        ? ''
        : t(state.refused === 'rate-limited' ? roomText.phoneTooFast : roomText.phoneRefused);
    const round = shownRound(state.rounds);
    const panel = round === undefined ? undefined : panelFor(round);
    if (round === undefined || panel === undefined) {
      page.dataset.round = '';
      body.replaceChildren(...(state.n === undefined ? [] : [waiting]), note);
      return;
    }
    page.dataset.round = round.id;
    panel.update(round, state.n);
    const parts: HTMLElement[] = [];
    if (!round.accepting) parts.push(waiting);
    parts.push(panel.root, note);
    const same =
      body.childElementCount === parts.length &&
      parts.every((part, i) => body.children.item(i) === part);
    if (!same) {
      body.replaceChildren(...parts);
    }
  };
  room.subscribe(draw);
  draw(room.state());
}
