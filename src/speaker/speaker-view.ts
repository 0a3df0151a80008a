import './speaker.css';
import type { Locale, Text } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { headingOf } from '../model/headings.ts';
import { localeTags } from '../model/locales.ts';
import { textIn } from '../model/texts.ts';
import { fillIn, uiText } from '../render/ui-text.ts';
import { formatClock, formatDuration, minutesOff, pacingAt } from './pacing.ts';
import { notePieces } from './speaker-notes.ts';
import { previewReadyMessage } from './speaker-preview-ready.ts';
import {
  readDeckState,
  speakerChannelName,
  type DeckState,
  type SpeakerRequest,
} from './speaker-messages.ts';

/** How often the clocks redraw; the times themselves come from timestamps. */
const tickMs = 500;
/** How often the view asks after the deck, and how long an answer may take. */
const helloEveryMs = 3000;
const silenceMs = 2000;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== '') node.textContent = text;
  return node;
}

/** A figure in the top bar: a small label over a large value. */
function figure(label: string): { root: HTMLElement; value: HTMLElement; extra: HTMLElement } {
  const root = element('div', 'speaker-figure');
  const value = element('strong', 'speaker-figure-value');
  const extra = element('span', 'speaker-figure-extra');
  root.append(element('span', 'speaker-figure-label', label), value, extra);
  return { root, value, extra };
}

/**
 * A preview of the deck in a frame, moved with reveal's API (same origin). `?receiver` makes
 * the framed deck a bare preview: no menu, no keys, no link of its own to the speaker view.
 */
function preview(
  title: string,
  locale: Locale,
): {
  frame: HTMLIFrameElement;
  show(slideIndex: number, stepsShown: number): void;
} {
  const frame = element('iframe', 'speaker-preview');
  frame.title = title;
  frame.src = `?receiver&view=slides&lang=${locale}`;
  let wanted: [number, number] = [0, 0];
  const apply = (): void => {
    const reveal = frame.contentWindow?.Reveal;
    if (reveal?.isReady() !== true) return;
    // reveal counts fragments from 0, and -1 for none shown.
    reveal.slide(wanted[0], 0, wanted[1] - 1);
  };
  // The framed deck says when it is ready (start-slides.ts); a reload of it says so again.
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data === previewReadyMessage) apply();
  });
  return {
    frame,
    show(slideIndex, stepsShown) {
      wanted = [slideIndex, stepsShown];
      apply();
    },
  };
}

/**
 * The speaker view (`?view=speaker`): notes of the slide on screen with the part for this step
 * marked, the slide and what comes next, the clock, the time gone, the pace against the
 * slides' budgets and the planned end. It follows the deck over a BroadcastChannel, so it
 * works as a pop-up or a tab, and either can be reloaded. Arrow keys, PageUp/PageDown and
 * Space move the deck from here.
 */
export function startSpeakerView(root: HTMLElement, deck: ResolvedDeck, initial: Locale): void {
  const locale = initial;
  let state: DeckState | undefined;
  let lastHeard = 0;
  const t = (text: Text): string => textIn(text, locale);
  const channel = new BroadcastChannel(speakerChannelName(window.location.pathname));
  const send = (request: SpeakerRequest): void => {
    channel.postMessage(request);
  };

  const view = element('main', 'speaker');
  const bar = element('header', 'speaker-bar');
  const clock = figure(t(uiText.speakerClock));
  const elapsed = figure(t(uiText.speakerElapsed));
  const pace = figure(t(uiText.speakerPace));
  const end = figure(t(uiText.speakerPlannedEnd));
  const restart = element('button', 'speaker-button', t(uiText.speakerRestart));
  restart.type = 'button';
  restart.addEventListener('click', () => {
    send({ type: 'restart-clock' });
  });
  bar.append(clock.root, elapsed.root, pace.root, end.root, restart);

  const current = preview(t(uiText.speakerNow), locale);
  const upcoming = preview(t(uiText.speakerUpNext), locale);
  const currentLabel = element('h2', 'speaker-label');
  const upcomingLabel = element('h2', 'speaker-label', t(uiText.speakerUpNext));
  const upcomingEnd = element('p', 'speaker-end', t(uiText.speakerEnd));
  const nav = element('div', 'speaker-nav');
  for (const [label, to] of [
    [uiText.speakerPrevious, 'prev'],
    [uiText.speakerNextButton, 'next'],
  ] as const) {
    const button = element('button', 'speaker-button', t(label));
    button.type = 'button';
    button.addEventListener('click', () => {
      send({ type: 'go', to });
    });
    nav.append(button);
  }
  const slides = element('section', 'speaker-slides');
  const currentBox = element('div', 'speaker-current');
  currentBox.append(currentLabel, current.frame);
  const upcomingBox = element('div', 'speaker-upcoming');
  upcomingBox.append(upcomingLabel, upcoming.frame, upcomingEnd, nav);
  upcomingLabel.classList.add('speaker-upcoming-label');
  slides.append(currentBox, upcomingBox);

  const notes = element('section', 'speaker-notes');
  const notesHeading = element('h2', 'speaker-label');
  const notesBody = element('div', 'speaker-notes-body');
  notes.append(notesHeading, notesBody);
  const status = element('p', 'speaker-status');
  status.setAttribute('role', 'status');

  view.append(bar, slides, notes, status);
  root.replaceChildren(view);
  document.title = `${t(uiText.menuSpeaker)} · ${t(deck.title)}`;

  const drawNotes = (): void => {
    if (state === undefined) return;
    const entry = deck.slides[state.slideIndex];
    if (entry === undefined) return;
    notesHeading.textContent = `${t(uiText.speakerNotes)} · ${t(headingOf(entry.slide))}`;
    const shown = state.stepsShown;
    const notes = notePieces(t(entry.slide.notes));
    // Marking the part for this step needs one cue per step; otherwise the notes stay whole.
    const cues = notes.flat().filter((piece) => piece.afterCue).length;
    const followsSteps = cues > 0 && cues === entry.stepCount;
    const paragraphs = notes.map((pieces) => {
      const paragraph = element('p', '');
      for (const piece of pieces) {
        if (piece.afterCue)
          paragraph.append(
            element('span', 'speaker-cue', `${textIn(uiText.speakerClick, locale)} ${piece.step}`),
            ' ',
          );
        const phase = !followsSteps
          ? 'is-now'
          : piece.step < shown
            ? 'is-said'
            : piece.step === shown
              ? 'is-now'
              : 'is-later';
        paragraph.append(element('span', `speaker-piece ${phase}`, piece.text), ' ');
      }
      return paragraph;
    });
    notesBody.replaceChildren(...paragraphs);
    notesBody.querySelector('.is-now')?.scrollIntoView({ block: 'nearest' });
  };

  const drawPosition = (): void => {
    if (state === undefined) return;
    const entry = deck.slides[state.slideIndex];
    if (entry === undefined) return;
    const parts = [
      fillIn(t(uiText.speakerSlideOf), {
        n: state.slideIndex + 1,
        total: deck.slides.length,
      }),
    ];
    if (entry.stepCount > 0) {
      parts.push(fillIn(t(uiText.speakerStepOf), { n: state.stepsShown, total: entry.stepCount }));
    }
    parts.push(
      fillIn(t(uiText.speakerBudget), { time: formatDuration(entry.timingSeconds * 1000) }),
    );
    currentLabel.textContent = `${t(uiText.speakerNow)} · ${parts.join(' · ')}`;
    current.show(state.slideIndex, state.stepsShown);
    const hasNextStep = state.stepsShown < entry.stepCount;
    const isLast = state.slideIndex >= deck.slides.length - 1;
    upcoming.frame.hidden = !hasNextStep && isLast;
    upcomingEnd.hidden = !upcoming.frame.hidden;
    if (hasNextStep) upcoming.show(state.slideIndex, state.stepsShown + 1);
    else if (!isLast) upcoming.show(state.slideIndex + 1, 0);
  };

  const drawClocks = (): void => {
    const now = Date.now();
    clock.value.textContent = formatClock(now, localeTags[locale].intl);
    const connected = state !== undefined && now - lastHeard < helloEveryMs + silenceMs;
    view.classList.toggle('is-waiting', !connected);
    status.textContent = connected ? '' : t(uiText.speakerWaiting);
    if (state === undefined) return;
    const entry = deck.slides[state.slideIndex];
    const stepShare =
      entry === undefined || entry.stepCount === 0 ? 0 : state.stepsShown / entry.stepCount;
    const pacing = pacingAt(
      deck.slides.map((slide) => slide.timingSeconds),
      { slideIndex: state.slideIndex, stepShare },
      { at: state.startedAt, slideIndex: state.startedOn },
      now,
    );
    elapsed.value.textContent = formatDuration(pacing.elapsedMs);
    const off = minutesOff(pacing.behindMs);
    pace.value.textContent =
      off === 0
        ? t(uiText.speakerOnTime)
        : fillIn(t(off > 0 ? uiText.speakerBehind : uiText.speakerAhead), { n: Math.abs(off) });
    pace.root.dataset.pace = off >= 2 ? 'behind' : off <= -2 ? 'ahead' : 'on-time';
    end.value.textContent = formatClock(pacing.plannedEnd, localeTags[locale].intl);
    end.extra.textContent = fillIn(t(uiText.speakerExpectedEnd), {
      time: formatClock(pacing.expectedEnd, localeTags[locale].intl),
    });
  };

  channel.addEventListener('message', (event: MessageEvent) => {
    const next = readDeckState(event.data);
    if (next === undefined || next.slideIndex >= deck.slides.length) return;
    lastHeard = Date.now();
    const moved = next.slideIndex !== state?.slideIndex || next.stepsShown !== state.stepsShown;
    if (next.locale !== locale) {
      // The deck changed its language: this view follows, labels and frames included.
      const address = new URL(window.location.href);
      address.searchParams.set('lang', next.locale);
      window.location.replace(address);
      return;
    }
    state = next;
    if (moved) {
      drawNotes();
      drawPosition();
    }
    drawClocks();
  });

  const keys: Record<string, 'next' | 'prev'> = {
    ArrowRight: 'next',
    ArrowDown: 'next',
    PageDown: 'next',
    ' ': 'next',
    ArrowLeft: 'prev',
    ArrowUp: 'prev',
    PageUp: 'prev',
  };
  document.addEventListener('keydown', (event) => {
    const to = keys[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if ((event.target as HTMLElement | null)?.closest('button') && event.key === ' ') return;
    event.preventDefault();
    send({ type: 'go', to: event.shiftKey && event.key === ' ' ? 'prev' : to });
  });

  send({ type: 'hello' });
  setInterval(() => {
    send({ type: 'hello' });
  }, helloEveryMs);
  setInterval(drawClocks, tickMs);
  drawClocks();
}
