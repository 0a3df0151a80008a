import type { RevealApi } from 'reveal.js';
import {
  adjust,
  createTimer,
  formatRemaining,
  isFinished,
  isRunning,
  pause,
  remainingMs,
  reset,
  start,
  type TimerState,
} from './timer-state.ts';

/** How often a running timer redraws; the time itself always comes from the clock. */
const redrawMs = 250;

/**
 * Brings the discussion timers on the slides to life (their markup comes from the question
 * renderer). A timer keeps running while the presenter moves to other slides; T starts and
 * pauses the deck's timer from anywhere. Returns a function that stops them all.
 */
export function mountTimers(root: ParentNode, reveal: RevealApi): () => void {
  const stops = [...root.querySelectorAll<HTMLElement>('.discussion-timer')].map((element) =>
    mountTimer(element),
  );
  const first = stops[0];
  if (first !== undefined) {
    reveal.addKeyBinding(
      { keyCode: 84, key: 'T', description: 'Start or pause the discussion timer' },
      () => {
        first.toggle();
      },
    );
  }
  return () => {
    stops.forEach((timer) => {
      timer.stop();
    });
    if (first !== undefined) reveal.removeKeyBinding(84);
  };
}

function mountTimer(element: HTMLElement): { toggle(): void; stop(): void } {
  const display = element.querySelector<HTMLElement>('.timer-display');
  const toggleButton = element.querySelector<HTMLButtonElement>('[data-timer-action="toggle"]');
  const labels = {
    start: element.dataset.labelStart ?? 'Start',
    pause: element.dataset.labelPause ?? 'Pause',
  };
  let state: TimerState = createTimer(Number(element.dataset.timerMinutes ?? '5'));
  let ticker: ReturnType<typeof setInterval> | undefined;

  const draw = (): void => {
    const now = Date.now();
    if (display !== null) display.textContent = formatRemaining(remainingMs(state, now));
    // The calm signal: the face changes colour at zero; no sound.
    element.classList.toggle('is-running', isRunning(state) && !isFinished(state, now));
    element.classList.toggle('is-finished', isFinished(state, now));
    if (toggleButton !== null) {
      toggleButton.textContent =
        isRunning(state) && !isFinished(state, now) ? labels.pause : labels.start;
    }
    const shouldTick = isRunning(state) && !isFinished(state, now);
    if (shouldTick && ticker === undefined) ticker = setInterval(draw, redrawMs);
    if (!shouldTick && ticker !== undefined) {
      clearInterval(ticker);
      ticker = undefined;
    }
  };
  const toggle = (): void => {
    const now = Date.now();
    state = isRunning(state) ? pause(state, now) : start(state, now);
    draw();
  };
  const actions: Record<string, () => void> = {
    toggle,
    less: () => {
      state = adjust(state, -1);
      draw();
    },
    more: () => {
      state = adjust(state, 1);
      draw();
    },
    reset: () => {
      state = reset(state);
      draw();
    },
  };
  element.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-timer-action]')
      ?.dataset.timerAction;
    if (action !== undefined) actions[action]?.();
  });
  // Space and Enter belong to the focused button here, not to reveal's navigation.
  element.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
  });
  draw();
  return {
    toggle,
    stop: () => {
      if (ticker !== undefined) clearInterval(ticker);
    },
  };
}
