/**
 * Speaker notes for PowerPoint's notes pages: the notes as a reader gets them, without the
 * presenter's markup (src/model/notes-text.ts). With `--steps` the notes of every step page
 * are the whole notes.
 */
import { readerParagraphs } from '../../../src/model/notes-text.ts';

/** The notes as paragraphs, markup removed, spacing tidied; empty paragraphs dropped. */
export const cleanNotes = readerParagraphs;

/**
 * The notes text as pptxgenjs takes it: one string. Paragraphs are joined by a blank line; the
 * package step (package-parts.ts) turns them into real paragraphs of the notes page.
 */
export function notesText(notes: string): string {
  return cleanNotes(notes).join('\n\n');
}
