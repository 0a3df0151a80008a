/**
 * Speaker notes carry markup for the presenter, in square brackets: a cue where each step
 * comes in (`[klik]`, `[click]`) and prompts such as `[pauze]`. The speaker view shows it
 * (src/speaker/speaker-notes.ts); everything a reader sees (the reader view, the handout, the
 * PowerPoint notes pages) gets the notes without it. Round brackets are part of what the
 * presenter says and stay.
 */

/** A step cue, in either language. */
export const stepCue = /\[(?:klik|click)\]/giu;

/** Any presenter markup: a cue or a prompt in square brackets, on one line. */
const presenterMarkup = /\[[^\]\n]*\]/gu;

/** The notes' paragraphs as a reader reads them: markup removed, spaces tidied. */
export function readerParagraphs(notes: string): string[] {
  return notes
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .replace(presenterMarkup, ' ')
        .replace(/[ \t]+/gu, ' ')
        .replace(/ ?\n ?/gu, '\n')
        // Markup removed before punctuation leaves a space in front of it.
        .replace(/ ([,.;:!?])/gu, '$1')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '');
}
