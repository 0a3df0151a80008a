/**
 * Cuts: named versions of the talk for an agenda slot (slides/cuts.ts). A cut leaves slides
 * out and may shorten an exercise; `applyCut` makes the deck a view shows from the whole deck,
 * so the slides, the pacing, the speaker view, the timer, the reader and the PDF all follow
 * the one chosen cut (ARCHITECTURE.md, "Cuts").
 */
import type { Cut, Cuts, SlideContent } from './authored.ts';
import type { ContentError } from './validate.ts';
import { exerciseMinutes, exerciseOf, plannedMinutes } from './exercise.ts';
import type { ResolvedDeck, ResolvedSection, ResolvedSlide } from './resolved.ts';

/** The cut every deck has, and the one shown when nothing chooses another. */
export const defaultCutId = 'full';

/**
 * What the slide show needs of the cuts before the deck itself has loaded (src/main.ts): their
 * names, the one a build opens in (DECK_CUT), and each one's total time in seconds.
 */
export interface DeckCuts {
  readonly names: readonly string[];
  readonly fallback: string;
  readonly totalSeconds: Readonly<Record<string, number>>;
}

/** A deck's cuts as the slide show reads them before the deck (`virtual:deck-cuts`). */
export function deckCuts(deck: ResolvedDeck, defaultCut: string): DeckCuts {
  const names = cutIds(deck.cuts);
  return {
    names,
    fallback: defaultCut,
    totalSeconds: Object.fromEntries(
      names.map((name) => [name, applyCut(deck, name).totalSeconds]),
    ),
  };
}

/** The cuts' names in the order the content declares them (`full` first when it is first). */
export function cutIds(cuts: Cuts): string[] {
  return Object.keys(cuts);
}

/** The cut called `id`, or undefined; never one of `Object.prototype`'s names. */
export function cutNamed(cuts: Cuts, id: string): Cut | undefined {
  return Object.hasOwn(cuts, id) ? cuts[id] : undefined;
}

/** The slide as the cut shows it: with the cut's shorter exercise, if it gives one. */
function slideInCut<S extends SlideContent>(slide: S, cut: Cut): S {
  const exercise = cut.exercises?.[slide.id];
  if (exercise === undefined || exerciseOf(slide) === undefined) return slide;
  return { ...slide, exercise };
}

/**
 * What a cut adds up to, in minutes: the spoken minutes of the slides it keeps, and the
 * exercises it keeps (its own shorter ones where it gives them).
 */
export function cutLength(
  slides: readonly SlideContent[],
  cut: Cut,
): { spoken: number; exercises: number; total: number; slides: number } {
  const skipped = new Set(cut.skip ?? []);
  let spoken = 0;
  let exercises = 0;
  let count = 0;
  for (const slide of slides) {
    if (skipped.has(slide.id)) continue;
    count += 1;
    spoken += slide.minutes;
    const exercise = exerciseOf(slideInCut(slide, cut));
    if (exercise !== undefined) exercises += exerciseMinutes(exercise);
  }
  return { spoken, exercises, total: spoken + exercises, slides: count };
}

/**
 * The deck as cut `cutId` shows it: the slides it keeps, numbered again from 0, in sections
 * that keep at least one slide, with its exercises and the planned times that follow.
 *
 * @throws {RangeError} for a cut the deck does not declare (the address and the build check
 *   names first), or a deck that is already cut (a cut is made from the whole deck).
 */
export function applyCut(deck: ResolvedDeck, cutId: string): ResolvedDeck {
  const cut = cutNamed(deck.cuts, cutId);
  if (cut === undefined) {
    throw new RangeError(
      `No cut called ${JSON.stringify(cutId)}: the deck has ${cutIds(deck.cuts).join(', ')}.`,
    );
  }
  if (deck.cut !== undefined) {
    throw new RangeError(`The deck is already cut (${deck.cut.id}): cut the whole deck.`);
  }
  const skipped = new Set(cut.skip ?? []);
  const slides: ResolvedSlide[] = [];
  const sections: ResolvedSection[] = [];
  for (const section of deck.sections) {
    const kept: ResolvedSlide[] = [];
    for (const entry of section.slides) {
      if (skipped.has(entry.slide.id)) continue;
      const slide = slideInCut(entry.slide, cut);
      const resolved: ResolvedSlide = {
        ...entry,
        slide,
        index: slides.length,
        sectionIndex: sections.length,
        timingSeconds: Math.round(plannedMinutes(slide) * 60),
      };
      slides.push(resolved);
      kept.push(resolved);
    }
    if (kept.length > 0) sections.push({ ...section, slides: kept });
  }
  return {
    ...deck,
    sections,
    slides,
    totalSeconds: slides.reduce((sum, entry) => sum + entry.timingSeconds, 0),
    cut: { id: cutId, name: cut.name, slotMinutes: cut.slotMinutes },
  };
}

/**
 * Where a deep link to `slideId` lands in a cut deck: the slide itself when the cut keeps it;
 * for a slide the cut skips, the next slide the cut keeps (or, after the last, the cut's last
 * slide), with `skipped` set so the view can say so; undefined for an id the deck never had.
 */
export function landingInCut(
  whole: ResolvedDeck,
  cut: ResolvedDeck,
  slideId: string,
): { readonly slideId: string; readonly skipped: boolean } | undefined {
  const kept = new Set(cut.slides.map((entry) => entry.slide.id));
  if (kept.has(slideId)) return { slideId, skipped: false };
  const at = whole.slides.findIndex((entry) => entry.slide.id === slideId);
  if (at === -1) return undefined;
  const next = whole.slides.slice(at + 1).find((entry) => kept.has(entry.slide.id));
  const landing = next ?? cut.slides[cut.slides.length - 1];
  return landing === undefined ? undefined : { slideId: landing.slide.id, skipped: true };
}

/**
 * The cut a build opens in: `requested` (DECK_CUT) when the content declares it, `full`
 * without one; for any other name, a located problem that lists the cuts there are.
 */
export function buildCut(
  cuts: Cuts,
  requested: string | undefined,
): { readonly cut: string } | { readonly problem: ContentError } {
  if (requested === undefined) return { cut: defaultCutId };
  if (cutNamed(cuts, requested) !== undefined) return { cut: requested };
  return {
    problem: {
      file: 'slides/cuts.ts',
      slide: '(cuts)',
      field: 'DECK_CUT',
      message: `${JSON.stringify(requested.slice(0, 40))} is not a cut of this deck: use DECK_CUT=${cutIds(cuts).join(', DECK_CUT=')}, or leave it out for ${defaultCutId}`,
    },
  };
}
