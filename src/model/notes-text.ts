import type { Locale } from './authored.ts';

/**
 * Speaker notes carry markup for the presenter, in square brackets: a cue where each step
 * comes in (`[klik]` in Dutch, `[click]` in English) and prompts such as
 * `[eigen voorbeeld: …]` / `[own example: …]`, where the presenter adds their own story. The
 * speaker view shows it (src/speaker/speaker-notes.ts); everything a reader sees (the reader
 * view, the handout, the PowerPoint notes pages) gets the notes without it, and the clock
 * counts only the words said. Round brackets are part of what the presenter says and stay.
 */

/** A step cue, in either language: the speaker view cuts the notes at both. */
export const stepCue = /\[(?:klik|click)\]/giu;

/** The step cue each language's notes use; validation accepts no other. */
export const stepCueIn: Readonly<Record<Locale, string>> = { nl: '[klik]', en: '[click]' };

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

/** What the presenter says out loud: the notes without markup, as one string. */
export function spokenText(notes: string): string {
  return readerParagraphs(notes).join('\n\n');
}

/** How often a cue occurs in the notes, matched as written (`[klik]`, not `[Klik]`). */
export function cueCount(notes: string, cue: string): number {
  return notes.split(cue).length - 1;
}

/** A stretch of a note as the speaker view shows it: words to say, or a prompt to the presenter. */
export interface NoteSpan {
  readonly text: string;
  /** True for `[eigen voorbeeld: …]` and other bracketed prompts (the brackets left out). */
  readonly prompt: boolean;
}

/**
 * A stretch of notes without step cues, cut into what is said and the prompts in it, so the
 * speaker view can set the prompts apart. Empty stretches are left out.
 */
export function noteSpans(text: string): NoteSpan[] {
  const spans: NoteSpan[] = [];
  let last = 0;
  for (const match of text.matchAll(presenterMarkup)) {
    const before = text.slice(last, match.index).trim();
    if (before !== '') spans.push({ text: before, prompt: false });
    const inside = match[0].slice(1, -1).trim();
    if (inside !== '') spans.push({ text: inside, prompt: true });
    last = match.index + match[0].length;
  }
  const rest = text.slice(last).trim();
  if (rest !== '') spans.push({ text: rest, prompt: false });
  return spans;
}
