/**
 * How the talk is doing against its plan, from the slides' time budgets: pure arithmetic on
 * timestamps, so the speaker view stays right when a laptop sleeps and tests need no clock.
 */

/** Where the presenter is: the slide, and how far through its steps (0 to 1). */
export interface TalkPosition {
  readonly slideIndex: number;
  /** Steps shown over steps the slide has; 0 on a slide without steps. */
  readonly stepShare: number;
}

/** When and where the clock was started: usually the first slide, before the talk. */
export interface ClockStart {
  readonly at: number;
  readonly slideIndex: number;
}

export interface Pacing {
  /** Time since the talk started. */
  readonly elapsedMs: number;
  /** Planned time up to this point of this slide. */
  readonly plannedMs: number;
  /** Elapsed minus planned: positive when behind, negative when ahead. */
  readonly behindMs: number;
  /** When the talk should end, from its start and its total budget. */
  readonly plannedEnd: number;
  /** When it will end if the rest goes to plan from here. */
  readonly expectedEnd: number;
}

/** The planned time from the start of the talk to a position in it, in milliseconds. */
function plannedUpTo(budgetsSeconds: readonly number[], position: TalkPosition): number {
  const before = budgetsSeconds
    .slice(0, position.slideIndex)
    .reduce((sum, seconds) => sum + seconds, 0);
  const share = Math.min(1, Math.max(0, position.stepShare));
  return (before + (budgetsSeconds[position.slideIndex] ?? 0) * share) * 1000;
}

/**
 * The pacing at `now`, with each slide's budget in seconds. The plan counts from the slide the
 * clock was started on (a rehearsal may start mid-deck), and grows through a slide with steps,
 * step by step.
 */
export function pacingAt(
  budgetsSeconds: readonly number[],
  position: TalkPosition,
  start: ClockStart,
  now: number,
): Pacing {
  const end = { slideIndex: budgetsSeconds.length, stepShare: 0 };
  const atStartMs = plannedUpTo(budgetsSeconds, { slideIndex: start.slideIndex, stepShare: 0 });
  const remainingPlanMs = plannedUpTo(budgetsSeconds, end) - atStartMs;
  const plannedMs = plannedUpTo(budgetsSeconds, position) - atStartMs;
  const elapsedMs = Math.max(0, now - start.at);
  return {
    elapsedMs,
    plannedMs,
    behindMs: elapsedMs - plannedMs,
    plannedEnd: start.at + remainingPlanMs,
    expectedEnd: now + (remainingPlanMs - plannedMs),
  };
}

/** Whole minutes behind (positive) or ahead (negative); within half a minute counts as on time. */
export function minutesOff(behindMs: number): number {
  const minutes = Math.round(behindMs / 60_000);
  return Object.is(minutes, -0) ? 0 : minutes;
}

/** `12:05` for an elapsed time, `1:02:05` past the hour. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** `09:41` in the presenter's own time zone, as on the wall clock. */
export function formatClock(timestamp: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(
    new Date(timestamp),
  );
}
