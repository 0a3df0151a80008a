import type { Deck, Slide, Text } from './authored.ts';

/**
 * The deck with its speaker notes put back from `virtual:deck-notes` (the slides are bundled
 * without them, so the first slide does not wait for them). A slide missing from `notes`
 * keeps the empty note it was bundled with, which validation then reports.
 */
export function withNotes(deck: Deck, notes: Readonly<Record<string, Text>>): Deck {
  const sections = Object.fromEntries(
    Object.entries(deck.sections).map(([file, section]) => [
      file,
      {
        ...section,
        slides: section.slides.map((slide): Slide => ({
          ...slide,
          notes: notes[slide.id] ?? slide.notes,
        })),
      },
    ]),
  );
  return { ...deck, sections };
}
