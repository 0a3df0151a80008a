/**
 * The discussion timer's state, as plain data computed from timestamps: the time left is
 * worked out from when the timer started, never counted down by ticks, so it stays right when
 * a laptop sleeps or a background tab is throttled. Every function returns a new state.
 */
export interface TimerState {
  /** The countdown's length, in milliseconds. */
  readonly durationMs: number;
  /** Time already used while the timer ran before its last pause. */
  readonly usedMs: number;
  /** When the timer last started (epoch ms), or undefined while it stands still. */
  readonly runningSince: number | undefined;
}

const minute = 60_000;
/** The countdown never goes below one minute or above an hour. */
const shortest = minute;
const longest = 60 * minute;

export function createTimer(minutes: number): TimerState {
  const durationMs = Math.min(longest, Math.max(shortest, Math.round(minutes) * minute));
  return { durationMs, usedMs: 0, runningSince: undefined };
}

export function isRunning(state: TimerState): boolean {
  return state.runningSince !== undefined;
}

function used(state: TimerState, now: number): number {
  return (
    state.usedMs + (state.runningSince === undefined ? 0 : Math.max(0, now - state.runningSince))
  );
}

/** Milliseconds left at `now`, never below zero. */
export function remainingMs(state: TimerState, now: number): number {
  return Math.max(0, state.durationMs - used(state, now));
}

export function isFinished(state: TimerState, now: number): boolean {
  return remainingMs(state, now) === 0;
}

export function start(state: TimerState, now: number): TimerState {
  if (isRunning(state) || isFinished(state, now)) return state;
  return { ...state, runningSince: now };
}

export function pause(state: TimerState, now: number): TimerState {
  if (!isRunning(state)) return state;
  return {
    ...state,
    usedMs: Math.min(state.durationMs, used(state, now)),
    runningSince: undefined,
  };
}

/** Back to the full length, standing still. */
export function reset(state: TimerState): TimerState {
  return { ...state, usedMs: 0, runningSince: undefined };
}

/**
 * One minute more or less: changes the length, keeping the time already used, within one
 * minute and an hour.
 */
export function adjust(state: TimerState, minutes: number): TimerState {
  const durationMs = Math.min(longest, Math.max(shortest, state.durationMs + minutes * minute));
  return { ...state, durationMs };
}

/** `m:ss` for the display: 4:05, 0:00. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
