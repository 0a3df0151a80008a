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
