import type { Exercise, SlideContent } from './authored.ts';
import { limits } from './limits.ts';

/**
 * The talk's clock (ARCHITECTURE.md, "The honest clock"): a slide's `minutes` are its spoken
 * time, an exercise's phases come on top. One module computes both, so validation, resolving
 * and the scripts never disagree about how long a slide takes.
 */

/** An exercise's length: its phases added up, in minutes. */
export function exerciseMinutes(exercise: Exercise): number {
  return exercise.alone + (exercise.pairs ?? 0) + exercise.plenary;
}

/** The exercise on a slide, if its kind has one and the slide sets it. */
export function exerciseOf(slide: SlideContent): Exercise | undefined {
  return slide.kind === 'question' || slide.kind === 'matrix' ? slide.exercise : undefined;
}

/** A slide's planned time in minutes: spoken minutes plus its exercise. */
export function plannedMinutes(slide: SlideContent): number {
  const exercise = exerciseOf(slide);
  return slide.minutes + (exercise === undefined ? 0 : exerciseMinutes(exercise));
}

/**
 * The fewest minutes that cover `words` spoken at the talk's rate, rounded up to the next
 * quarter of a minute (the granularity of `minutes` in slides/).
 */
export function minutesToSay(words: number): number {
  const quarters = Math.ceil(words / limits.wordsPerMinute / limits.minuteStep);
  return Math.max(limits.minMinutes, quarters * limits.minuteStep);
}

/**
 * Each phase of an exercise in whole minutes, within reason for a leadership team's agenda;
 * reported under `field` (`exercise` on a slide, `exercises.<slide>` in a cut of slides/cuts.ts).
 */
export function checkExercise(
  exercise: Exercise,
  report: (field: string, message: string) => void,
  field = 'exercise',
): void {
  const phases: readonly (keyof Exercise)[] = ['alone', 'pairs', 'plenary'];
  for (const phase of phases) {
    const minutes: unknown = (exercise as Partial<Record<keyof Exercise, unknown>>)[phase];
    if (minutes === undefined && phase === 'pairs') continue;
    if (
      typeof minutes !== 'number' ||
      !Number.isInteger(minutes) ||
      minutes < limits.minExercisePhase ||
      minutes > limits.maxExercisePhase
    ) {
      report(
        `${field}.${phase}`,
        `${JSON.stringify(minutes)} is not a phase length: use whole minutes from ` +
          `${limits.minExercisePhase} to ${limits.maxExercisePhase}`,
      );
      return;
    }
  }
  const total = exerciseMinutes(exercise);
  if (total > limits.maxExerciseMinutes) {
    report(
      field,
      `${total} minutes in all, at most ${limits.maxExerciseMinutes} (the discussion timer's ` +
        'longest): shorten a phase',
    );
  }
}
