/**
 * The deck's address, read once. Everything the deck takes from its URL (which view, which
 * language, print options, the deck window a speaker view drives, the boards' markers, the
 * room's outcome, the slide in the hash) comes from `parseAddress`, and every link the deck makes is built from
 * the same names in `links.ts`. Pure: only `URL` and `URLSearchParams`, no DOM and no
 * `window`, so Node's unit tests reach all of it.
 *
 * Nothing in an address is trusted. What cannot be used is left out and reported in
 * `problems`, one short line each that says what was wrong, what was done instead and which
 * values work; the caller decides where to show them (the console, a notice).
 */
import type { Locale } from '../model/authored.ts';
import { slideIdPattern } from '../model/limits.ts';
import { isLocale, locales } from '../model/locales.ts';
import { readBoards } from './boards.ts';
import { joinParameter, readJoin, type JoinRequest } from './join-param.ts';
import { maxOutcomeParamLength, outcomeParam, outcomeValuePattern } from './outcome-param.ts';
import { asParameter, quoted } from './problem-text.ts';

export { maxBoardParamLength } from './boards.ts';
export type { JoinRequest } from './join-param.ts';

/**
 * What the page shows: the slide show; the speaker view (`?view=speaker`); the reader, the
 * talk as one scrolling page (`?view=scroll`, or a phone); reveal's print pages
 * (`?print-pdf`); one of the speaker view's previews (`?receiver`), slides and nothing else; or
 * the phones' page for joining a room (`?join=K7QF2M`, src/room/join-page.ts).
 */
export type DeckView = 'slides' | 'speaker' | 'reader' | 'print' | 'preview' | 'join';

/** Screens this narrow get the reader instead of the slide show: phones, in either hold. */
export const readerMaxWidth = 600;

/**
 * A deck window's id in `?deck=`: letters and digits, long enough not to repeat among the
 * tabs of one browser, short enough to read in an address.
 */
export const deckWindowPattern = /^[a-z0-9]{4,32}$/i;

/** Whether `value` can name a deck window (`?deck=`). */
export function isDeckWindowId(value: string): boolean {
  return deckWindowPattern.test(value);
}

/** A place in the deck, as the hash names it: `#/achter-de-bar` or `#/twee-bewegingen/2`. */
export interface SlideTarget {
  readonly slideId: string;
  /**
   * The step as reveal.js writes it in the hash: its fragment index, counted from 0, so
   * `#/id/0` is the slide with its first step shown and `#/id` the slide before any step.
   */
  readonly step: number | undefined;
}

/** The print options; both false outside the print view. */
export interface PrintOptions {
  /** One page per step (`&steps`) instead of one per slide at its final step. */
  readonly steps: boolean;
  /** Open the browser's print dialog once the pages are ready (`&dialog`, set by the P key). */
  readonly dialog: boolean;
}

/** The deck's address as the deck uses it; see `parseAddress`. */
export interface DeckAddress {
  readonly view: DeckView;
  /** The language the address asks for: a valid `?lang=` only (see `chooseLocale`). */
  readonly locale: Locale | undefined;
  readonly print: PrintOptions;
  /**
   * The deck window a speaker view drives (`?deck=<id>`), read whatever the view; undefined
   * when absent or not a valid id.
   */
  readonly deckWindow: string | undefined;
  /** The raw value of every board parameter (`?matrix-<boardId>=…`), by board id. */
  readonly boards: ReadonlyMap<string, string>;
  /**
   * The cut to show (`?cut=short`, src/model/cut.ts): one the deck declares, or the deck's
   * default (DECK_CUT, else `full`) when the address names none or one it does not have.
   */
  readonly cut: string;
  /**
   * The room's outcome in the address (`?outcome=`, src/room/outcome-link.ts), as the raw
   * base64url value, bounded; the views that show it decode and validate it (and say in the
   * console when it cannot be read), so the schema loads only where an outcome is shown.
   */
  readonly outcome: string | undefined;
  /** The slide in the hash; undefined for none (`#/` or no hash) or one that cannot be read. */
  readonly target: SlideTarget | undefined;
  /** The room a phone asks to join (`?join=`), read whatever the view; see join-param.ts. */
  readonly join: JoinRequest | undefined;
  /** One readable line per thing in the address that was ignored or corrected. */
  readonly problems: readonly string[];
}

const noPrint: PrintOptions = { steps: false, dialog: false };

/** The cuts a deck declares, for reading `?cut=`: their names, and the one shown without it. */
export interface CutChoice {
  readonly names: readonly string[];
  readonly fallback: string;
}

/** A deck with one cut, `full`: what an address is read against when none is given. */
export const onlyFullCut: CutChoice = { names: ['full'], fallback: 'full' };

/** How each view is named in a problem that says what the page shows instead. */
const viewShown: Readonly<Record<DeckView, string>> = {
  slides: 'showing the slides',
  reader: 'showing the reader, as on any narrow screen',
  speaker: 'showing the speaker view',
  print: 'showing the print pages',
  preview: "showing the speaker view's preview",
  join: "showing the phones' page for joining the room",
};

/**
 * The view, in this order: reveal's print view wins (its own test, `/print-pdf/i` on the
 * whole query, so the print layout and this agree); then a speaker view's preview, which must
 * show slides whatever else its address says; then the view asked for; then the reader on a
 * phone-width screen and the slides elsewhere.
 */
function viewOf(search: string, query: URLSearchParams, viewportWidth: number): DeckView {
  if (/print-pdf/i.test(search)) return 'print';
  if (query.has('receiver')) return 'preview';
  // A phone that scanned the join card: whatever else the link says, it gets the join page.
  if (query.has(joinParameter)) return 'join';
  const asked = query.get('view');
  if (asked === 'speaker') return 'speaker';
  if (asked === 'scroll') return 'reader';
  if (asked === 'slides') return 'slides';
  return viewportWidth <= readerMaxWidth ? 'reader' : 'slides';
}

const knownViews: readonly string[] = ['slides', 'scroll', 'speaker'];

type Read<T> = { readonly value: T; readonly problem?: string };

function readView(search: string, query: URLSearchParams, viewportWidth: number): Read<DeckView> {
  const view = viewOf(search, query, viewportWidth);
  const asked = query.get('view');
  if (asked === null || knownViews.includes(asked)) return { value: view };
  return {
    value: view,
    problem: `Unknown view ${quoted(asked)} in the address (${asParameter('view', asked)}); ${viewShown[view]}. Use view=slides, view=scroll or view=speaker.`,
  };
}

function readLocale(query: URLSearchParams): Read<Locale | undefined> {
  const asked = query.get('lang');
  if (asked === null || isLocale(asked)) return { value: asked ?? undefined };
  const valid = locales.map((locale) => `lang=${locale}`).join(' or ');
  return {
    value: undefined,
    problem: `Unknown language ${quoted(asked)} in the address (${asParameter('lang', asked)}); showing the language chosen before, or Dutch. Use ${valid}.`,
  };
}

function readDeckWindow(query: URLSearchParams): Read<string | undefined> {
  const asked = query.get('deck');
  if (asked === null) return { value: undefined };
  if (isDeckWindowId(asked)) return { value: asked };
  return {
    value: undefined,
    problem: `Unknown deck window ${quoted(asked)} in the address (${asParameter('deck', asked)}); ignored it. Use 4 to 32 letters or digits, as the deck's S key writes them (deck=k3v9x2m7qa).`,
  };
}

function readCut(query: URLSearchParams, choice: CutChoice): Read<string> {
  const asked = query.get('cut');
  if (asked === null || asked === choice.fallback) return { value: choice.fallback };
  if (choice.names.includes(asked)) return { value: asked };
  const valid = choice.names.map((name) => `cut=${name}`).join(' or ');
  return {
    value: choice.fallback,
    problem: `Unknown cut ${quoted(asked)} in the address (${asParameter('cut', asked)}); showing the ${choice.fallback} cut. Use ${valid}.`,
  };
}

/**
 * The room's outcome (`?outcome=`): only a value the deck could have written, base64url and
 * at most `maxOutcomeParamLength` characters; anything else is left out with one short line.
 */
function readOutcome(query: URLSearchParams): Read<string | undefined> {
  const asked = query.get(outcomeParam);
  if (asked === null) return { value: undefined };
  if (asked.length <= maxOutcomeParamLength && outcomeValuePattern.test(asked)) {
    return { value: asked };
  }
  const why =
    asked.length > maxOutcomeParamLength
      ? `is over ${maxOutcomeParamLength} characters (${asked.length})`
      : 'is not the base64url text the deck writes';
  return {
    value: undefined,
    problem: `The room's outcome in the address (${asParameter(outcomeParam, asked)}) ${why}; showing the deck without it. Use the link the speaker view's Outcome panel copies.`,
  };
}

/**
 * The slide in the hash. Only the form the deck writes is read: a slide id, and reveal's
 * fragment index after it. An empty hash or `#/` names no slide and is no problem.
 */
function readTarget(hash: string): Read<SlideTarget | undefined> {
  if (hash === '' || hash === '#/') return { value: undefined };
  const [slideId = '', step, ...rest] = hash.startsWith('#/') ? hash.slice(2).split('/') : [];
  const stepNumber = step === undefined ? undefined : /^\d+$/.test(step) ? Number(step) : NaN;
  if (
    slideIdPattern.test(slideId) &&
    rest.length === 0 &&
    (stepNumber === undefined || Number.isSafeInteger(stepNumber))
  ) {
    return { value: { slideId, step: stepNumber } };
  }
  return {
    value: undefined,
    problem: `Unknown slide ${quoted(hash)} in the address; ignored it, so the deck opens at its start. Use #/<slide-id> or #/<slide-id>/<step>, the id in lower-case words joined by hyphens.`,
  };
}

/**
 * Reads the deck's address once.
 *
 * @param href The page's full address (`window.location.href`); must be absolute.
 * @param viewportWidth The screen's width in CSS pixels: without a known `?view=`, a screen
 *   of at most `readerMaxWidth` gets the reader.
 * @param cuts The cuts the deck declares (slides/cuts.ts) and its default, for `?cut=`.
 * @returns The view and options the address asks for, with a problem for everything in it
 *   that could not be used. `?view=slides` forces the slides at any width.
 */
export function parseAddress(
  href: string,
  viewportWidth: number,
  cuts: CutChoice = onlyFullCut,
): DeckAddress {
  const url = new URL(href);
  const query = url.searchParams;
  const view = readView(url.search, query, viewportWidth);
  const locale = readLocale(query);
  const deckWindow = readDeckWindow(query);
  const boards = readBoards(query);
  const cut = readCut(query, cuts);
  const outcome = readOutcome(query);
  const target = readTarget(url.hash);
  const join = readJoin(query);
  const problems = [
    view.problem,
    locale.problem,
    deckWindow.problem,
    ...boards.problems,
    cut.problem,
    outcome.problem,
    target.problem,
    join.problem,
  ].filter((problem) => problem !== undefined);
  return {
    view: view.value,
    locale: locale.value,
    print:
      view.value === 'print' ? { steps: query.has('steps'), dialog: query.has('dialog') } : noPrint,
    deckWindow: deckWindow.value,
    boards: boards.boards,
    cut: cut.value,
    outcome: outcome.value,
    target: target.value,
    join: join.value,
    problems,
  };
}
