import { noteSpans, stepCue as cue, type NoteSpan } from '../model/notes-text.ts';

/**
 * Speaker notes cut at their click cues (`[klik]`, `[click]`), so the speaker view can show
 * which part belongs to the step on screen. Part 0 is said before the first click. Each part
 * is cut again into what is said and the presenter's prompts (`[eigen voorbeeld: …]`), which
 * the view sets apart.
 */

export interface NotePiece {
  readonly text: string;
  /** The piece as said words and prompts, in order (src/model/notes-text.ts). */
  readonly spans: readonly NoteSpan[];
  /** The step it belongs to: the number of clicks before it. */
  readonly step: number;
  /** Whether a click cue comes right before this piece. */
  readonly afterCue: boolean;
}

/** The notes as paragraphs of pieces, in order; blank lines separate paragraphs. */
export function notePieces(notes: string): NotePiece[][] {
  let step = 0;
  return notes
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => {
      const pieces: NotePiece[] = [];
      paragraph.split(cue).forEach((text, i) => {
        if (i > 0) step += 1;
        const trimmed = text.trim();
        if (trimmed !== '') {
          pieces.push({ text: trimmed, spans: noteSpans(trimmed), step, afterCue: i > 0 });
        }
      });
      return pieces;
    });
}
