/**
 * Speaker notes for PowerPoint's notes pages: the notes as a presenter reads them, without the
 * deck's own markup. Step cues (`[klik]`, `[click]`) and any other `[...]` prompt are for the
 * speaker view, which marks the part of the notes for each step; in PowerPoint they would read
 * as stray words, and with `--steps` the notes of every step page are the whole notes anyway.
 */

/** A presenter prompt: anything in square brackets, such as `[klik]` or `[pauze]`. */
const prompt = /\[[^\]\n]*\]/gu;

/** The notes as paragraphs, prompts removed, spacing tidied; empty paragraphs dropped. */
export function cleanNotes(notes: string): string[] {
  return notes
    .split(/\n\s*\n/u)
    .map((paragraph) =>
      paragraph
        .replace(prompt, ' ')
        .replace(/[ \t]+/gu, ' ')
        .replace(/ ?\n ?/gu, '\n')
        // A prompt removed before punctuation leaves a space in front of it.
        .replace(/ ([,.;:!?])/gu, '$1')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '');
}

/**
 * The notes text as pptxgenjs takes it: one string. Paragraphs are joined by a blank line; the
 * package step (package-parts.ts) turns them into real paragraphs of the notes page.
 */
export function notesText(notes: string): string {
  return cleanNotes(notes).join('\n\n');
}
