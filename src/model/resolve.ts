import type { Deck, DeckNotes, Slide, SlideContent } from './authored.ts';
import type { ResolvedDeck, ResolvedSection, ResolvedSlide } from './resolved.ts';
import { plannedMinutes } from './exercise.ts';
import { stepCountOf } from './steps.ts';

/** Where the content modules live, as written in messages. */
export const contentFolder = 'slides';

/** The slide without its notes: what the views render. */
function contentOf(slide: Slide): SlideContent {
  const { notes: _notes, ...content } = slide;
  return content;
}

/**
 * Computes indices, step counts and timing once, so the renderer and the scripts never
 * recount them, and takes the notes apart. Assumes a deck that `validateDeck` accepted; the
 * way in for everything else is `checkDeck` (check-deck.ts).
 */
export function resolveDeck(deck: Deck): { deck: ResolvedDeck; notes: DeckNotes } {
  const slides: ResolvedSlide[] = [];
  const notes: Record<string, DeckNotes[string]> = {};
  const sections: ResolvedSection[] = Object.entries(deck.sections).map(
    ([fileName, section], sectionIndex) => {
      const file = `${contentFolder}/${fileName}`;
      const resolved = section.slides.map((slide): ResolvedSlide => {
        notes[slide.id] = slide.notes;
        const content = contentOf(slide);
        const entry: ResolvedSlide = {
          slide: content,
          index: slides.length,
          file,
          sectionIndex,
          stepCount: stepCountOf(slide),
          timingSeconds: Math.round(plannedMinutes(slide) * 60),
        };
        slides.push(entry);
        return entry;
      });
      return { file, title: section.title, slides: resolved };
    },
  );
  return {
    deck: {
      title: deck.title,
      description: deck.description,
      author: deck.author,
      keywords: deck.keywords,
      sections,
      slides,
      totalSeconds: slides.reduce((sum, entry) => sum + entry.timingSeconds, 0),
      cuts: deck.cuts,
      event: deck.event,
      cut: undefined,
    },
    notes,
  };
}
