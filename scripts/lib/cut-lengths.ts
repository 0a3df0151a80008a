/**
 * Each cut's length, as `npm run check:content` prints it and the README quotes it: slides,
 * spoken minutes, exercise minutes, the total and the slot it is made for.
 */
import { cutIds, cutLength, cutNamed } from '../../src/model/cut.ts';
import type { ResolvedDeck } from '../../src/model/resolved.ts';

/** Minutes as the README writes them: `22.75`, `5`. */
function minutes(value: number): string {
  return String(Number(value.toFixed(2)));
}

/**
 * One line per cut of the whole deck:
 * `short (Korte versie): 29 slides, 22.75 spoken + 3 exercise = 25.75 minutes, slot 20`.
 */
export function cutLengthLines(deck: ResolvedDeck): string[] {
  const slides = deck.slides.map((entry) => entry.slide);
  return cutIds(deck.cuts).flatMap((id) => {
    const cut = cutNamed(deck.cuts, id);
    if (cut === undefined) return [];
    const length = cutLength(slides, cut);
    return [
      `${id} (${cut.name.nl}): ${length.slides} slides, ${minutes(length.spoken)} spoken + ` +
        `${minutes(length.exercises)} exercise = ${minutes(length.total)} minutes, slot ${minutes(cut.slotMinutes)}`,
    ];
  });
}
