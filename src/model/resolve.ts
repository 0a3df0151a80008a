import type { Deck } from './authored.ts';
import type { ResolvedDeck, ResolvedSection, ResolvedSlide } from './resolved.ts';
import { stepCountOf } from './steps.ts';

/** Where the content modules live, as written in messages. */
export const contentFolder = 'slides';

/**
 * Computes indices, step counts and timing once, so the renderer and the scripts never
 * recount them. Assumes a deck that `validateDeck` accepted.
 */
export function resolveDeck(deck: Deck): ResolvedDeck {
  const slides: ResolvedSlide[] = [];
  const sections: ResolvedSection[] = Object.entries(deck.sections).map(
    ([fileName, section], sectionIndex) => {
      const file = `${contentFolder}/${fileName}`;
      const resolved = section.slides.map((slide): ResolvedSlide => {
        const entry: ResolvedSlide = {
          slide,
          index: slides.length,
          file,
          sectionIndex,
          stepCount: stepCountOf(slide),
          timingSeconds: Math.round(slide.minutes * 60),
        };
        slides.push(entry);
        return entry;
      });
      return { file, title: section.title, slides: resolved };
    },
  );
  return {
    title: deck.title,
    description: deck.description,
    author: deck.author,
    keywords: deck.keywords,
    sections,
    slides,
    totalSeconds: slides.reduce((sum, entry) => sum + entry.timingSeconds, 0),
  };
}
