/**
 * Speaker notes carry markup for the presenter: a cue where each step comes in (`[klik]`,
 * `[click]`). The speaker view shows it (src/speaker/speaker-notes.ts); everything a reader
 * sees (the reader view, the handout) gets the notes without it.
 */

/** A step cue, in either language. */
export const stepCue = /\[(?:klik|click)\]/giu;

/** The notes' paragraphs as a reader reads them: cues removed, spaces tidied. */
export function readerParagraphs(notes: string): string[] {
  return notes
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .replace(stepCue, ' ')
        .replace(/[ \t]+/gu, ' ')
        .replace(/ ([,.;:!?])/gu, '$1')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '');
}
