import type { Exercise, SlideContent } from './authored.ts';

/** The exercise's length: its phases added up, in minutes. */
export function exerciseMinutes(exercise: Exercise | undefined): number {
  if (exercise === undefined) return 0;
  return exercise.alone + (exercise.pairs ?? 0) + exercise.plenary;
}

/** The exercise of a slide, for the kinds that can have one (the board and the question). */
export function exerciseOf(slide: SlideContent): Exercise | undefined {
  return slide.kind === 'matrix' || slide.kind === 'question' ? slide.exercise : undefined;
}

/** A slide's planned time in whole seconds: its spoken minutes plus its exercise. */
export function plannedSeconds(slide: SlideContent): number {
  return Math.round((slide.minutes + exerciseMinutes(exerciseOf(slide))) * 60);
}

/** The longest phase of an exercise, in minutes: three of them stay within the discussion timer's 60. */
const maxPhaseMinutes = 20;

/**
 * What is wrong with an exercise, one line per phase (`field`, `message`): each phase is whole
 * minutes, `alone` and `plenary` from 1, `pairs` from 1 when given.
 */
export function exerciseProblems(exercise: unknown): { field: string; message: string }[] {
  if (exercise === null || typeof exercise !== 'object') {
    return [
      {
        field: '',
        message: 'not an exercise: give { alone, pairs?, plenary } in whole minutes',
      },
    ];
  }
  const phases = exercise as Partial<Record<keyof Exercise, unknown>>;
  const problems: { field: string; message: string }[] = [];
  for (const phase of ['alone', 'pairs', 'plenary'] as const) {
    const minutes = phases[phase];
    if (minutes === undefined && phase === 'pairs') continue;
    if (
      typeof minutes !== 'number' ||
      !Number.isInteger(minutes) ||
      minutes < 1 ||
      minutes > maxPhaseMinutes
    ) {
      problems.push({
        field: `.${phase}`,
        message: `${JSON.stringify(minutes)} is not a phase length: use whole minutes from 1 to ${maxPhaseMinutes}`,
      });
    }
  }
  return problems;
}
