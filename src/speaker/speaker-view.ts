import './speaker.css';
import type { DeckNotes, Locale, Text } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { previewLink, speakerViewLink } from '../address/links.ts';
import type { Lifetime } from '../deck/lifetime.ts';
import { speakerViewKeys } from '../deck/key-bindings.ts';
import { canLinkSpeakerView, openSpeakerChannel } from './deck-window.ts';
import { headingOf } from '../model/headings.ts';
import { localeTags } from '../model/locales.ts';
import { textIn } from '../model/texts.ts';
import { fillIn, uiText } from '../render/ui-text.ts';
import { exerciseOf } from '../model/exercise.ts';
import { exerciseLine } from './exercise-text.ts';
import { formatClock, formatDuration, minutesOff, pacingAt } from './pacing.ts';
import { notePieces } from './speaker-notes.ts';
import { mountOutcomePanel } from './outcome-panel.ts';
import { previewReadyMessage } from './speaker-preview-ready.ts';
import { readDeckState, type DeckState, type SpeakerRequest } from './speaker-messages.ts';
import { mountRoomPanel } from './room-panel.ts';
import { element } from '../render/element.ts';

/** How often the clocks redraw; the times themselves come from timestamps. */
const tickMs = 500;
/** How often the view asks after the deck, and how long an answer may take. */
const helloEveryMs = 3000;
const silenceMs = 2000;

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
  life: Lifetime,
  title: string,
  locale: Locale,
): {
  frame: HTMLIFrameElement;
  show(slideIndex: number, stepsShown: number): void;
} {
  const frame = element('iframe', 'speaker-preview');
  frame.title = title;
  frame.src = previewLink(window.location.href, locale);
  let wanted: [number, number] = [0, 0];
  const apply = (): void => {
    const reveal = frame.contentWindow?.Reveal;
    if (reveal?.isReady() !== true) return;
    // reveal counts fragments from 0, and -1 for none shown.
    reveal.slide(wanted[0], 0, wanted[1] - 1);
  };
  // The framed deck says when it is ready (start-slides.ts); a reload of it says so again.
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data === previewReadyMessage) apply();
    },
    { signal: life.signal },
  );
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
export function startSpeakerView(
  life: Lifetime,
  root: HTMLElement,
  options: {
    readonly deck: ResolvedDeck;
    readonly notes: DeckNotes;
    readonly locale: Locale;
    /** The deck window this view drives (`?deck=`), until the presenter picks another. */
    readonly deckWindow: string | undefined;
  },
): void {
  const { deck, locale } = options;
  const t = (text: Text): string => textIn(text, locale);
  if (!canLinkSpeakerView()) {
    const notice = element('p', 'speaker-status', t(uiText.speakerUnsupported));
    notice.setAttribute('role', 'alert');
    root.replaceChildren(notice);
    return;
  }
  let state: DeckState | undefined;
  let lastHeard = 0;
  let driven = options.deckWindow;
  /** The other deck windows that answered lately, by id: the ones the presenter may pick. */
  const others = new Map<string, { heard: number; slideIndex: number }>();
  const channel = openSpeakerChannel(life, window.location.pathname);
  const send = (request: SpeakerRequest): void => {
    channel.postMessage(request);
  };
  const hello = (): void => {
    // Without a deck window to drive, hello still makes every open window answer.
    send({ type: 'hello', deck: driven ?? 'none' });
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
    if (driven !== undefined) send({ type: 'restart-clock', deck: driven });
  });
  bar.append(clock.root, elapsed.root, pace.root, end.root, restart);

  const current = preview(life, t(uiText.speakerNow), locale);
  const upcoming = preview(life, t(uiText.speakerUpNext), locale);
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
      if (driven !== undefined) send({ type: 'go', deck: driven, to });
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
  const choices = element('div', 'speaker-choices');

  view.append(bar, slides, notes, status, choices);
  root.replaceChildren(view);
  mountRoomPanel(life, notes, { deck, locale, deckWindow: () => driven });
  mountOutcomePanel(life, notes, { deck, locale });
  document.title = `${t(uiText.menuSpeaker)} · ${t(deck.title)}`;

  const drawNotes = (): void => {
    if (state === undefined) return;
    const entry = deck.slides[state.slideIndex];
    if (entry === undefined) return;
    notesHeading.textContent = `${t(uiText.speakerNotes)} · ${t(headingOf(entry.slide))}`;
    const shown = state.stepsShown;
    const text = options.notes[entry.slide.id];
    const notes = text === undefined ? [] : notePieces(t(text));
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
        const said = element('span', `speaker-piece ${phase}`);
        for (const span of piece.spans) {
          if (span.prompt) {
            // A prompt is for the presenter, not to be read out: a labelled, outlined box in
            // italics, so it stands apart by shape and word, not by colour alone.
            const prompt = element('em', 'speaker-prompt');
            prompt.append(
              element('span', 'speaker-prompt-label', textIn(uiText.speakerPrompt, locale)),
              ' ',
              span.text,
            );
            said.append(prompt, ' ');
          } else {
            said.append(span.text, ' ');
          }
        }
        paragraph.append(said, ' ');
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
    const exercise = exerciseOf(entry.slide);
    if (exercise !== undefined) parts.push(exerciseLine(exercise, locale));
    currentLabel.textContent = `${t(uiText.speakerNow)} · ${parts.join(' · ')}`;
    current.show(state.slideIndex, state.stepsShown);
    const hasNextStep = state.stepsShown < entry.stepCount;
    const isLast = state.slideIndex >= deck.slides.length - 1;
    upcoming.frame.hidden = !hasNextStep && isLast;
    upcomingEnd.hidden = !upcoming.frame.hidden;
    if (hasNextStep) upcoming.show(state.slideIndex, state.stepsShown + 1);
    else if (!isLast) upcoming.show(state.slideIndex + 1, 0);
  };

  /**
   * When the driven window is gone (closed, or never there), say so, and offer the windows of
   * this deck that are open, by the slide each shows: the presenter picks one, never all.
   */
  const drawChoices = (now: number, connected: boolean): void => {
    const alive = [...others].filter(([, other]) => now - other.heard < helloEveryMs + silenceMs);
    const buttons = connected
      ? []
      : alive.map(([id, other]) => {
          const button = element(
            'button',
            'speaker-button',
            fillIn(t(uiText.speakerFollow), { n: other.slideIndex + 1 }),
          );
          button.type = 'button';
          button.addEventListener('click', () => {
            follow(id);
          });
          return button;
        });
    const ids = alive.map(([id]) => id).join(' ');
    if (choices.dataset.windows !== ids || connected) {
      choices.dataset.windows = connected ? '' : ids;
      choices.replaceChildren(...buttons);
    }
  };

  const drawClocks = (): void => {
    const now = Date.now();
    clock.value.textContent = formatClock(now, localeTags[locale].intl);
    const connected = state !== undefined && now - lastHeard < helloEveryMs + silenceMs;
    view.classList.toggle('is-waiting', !connected);
    status.textContent = connected
      ? ''
      : t(
          lastHeard > 0 || (driven !== undefined && others.size > 0)
            ? uiText.speakerLost
            : uiText.speakerWaiting,
        );
    drawChoices(now, connected);
    if (state?.startedAt === undefined) return;
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

  /** Drives another deck window from now on; a reload of this view keeps it (`?deck=`). */
  const follow = (id: string): void => {
    driven = id;
    state = undefined;
    lastHeard = 0;
    window.history.replaceState(
      null,
      '',
      speakerViewLink(window.location.href, { locale, deckWindow: id }),
    );
    hello();
  };

  channel.addEventListener('message', (event: MessageEvent) => {
    const next = readDeckState(event.data);
    if (next === undefined || next.slideIndex >= deck.slides.length) return;
    if (next.deck !== driven) {
      others.set(next.deck, { heard: Date.now(), slideIndex: next.slideIndex });
      return;
    }
    others.delete(next.deck);
    lastHeard = Date.now();
    const moved = next.slideIndex !== state?.slideIndex || next.stepsShown !== state.stepsShown;
    if (next.locale !== locale) {
      // The deck changed its language: this view follows, labels and frames included.
      window.location.replace(
        speakerViewLink(window.location.href, { locale: next.locale, deckWindow: next.deck }),
      );
      return;
    }
    state = next;
    if (moved) {
      drawNotes();
      drawPosition();
    }
    drawClocks();
  });

  document.addEventListener(
    'keydown',
    (event) => {
      const to = speakerViewKeys[event.key];
      if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement | null)?.closest('button') && event.key === ' ') return;
      event.preventDefault();
      if (driven === undefined) return;
      send({ type: 'go', deck: driven, to: event.shiftKey && event.key === ' ' ? 'prev' : to });
    },
    { signal: life.signal },
  );

  hello();
  life.every(helloEveryMs, hello);
  life.every(tickMs, drawClocks);
  drawClocks();
  life.add(() => {
    root.replaceChildren();
  });
}
