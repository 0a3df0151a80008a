/**
 * Every link the deck makes, built from the current address. Each builder takes the page's
 * full address (`window.location.href`) and returns an absolute one: the same origin and
 * folder, so the deck works from a sub-path (`/deck/`), with exactly the parameters the target
 * view needs. Commas stay readable (`25x70,60x40`, not `%2C`), and flags are written without
 * `=` (`?print-pdf&dialog`), as people and reveal.js write them.
 */
import { sourceLocale, type Locale } from '../model/authored.ts';
import { slideIdPattern } from '../model/limits.ts';
import { isDeckWindowId } from './address.ts';
import { boardParam, isBoardId, readBoards } from './boards.ts';
import { joinParameter } from './join-param.ts';
import { maxOutcomeParamLength, outcomeParam, outcomeValuePattern } from './outcome-param.ts';
import { readQuery, withParam, withoutParam, writeQuery, type QueryParam } from './query.ts';

/** `href` with its query replaced by `params` and its hash by `hash` (`''` for none). */
function linkTo(href: string, params: readonly QueryParam[], hash: string): string {
  const url = new URL(href);
  url.search = writeQuery(params);
  url.hash = hash;
  return url.toString();
}

/**
 * The board parameters of `href` that its parse keeps, so a shared picture survives a change
 * of view; values the address would reject are not passed on.
 */
function boardParamsOf(href: string): QueryParam[] {
  const { boards } = readBoards(new URL(href).searchParams);
  return [...boards].map(([boardId, value]): QueryParam => [boardParam(boardId), value]);
}

/**
 * The room's outcome in `href` (`?outcome=`), so the reader and the print pages opened from a
 * shared outcome link show it too; only a value the address would keep is passed on.
 */
function outcomeParamOf(href: string): QueryParam[] {
  const value = new URL(href).searchParams.get(outcomeParam);
  return value !== null && value.length <= maxOutcomeParamLength && outcomeValuePattern.test(value)
    ? [[outcomeParam, value]]
    : [];
}

/**
 * The cut of `href` (`?cut=short`), so every view a link opens shows the same cut: a speaker
 * view's counts and timer, its previews, the reader and the print pages follow the deck's.
 * Only a name that could be a cut is passed on; the target view checks it against the deck.
 */
function cutParamOf(href: string): QueryParam[] {
  const cut = new URL(href).searchParams.get('cut');
  return cut !== null && slideIdPattern.test(cut) ? [['cut', cut]] : [];
}

/**
 * The hash for a place in the deck: `#/achter-de-bar`, or `#/twee-bewegingen/2` with a step.
 * The step is reveal.js's fragment index, as its `getIndices().f` gives it and as reveal
 * writes it into the hash: counted from 0 (`/0` is the first step shown), and -1 or undefined
 * before the first step, when it is left out. Reveal reads the hash back the same way.
 */
export function slideHash(slideId: string, step?: number): string {
  const id = encodeURIComponent(slideId);
  return step === undefined || !Number.isInteger(step) || step < 0 ? `#/${id}` : `#/${id}/${step}`;
}

/**
 * The speaker view for one deck window: `?view=speaker&lang=<locale>&deck=<id>` and the cut,
 * no hash.
 *
 * @throws {RangeError} when `deckWindow` is not a valid deck window id (the address would
 *   drop it); check an id read from storage with `isDeckWindowId` first.
 */
export function speakerViewLink(
  href: string,
  options: { readonly locale: Locale; readonly deckWindow: string },
): string {
  if (!isDeckWindowId(options.deckWindow)) {
    throw new RangeError(
      `Not a deck window id: ${JSON.stringify(options.deckWindow.slice(0, 40))}; use newDeckWindowId().`,
    );
  }
  return linkTo(
    href,
    [
      ['view', 'speaker'],
      ['lang', options.locale],
      ['deck', options.deckWindow],
      ...cutParamOf(href),
    ],
    '',
  );
}

/**
 * A speaker view's preview frame: `?receiver&view=slides&lang=<locale>` and the cut, no hash (the speaker
 * view moves it with reveal's API). `receiver` is reveal's own name for its previews.
 */
export function previewLink(href: string, locale: Locale): string {
  return linkTo(
    href,
    [['receiver', null], ['view', 'slides'], ['lang', locale], ...cutParamOf(href)],
    '',
  );
}

/**
 * The reader, open at the slide on screen: `?view=scroll&lang=<locale>`, the cut, the boards'
 * markers, the room's outcome and the current hash.
 */
export function readerLink(href: string, locale: Locale): string {
  const params: QueryParam[] = [
    ['view', 'scroll'],
    ['lang', locale],
    ...cutParamOf(href),
    ...boardParamsOf(href),
    ...outcomeParamOf(href),
  ];
  return linkTo(href, params, new URL(href).hash);
}

/**
 * The print pages: `?print-pdf` with `&steps` (a page per step) and `&dialog` (open the print
 * dialog) when asked, `&lang=<locale>`, the cut, the boards' markers and the room's outcome, so
 * the board prints as it stands (or as the room left it). No hash: the print view shows every slide.
 */
export function printLink(
  href: string,
  options: { readonly locale: Locale; readonly steps: boolean; readonly dialog: boolean },
): string {
  const params: QueryParam[] = [['print-pdf', null]];
  if (options.steps) params.push(['steps', null]);
  if (options.dialog) params.push(['dialog', null]);
  params.push(
    ['lang', options.locale],
    ...cutParamOf(href),
    ...boardParamsOf(href),
    ...outcomeParamOf(href),
  );
  return linkTo(href, params, '');
}

/**
 * This page in another language: every parameter kept, `lang` set, and the hash of `target`
 * (see `slideHash`) or, without one, the current hash.
 */
export function localeLink(
  href: string,
  locale: Locale,
  target?: { readonly slideId: string; readonly step?: number | undefined },
): string {
  const url = new URL(href);
  const params = withParam(readQuery(url.search), 'lang', locale);
  const hash = target === undefined ? url.hash : slideHash(target.slideId, target.step);
  return linkTo(href, params, hash);
}

/**
 * This page with a board's markers in it (`matrix-<boardId>=25x70,60x40`), or without the
 * parameter for an empty board; everything else, the hash included, stays.
 *
 * @throws {RangeError} when `boardId` is not a board id (the address would drop it).
 */
export function boardLink(href: string, boardId: string, serialized: string): string {
  if (!isBoardId(boardId)) {
    throw new RangeError(
      `Not a board id: ${JSON.stringify(boardId.slice(0, 40))}; use the board slide's id.`,
    );
  }
  const url = new URL(href);
  const params = readQuery(url.search);
  const name = boardParam(boardId);
  return linkTo(
    href,
    serialized === '' ? withoutParam(params, name) : withParam(params, name, serialized),
    url.hash,
  );
}

/**
 * The phones' join page for a room: the deck's folder with `?join=<code>`, and `&lang=<locale>`
 * for a deck in another language than the source's (so the phone speaks the deck's language),
 * and the cut when the presenter's address names one; nothing else: the QR code stays small.
 * `base` is this page's address, or the address the room server knows phones reach the deck on
 * (its `joinUrl`, src/room/protocol.ts).
 */
export function joinLink(base: string, code: string, locale: Locale, cut?: string): string {
  const params: QueryParam[] = [[joinParameter, code]];
  if (locale !== sourceLocale) params.push(['lang', locale]);
  // The presenter's cut when the address named one, so the phone finds every round's slide.
  if (cut !== undefined && slideIdPattern.test(cut)) params.push(['cut', cut]);
  return linkTo(base, params, '');
}
