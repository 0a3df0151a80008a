import {
  pictureKinds,
  pictureNames,
  slideKinds,
  type Deck,
  type DiagramSlide,
  type Locale,
  type Slide,
} from './authored.ts';
import { checkExercise, exerciseOf, minutesToSay, plannedMinutes } from './exercise.ts';
import { validateCuts } from './validate-cuts.ts';
import { validateEvent } from './validate-event.ts';
import { checkPoll } from './validate-poll.ts';
import { locales } from './locales.ts';
import { diagramNodeIdPattern, limits, slideIdPattern } from './limits.ts';
import { cueCount, spokenText, stepCueIn } from './notes-text.ts';
import { contentFolder } from './resolve.ts';
import { collectSteps, stepCountOf } from './steps.ts';
import { collectTexts, visibleWordCount, wordsOf } from './texts.ts';

/** One problem in the content, located well enough to fix without searching. */
export interface ContentError {
  /** The module under `slides/`, or `slides/index.ts` for the deck as a whole. */
  readonly file: string;
  /** The slide's id, or a stand-in such as `(deck)` or `slides[3]` when there is no id. */
  readonly slide: string;
  /** The field on the slide (`columns[1].items[2].text`). */
  readonly field: string;
  /** What is wrong and what is expected. */
  readonly message: string;
}

/** `slides/04-uitdaging.ts > training-versus-systemen > columns[1].items[2]: empty text (nl)` */
export function formatContentError(error: ContentError): string {
  return `${error.file} > ${error.slide} > ${error.field}: ${error.message}`;
}

/** Thrown when a deck does not validate; carries every problem, not just the first. */
export class ContentValidationError extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    super(
      `The slides have ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((error) => `  ${formatContentError(error)}`).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.errors = errors;
  }
}

const deckFile = `${contentFolder}/index.ts`;

/**
 * Checks the whole deck and returns every problem at once, in talk order. An empty list means
 * the deck can be resolved and rendered. It never throws, whatever the content holds: content
 * that escapes the compiler is reported, located, like any other problem. The diagram sources
 * are checked with Mermaid by `checkDeck` (check-deck.ts), the one way into a deck.
 */
export function validateDeck(deck: Deck): ContentError[] {
  const errors: ContentError[] = [];
  const firstUse = new Map<string, string>();
  const sections = Object.entries((deck as { sections?: unknown }).sections ?? {}) as [
    string,
    Deck['sections'][string],
  ][];
  if (sections.length === 0) {
    errors.push({
      file: deckFile,
      slide: '(deck)',
      field: 'sections',
      message: 'no sections: list the modules of slides/ in talk order',
    });
  }
  let totalMinutes = 0;
  const allSlides: Slide[] = [];
  for (const [fileName, section] of sections) {
    const file = `${contentFolder}/${fileName}`;
    const slides: unknown = section.slides;
    if (!isNonEmptyList(slides)) {
      errors.push({ file, slide: '(section)', field: 'slides', message: 'no slides in section' });
      continue;
    }
    section.slides.forEach((slide: Slide, position) => {
      const label =
        typeof slide.id === 'string' && slide.id !== '' ? slide.id : `slides[${position}]`;
      const report = (field: string, message: string): void => {
        errors.push({ file, slide: label, field, message });
      };
      try {
        checkSlide(slide, { firstUse, file, report });
      } catch (error) {
        // Content the checks could not even walk: say so, located, instead of crashing.
        report(
          '(slide)',
          `could not be checked (${error instanceof Error ? error.message : String(error)}): ` +
            'compare it with the fields its kind takes in src/model/authored.ts',
        );
      }
      allSlides.push(slide);
      try {
        const planned = plannedMinutes(slide);
        if (Number.isFinite(planned)) totalMinutes += planned;
      } catch {
        // A slide the checks could not walk is reported above.
      }
    });
  }
  if (
    sections.length > 0 &&
    (totalMinutes < limits.minTalkMinutes || totalMinutes > limits.maxTalkMinutes)
  ) {
    errors.push({
      file: deckFile,
      slide: '(deck)',
      field: 'minutes',
      message:
        `the slides add up to ${totalMinutes} minutes (spoken minutes and exercises); the full ` +
        `talk should take ${limits.minTalkMinutes} to ${limits.maxTalkMinutes}: ` +
        (totalMinutes > limits.maxTalkMinutes
          ? 'shorten notes or exercises, and make shorter versions as cuts (slides/cuts.ts)'
          : 'check that no section is missing and that the exercises have their time'),
    });
  }
  // Each cut is checked against the agenda slot it is made for (slides/cuts.ts).
  errors.push(...validateCuts(deck, allSlides));
  errors.push(...validateEvent((deck as { event?: unknown }).event));
  return errors;
}

type Report = (field: string, message: string) => void;

/** A list with something in it, said without narrowing the content's own types to `any`. */
function isNonEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function checkSlide(
  slide: Slide,
  where: { firstUse: Map<string, string>; file: string; report: Report },
): void {
  const { report } = where;
  checkId(slide, where.firstUse, where.file, report);
  if (!(slideKinds as readonly string[]).includes(slide.kind)) {
    report(
      'kind',
      `${JSON.stringify(slide.kind)} is not a slide kind: use one of ${slideKinds.join(', ')}`,
    );
  }
  checkTexts(slide, report);
  checkNotes(slide, report);
  if (checkMinutes(slide, report)) checkMinutesCoverNotes(slide, report);
  checkSteps(slide, report);
  checkStepOrder(slide, report);
  checkCues(slide, report);
  if (slide.kind === 'diagram') checkDiagram(slide, report);
  checkPicture(slide, report);
  checkPoll(slide, report);
  const exercise = exerciseOf(slide);
  if (exercise !== undefined) checkExercise(exercise, report);
  for (const locale of locales) {
    const words = visibleWordCount(slide, locale);
    if (words > limits.maxVisibleWords) {
      report(
        '(slide)',
        `${words} words on the slide (${locale}), at most ${limits.maxVisibleWords}: ` +
          'keep one idea on the slide and move the rest to the notes',
      );
    }
  }
}

function checkId(slide: Slide, firstUse: Map<string, string>, file: string, report: Report): void {
  if (typeof slide.id !== 'string' || !slideIdPattern.test(slide.id)) {
    report(
      'id',
      `${JSON.stringify(slide.id)} is not a readable id: use lower-case words joined by hyphens, ` +
        'such as "achter-de-bar"',
    );
    return;
  }
  const earlier = firstUse.get(slide.id);
  if (earlier !== undefined) {
    report('id', `duplicate id, also used in ${earlier}: ids are deep links and must be unique`);
  } else {
    firstUse.set(slide.id, file);
  }
}

function checkTexts(slide: Slide, report: Report): void {
  for (const { path, value } of collectTexts(slide)) {
    for (const locale of locales) {
      if (!(locale in value)) {
        report(
          path,
          `missing ${languageNames[locale]} text (${locale}): ${missingTextFix[locale]}`,
        );
      }
    }
    for (const [locale, string] of Object.entries(value)) {
      if (typeof string !== 'string') {
        report(path, `text (${locale}) is not a string`);
      } else if (string.trim() === '') {
        report(path, `empty text (${locale})`);
      }
    }
  }
}

const languageNames: Record<Locale, string> = { nl: 'Dutch', en: 'English' };
const missingTextFix: Record<Locale, string> = {
  nl: 'every string needs its nl version',
  en: 'every string needs its en version, the English edition',
};

/** The notes in one language, when they are a string with something in it. */
function notesIn(slide: Slide, locale: Locale): string | undefined {
  const notes = (slide as { notes?: Partial<Record<Locale, unknown>> }).notes;
  const text = notes?.[locale];
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** Words the presenter says in one language: the notes without cues and prompts. */
function spokenWords(slide: Slide, locale: Locale): number | undefined {
  const text = notesIn(slide, locale);
  return text === undefined ? undefined : wordsOf(spokenText(text)).length;
}

function checkNotes(slide: Slide, report: Report): void {
  if ((slide as { notes?: unknown }).notes === undefined) {
    report('notes', 'missing speaker notes: write what the presenter says on this slide');
    return;
  }
  // An exercise slide also tells the presenter how to run each phase.
  const most = exerciseOf(slide) === undefined ? limits.maxNoteWords : limits.maxExerciseNoteWords;
  for (const locale of locales) {
    const words = spokenWords(slide, locale);
    if (words === undefined) continue; // reported by checkTexts
    if (words < limits.minNoteWords || words > most) {
      report(
        'notes',
        `${words} spoken words of notes (${locale}), expected ${limits.minNoteWords} to ${most}: ` +
          'say one idea, and leave the rest to the slides around it',
      );
    }
  }
}

/** Whether the minutes are a usable number (so they can be compared with the notes). */
function checkMinutes(slide: Slide, report: Report): boolean {
  const minutes: unknown = (slide as { minutes?: unknown }).minutes;
  if (minutes === undefined) {
    report('minutes', 'missing time budget: give the minutes this slide takes');
    return false;
  }
  if (
    typeof minutes !== 'number' ||
    !Number.isFinite(minutes) ||
    minutes < limits.minMinutes ||
    minutes > limits.maxMinutes ||
    !Number.isInteger(minutes / limits.minuteStep)
  ) {
    report(
      'minutes',
      `${JSON.stringify(minutes)} is not a time budget: use quarters of a minute from ` +
        `${limits.minMinutes} to ${limits.maxMinutes}`,
    );
    return false;
  }
  return true;
}

/**
 * The honest clock: a slide's spoken minutes cover its notes, in the longer language, at a
 * calm rate. Otherwise the speaker view's pacing says "on time" while the talk overruns.
 */
function checkMinutesCoverNotes(slide: Slide, report: Report): void {
  let longest: { words: number; locale: Locale } | undefined;
  for (const locale of locales) {
    const words = spokenWords(slide, locale);
    if (words !== undefined && (longest === undefined || words > longest.words)) {
      longest = { words, locale };
    }
  }
  if (longest === undefined) return;
  const needed = minutesToSay(longest.words);
  if (slide.minutes < needed) {
    report(
      'minutes',
      `${slide.minutes} min is too short for ${longest.words} spoken words (${longest.locale}) ` +
        `at ${limits.wordsPerMinute} a minute: give at least ${needed}`,
    );
  }
}

/**
 * One cue per step, in each language, so the speaker view can mark the part of the notes for
 * the step on screen. Strict about the word: Dutch notes cue with `[klik]`, English notes with
 * `[click]`; the other language's cue is a mistake from copying, and is named as one.
 */
function checkCues(slide: Slide, report: Report): void {
  let steps: number;
  try {
    steps = stepCountOf(slide);
  } catch {
    return; // a slide whose steps cannot be walked is reported by checkSteps
  }
  for (const locale of locales) {
    const text = notesIn(slide, locale);
    if (text === undefined) continue;
    const cue = stepCueIn[locale];
    const cues = cueCount(text, cue);
    const field = `notes (${locale})`;
    for (const other of locales) {
      const foreign = stepCueIn[other];
      if (other !== locale && cueCount(text, foreign) > 0) {
        report(
          field,
          `${foreign} is the ${languageNames[other]} cue: write ${cue} in the ` +
            `${languageNames[locale]} notes`,
        );
      }
    }
    if (cues !== steps) {
      report(
        field,
        `${steps} step${steps === 1 ? '' : 's'}, ${cues} cue${cues === 1 ? '' : 's'}: ` +
          `put one ${cue} where each step comes in (only ${cue} counts in the ` +
          `${languageNames[locale]} notes)`,
      );
    }
  }
}

function checkSteps(slide: Slide, report: Report): void {
  const uses = collectSteps(slide);
  const valid = new Set<number>();
  for (const { step, path } of uses) {
    if (!Number.isInteger(step) || step < 1) {
      report(path, `step ${String(step)} is not a whole number from 1`);
    } else {
      valid.add(step);
    }
  }
  const highest = Math.max(0, ...valid);
  const missing: number[] = [];
  for (let step = 1; step <= highest; step++) {
    if (!valid.has(step)) missing.push(step);
  }
  if (missing.length > 0) {
    report(
      'step',
      `steps must run 1, 2, 3 ... without gaps; missing ${missing.join(', ')} ` +
        `(steps used: ${[...valid].sort((a, b) => a - b).join(', ')})`,
    );
  }
}

/**
 * Steps follow the reading order: in a list (items, lines, cards, columns) a later entry never
 * has an earlier step, and nothing inside a stepped column comes before its column. Otherwise
 * the slide reveals, say, its third row first.
 */
function checkStepOrder(slide: Slide, report: Report): void {
  const visit = (value: unknown, path: string, floor: number): void => {
    if (Array.isArray(value)) {
      let previous: { step: number; path: string } | undefined;
      value.forEach((item, i) => {
        const itemPath = `${path}[${i}]`;
        const step = stepOf(item);
        if (step !== undefined) {
          if (previous !== undefined && step < previous.step) {
            report(
              `${itemPath}.step`,
              `step ${step} comes after step ${previous.step} (${previous.path}): ` +
                'number the steps in the order the entries appear on the slide',
            );
          }
          if (step < floor) {
            report(
              `${itemPath}.step`,
              `step ${step} is before its column appears (step ${floor}): give it ${floor} or later`,
            );
          }
          previous = { step, path: `${itemPath}.step` };
        }
        visit(item, itemPath, Math.max(floor, step ?? 0));
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key !== 'diagram') visit(child, path === '' ? key : `${path}.${key}`, floor);
      }
    }
  };
  visit(slide, '', 0);
}

function stepOf(value: unknown): number | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const step = (value as { step?: unknown }).step;
  return typeof step === 'number' && Number.isInteger(step) ? step : undefined;
}

/**
 * A picture is one of the deck's drawings (`src/pictures/`), on a slide kind that has room for
 * it. The compiler says the same; this catches content that escapes it (a cast, a typo in
 * JavaScript), located, instead of a slide that silently shows nothing.
 */
function checkPicture(slide: Slide, report: Report): void {
  if (!('picture' in slide)) return;
  const picture: unknown = slide.picture;
  if (picture === undefined) return;
  if (!(pictureKinds as readonly string[]).includes(slide.kind)) {
    report(
      'picture',
      `a ${slide.kind} slide has no room for a picture: only ${pictureKinds.join(', ')} ` +
        'slides take one',
    );
  } else if (!(pictureNames as readonly unknown[]).includes(picture)) {
    report(
      'picture',
      `${JSON.stringify(picture)} is not a picture: use one of ${pictureNames.join(', ')} ` +
        '(drawn in src/pictures/)',
    );
  }
}

/**
 * What can be checked of a diagram without Mermaid: its id, its steps, its one-line text
 * alternatives. `src/diagrams/validate-sources.ts` checks the source itself with Mermaid.
 */
function checkDiagram(slide: DiagramSlide, report: Report): void {
  const { diagram } = slide;
  if (!slideIdPattern.test(diagram.id)) {
    report(
      'diagram.id',
      `${JSON.stringify(diagram.id)} is not a file name such as "twee-bewegingen"`,
    );
  }
  for (const field of ['title', 'description'] as const) {
    if (/\n/.test(diagram[field].nl)) {
      report(`diagram.${field}`, 'must be one line: Mermaid reads it as accTitle/accDescr');
    }
  }
  if (diagram.steps.length > limits.maxDiagramSteps) {
    report(
      'diagram.steps',
      `${diagram.steps.length} steps, at most ${limits.maxDiagramSteps}: merge steps or split the diagram`,
    );
  }
  const stepOf = new Map<string, number>();
  diagram.steps.forEach((step, i) => {
    if (step.nodes.length === 0) {
      report(`diagram.steps[${i}].nodes`, 'a step must reveal at least one node');
    }
    step.nodes.forEach((node, j) => {
      const field = `diagram.steps[${i}].nodes[${j}]`;
      if (!diagramNodeIdPattern.test(node)) {
        report(field, `${JSON.stringify(node)} is not a node id: use letters and digits only`);
      }
      const earlier = stepOf.get(node);
      if (earlier !== undefined) {
        report(field, `node "${node}" is already revealed at step ${earlier + 1}`);
      } else {
        stepOf.set(node, i);
      }
    });
  });
}
