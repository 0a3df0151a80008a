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
import type { Dispose } from '../../deck/lifetime.ts';
import { domAttributes, domNames } from '../../render/dom-names.ts';

/** How often a running timer redraws; the time itself always comes from the clock. */
const redrawMs = 250;

/** What a timer needs, from the resolved deck (src/widgets/mount-widgets.ts). */
export interface TimerData {
  readonly minutes: number;
  /** The toggle button's two labels, in the deck's language. */
  readonly startLabel: string;
  readonly pauseLabel: string;
}

/** A running timer: started and paused by its button, or by the T key (key-bindings.ts). */
export interface MountedTimer {
  toggle(): void;
  readonly dispose: Dispose;
}

/**
 * Brings a discussion timer to life (its markup comes from the question renderer). It keeps
 * running while the presenter moves to other slides.
 */
export function mountTimer(element: HTMLElement, timer: TimerData): MountedTimer {
  const display = element.querySelector<HTMLElement>(domNames.timerDisplay);
  const toggleButton = element.querySelector<HTMLButtonElement>(
    `[${domAttributes.timerAction}="toggle"]`,
  );
  const labels = { start: timer.startLabel, pause: timer.pauseLabel };
  let state: TimerState = createTimer(timer.minutes);
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
  const listening = new AbortController();
  const { signal } = listening;
  element.addEventListener(
    'click',
    (event) => {
      const action = (event.target as HTMLElement)
        .closest<HTMLElement>(`[${domAttributes.timerAction}]`)
        ?.getAttribute(domAttributes.timerAction);
      if (action !== undefined && action !== null) actions[action]?.();
    },
    { signal },
  );
  // Space and Enter belong to the focused button here, not to reveal's navigation.
  element.addEventListener(
    'keydown',
    (event) => {
      if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
    },
    { signal },
  );
  draw();
  return {
    toggle,
    dispose: () => {
      listening.abort();
      if (ticker !== undefined) clearInterval(ticker);
    },
  };
}
