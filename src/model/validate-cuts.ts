/**
 * The checks of the cuts (slides/cuts.ts), part of the one way in (check-deck.ts): every
 * problem is located by the file, the cut and the field
 * (`slides/cuts.ts > short > skip[0]: …`).
 */
import type { Cut, Deck, Slide } from './authored.ts';
import { cutLength, defaultCutId } from './cut.ts';
import { checkExercise, exerciseMinutes, exerciseOf } from './exercise.ts';
import { limits, slideIdPattern } from './limits.ts';
import { locales } from './locales.ts';
import { contentFolder } from './resolve.ts';
import type { ContentError } from './validate.ts';

export const cutsFile = `${contentFolder}/cuts.ts`;

/** Minutes, said as people say them: `23.5`, `20`. */
function minutesText(minutes: number): string {
  return String(Number(minutes.toFixed(2)));
}

/** Every problem with the deck's cuts, given its slides in talk order. */
export function validateCuts(deck: Deck, slides: readonly Slide[]): ContentError[] {
  const errors: ContentError[] = [];
  const cuts: unknown = (deck as { cuts?: unknown }).cuts;
  if (cuts === null || typeof cuts !== 'object' || Array.isArray(cuts)) {
    errors.push({
      file: cutsFile,
      slide: '(cuts)',
      field: defaultCutId,
      message: `no cuts: export the cuts from ${cutsFile}, at least "${defaultCutId}" (every slide)`,
    });
    return errors;
  }
  if (!Object.hasOwn(cuts, defaultCutId)) {
    errors.push({
      file: cutsFile,
      slide: '(cuts)',
      field: defaultCutId,
      message: `no "${defaultCutId}" cut: declare it, it is the talk shown when nothing chooses a cut`,
    });
  }
  const byId = new Map(slides.map((slide) => [slide.id, slide]));
  for (const [id, cut] of Object.entries(cuts as Record<string, Cut>)) {
    const report = (field: string, message: string): void => {
      errors.push({ file: cutsFile, slide: id, field, message });
    };
    try {
      checkCut(id, cut, byId, slides, report);
    } catch (error) {
      report(
        '(cut)',
        `could not be checked (${error instanceof Error ? error.message : String(error)}): ` +
          'compare it with `Cut` in src/model/authored.ts',
      );
    }
  }
  return errors;
}

type Report = (field: string, message: string) => void;

function checkCut(
  id: string,
  cut: Cut,
  byId: ReadonlyMap<string, Slide>,
  slides: readonly Slide[],
  report: Report,
): void {
  if (!slideIdPattern.test(id)) {
    report(
      '(name)',
      `${JSON.stringify(id)} is not a cut name for ?cut= and DECK_CUT: use lower-case words joined by hyphens, such as "short"`,
    );
  }
  for (const locale of locales) {
    const name: unknown = (cut.name as unknown as Partial<Record<string, unknown>> | undefined)?.[
      locale
    ];
    if (typeof name !== 'string' || name.trim() === '') {
      report(
        `name.${locale}`,
        `missing name (${locale}): say what the cut is, such as "Korte versie"`,
      );
    }
  }
  const slot: unknown = cut.slotMinutes;
  const slotOk =
    typeof slot === 'number' &&
    Number.isFinite(slot) &&
    slot >= limits.minSlotMinutes &&
    slot <= limits.maxSlotMinutes;
  if (!slotOk) {
    report(
      'slotMinutes',
      `${JSON.stringify(slot)} is not an agenda slot: use minutes from ${limits.minSlotMinutes} to ${limits.maxSlotMinutes}`,
    );
  }
  const skip: unknown = cut.skip ?? [];
  if (!Array.isArray(skip)) {
    report('skip', 'not a list: give the ids of the slides the cut leaves out');
    return;
  }
  const seen = new Set<string>();
  skip.forEach((slideId: unknown, i) => {
    const field = `skip[${i}]`;
    if (typeof slideId !== 'string' || !byId.has(slideId)) {
      report(
        field,
        `${JSON.stringify(slideId)} is not a slide of the deck: use a slide's id, as written in slides/NN-*.ts`,
      );
    } else if (seen.has(slideId)) {
      report(field, `"${slideId}" is skipped twice: list it once`);
    }
    if (typeof slideId === 'string') seen.add(slideId);
  });
  if (slides.length > 0 && slides.every((slide) => seen.has(slide.id))) {
    report('skip', 'an empty cut: it skips every slide; keep at least the slides of its story');
  }
  for (const [slideId, exercise] of Object.entries(cut.exercises ?? {})) {
    const field = `exercises.${slideId}`;
    const slide = byId.get(slideId);
    const own = slide === undefined ? undefined : exerciseOf(slide);
    if (slide === undefined) {
      report(
        field,
        `"${slideId}" is not a slide of the deck: use the id of a slide with an exercise`,
      );
    } else if (seen.has(slideId)) {
      report(field, `"${slideId}" is skipped by this cut: drop its exercise or keep the slide`);
    } else if (own === undefined) {
      report(field, `"${slideId}" has no exercise to shorten: a cut only shortens a slide's own`);
    } else {
      const problems: [string, string][] = [];
      checkExercise(exercise, (at, message) => problems.push([at, message]), field);
      for (const [at, message] of problems) report(at, message);
      if (problems.length === 0 && exerciseMinutes(exercise) > exerciseMinutes(own)) {
        report(
          field,
          `${exerciseMinutes(exercise)} minutes, longer than the slide's own ${exerciseMinutes(own)}: a cut's exercise is shorter`,
        );
      }
    }
  }
  if (!slotOk || slides.some((slide) => !Number.isFinite(slide.minutes))) return;
  const length = cutLength(slides, cut);
  const low = slot * (1 - limits.slotTolerance);
  const high = slot * (1 + limits.slotTolerance);
  if (length.total < low || length.total > high) {
    report(
      'slotMinutes',
      `the ${id} cut takes ${minutesText(length.total)} minutes (${minutesText(length.spoken)} spoken + ` +
        `${minutesText(length.exercises)} exercise), its slot is ${minutesText(slot)}: ` +
        `within ${limits.slotTolerance * 100}% of the slot is ${minutesText(low)} to ${minutesText(high)}; ` +
        (length.total > high
          ? 'skip a slide, shorten an exercise or give the cut a longer slot'
          : 'keep more slides or give the cut a shorter slot'),
    );
  }
}
