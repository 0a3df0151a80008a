/**
 * The room's outcome on the deck's own slides (ARCHITECTURE.md, What the room leaves behind):
 * in the reader and the print view, the board as the room left it (its markers and their
 * spread, read-only) and the closing question's counts and texts. Drawn with the live
 * screen's own drawing (src/room/results-view.ts), so the PDF shows what the room saw.
 *
 * Loaded only where an outcome is there to show (src/reader/reader-view.ts,
 * src/deck/start-slides.ts), so the slides' first script never carries the schema.
 */
import './outcome-view.css';
import type { Locale } from '../model/authored.ts';
import { localeTags } from '../model/locales.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { textIn } from '../model/texts.ts';
import type { Dispose } from '../deck/lifetime.ts';
import { domNames, slideSection } from '../render/dom-names.ts';
import { fillIn } from '../render/ui-text.ts';
import { decodeOutcome, outcomeProblemLine, parseOutcomeJson } from './outcome-link.ts';
import { outcomeText } from './outcome-text.ts';
import type { RoomOutcome } from './outcome.ts';
import type { PollEntry } from './protocol.ts';
import { drawBoardResults, drawPollResults } from './results-view.ts';
import { boardResultsText, pollResultsText } from './room-text.ts';
import { element } from '../render/element.ts';

/** Where an outcome may come from; the link wins (a shared link shows what it was shared with). */
export interface OutcomeSources {
  /** `?outcome=` as the address parser kept it (DeckAddress.outcome). */
  readonly linked: string | undefined;
  /** The presenter's stored outcome (storageKeys.roomOutcome), as JSON. */
  readonly stored: string | null;
  readonly warn: (message: string) => void;
}

/**
 * The outcome to show: the link's, else the stored one, else none. A source that cannot be
 * read is said in one line and passed over.
 */
export function chooseOutcome(sources: OutcomeSources): RoomOutcome | undefined {
  if (sources.linked !== undefined) {
    const read = decodeOutcome(sources.linked);
    if (read.ok) return read.outcome;
    sources.warn(outcomeProblemLine(read));
  }
  if (sources.stored !== null) {
    const read = parseOutcomeJson(sources.stored);
    if (read.ok) return read.outcome;
    sources.warn(
      `The room's outcome in local storage could not be read${read.field === undefined ? '' : ` at ${read.field}`}: ${read.problem}; showing the deck without it.`,
    );
  }
  return undefined;
}

/** The boards of `deck` the outcome has markers for: they show the room's picture. */
export function outcomeBoards(deck: ResolvedDeck, outcome: RoomOutcome): Set<string> {
  const ids = new Set(deck.slides.map((entry) => entry.slide.id));
  return new Set(
    outcome.boards
      .filter((board) => board.entries.length > 0 && ids.has(board.id))
      .map((board) => board.id),
  );
}

/**
 * How many lines of the slide the texts may fill beside the bars (the right half of the
 * question's column at 24 design pixels, outcome-view.css: about 36 characters a line, 11 lines
 * under the heading).
 */
const slideTextLines = 11;
const slideLineChars = 36;

/**
 * How many of `entries`' texts the slide shows: the first ones, in the order the phones joined,
 * while they fit the slide's lines (each takes its own lines and one for its choice). The rest
 * are counted under them; the reader and the handout show every one.
 */
export function textsOnSlide(entries: readonly PollEntry[]): number {
  const texts = [...entries]
    .sort((a, b) => a.n - b.n)
    .map((entry) => entry.text.trim())
    .filter((text) => text !== '');
  let lines = 0;
  let shown = 0;
  for (const text of texts) {
    lines += Math.ceil(text.length / slideLineChars) + 1;
    if (lines > slideTextLines) break;
    shown += 1;
  }
  return shown;
}

/** The entries with only the first `keep` texts (by the phones' numbers), the rest blank. */
function withFirstTexts(entries: readonly PollEntry[], keep: number): PollEntry[] {
  const kept = new Set(
    [...entries]
      .filter((entry) => entry.text.trim() !== '')
      .sort((a, b) => a.n - b.n)
      .slice(0, keep)
      .map((entry) => entry.n),
  );
  return entries.map((entry) => (kept.has(entry.n) ? entry : { ...entry, text: '' }));
}

/**
 * Draws the outcome on the rendered slides under `root`: every board it has markers for (the
 * board itself shown by mountWidgets with `outcomeBoards`), and every poll it has answers for.
 * With `allTexts` (the reader), the poll's slide is followed by every text at reading size.
 * Returns a function that takes it all away again.
 */
export function drawOutcome(
  root: ParentNode,
  deck: ResolvedDeck,
  locale: Locale,
  outcome: RoomOutcome,
  options: { readonly allTexts: boolean },
): Dispose {
  const undo: Dispose[] = [];
  const date = new Intl.DateTimeFormat(localeTags[locale].intl, { dateStyle: 'long' }).format(
    outcome.at,
  );
  for (const { slide } of deck.slides) {
    const section = slideSection(root, slide.id);
    if (section === null) continue;
    if (slide.kind === 'matrix') {
      const entries = outcome.boards.find((board) => board.id === slide.id)?.entries ?? [];
      const board = section.querySelector<HTMLElement>(domNames.matrixPlane)?.parentElement;
      if (entries.length === 0 || board === null || board === undefined) continue;
      const layer = element('div', 'room-outcome-board');
      board.append(layer);
      drawBoardResults(layer, entries, boardResultsText(slide, locale));
      const count = section.querySelector<HTMLElement>(domNames.matrixCount);
      const countBefore = count?.textContent ?? '';
      if (count !== null) {
        count.textContent = fillIn(textIn(outcomeText.boardCount, locale), {
          n: entries.length,
          date,
        });
      }
      section.classList.add('has-room-outcome');
      undo.push(() => {
        layer.remove();
        if (count !== null) count.textContent = countBefore;
        section.classList.remove('has-room-outcome');
      });
    }
    if (slide.kind === 'question') {
      const text = pollResultsText(slide, locale);
      const entries = outcome.polls.find((poll) => poll.id === slide.id)?.entries ?? [];
      const block = section.querySelector<HTMLElement>(domNames.poll);
      if (text === undefined || entries.length === 0 || block === null) continue;
      const lettered = [...block.childNodes];
      const shown = textsOnSlide(entries);
      const total = entries.filter((entry) => entry.text.trim() !== '').length;
      // On the slide: every count, and the texts that fit; the phones' words as text only.
      drawPollResults(block, withFirstTexts(entries, shown), text, {
        parts: total > 0 ? 'both' : 'counts',
      });
      if (shown < total) {
        block
          .querySelector('.room-texts')
          ?.append(
            element(
              'p',
              'room-outcome-more',
              fillIn(
                textIn(
                  options.allTexts ? outcomeText.moreTextsBelow : outcomeText.moreTexts,
                  locale,
                ),
                { n: total - shown },
              ),
            ),
          );
      }
      section.classList.add('has-room-outcome');
      let below: HTMLElement | undefined;
      if (options.allTexts && total > 0) {
        // The reader: every text under the slide, at the page's reading size.
        below = element('div', 'room-outcome-texts');
        drawPollResults(below, entries, text, { parts: 'texts' });
        section.querySelector(domNames.slideFrame)?.after(below);
      }
      undo.push(() => {
        below?.remove();
        block.classList.remove('room-results-poll');
        block.replaceChildren(...lettered);
        section.classList.remove('has-room-outcome');
      });
    }
  }
  return () => {
    for (const step of undo.reverse()) step();
  };
}
