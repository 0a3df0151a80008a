/**
 * Draws a room's results into the page: on a board, the markers of the room, numbered and
 * read-only, with the spread on each axis; for a poll, a bar per option with its count and,
 * when asked, the free texts. The live screen draws them after the presenter's reveal, the
 * phones once revealed, and the reader and the print from the outcome (src/room/outcome.ts).
 *
 * Every word that came from a phone is set with `textContent`, never as markup: a text like
 * `<img src=x onerror=…>` shows as those characters. The numbers come from src/room/results.ts.
 */
import './results-view.css';
import type { QuadrantName } from '../widgets/matrix/matrix-state.ts';
import { quadrantOf } from '../widgets/matrix/matrix-state.ts';
import { fillIn } from '../render/ui-text.ts';
import type { BoardEntry, PollEntry } from './protocol.ts';
import { barShares, boardSpread, pollTally, pollTexts, type BoardSpread } from './results.ts';
import { element } from '../render/element.ts';

/** The words a board's results need, in the deck's language. */
export interface BoardResultsText {
  /** A marker's spoken name: `Marker {n}: {where}`. */
  readonly marker: string;
  /** The quadrants' titles, for the markers' spoken names. */
  readonly quadrants: Readonly<Record<QuadrantName, string>>;
  /** The spread, spoken: `{axis}: from {min} to {max} percent`. */
  readonly spread: string;
  readonly externalAxis: string;
  readonly internalAxis: string;
  /** The marker of this phone, for its spoken name: `{name} (yours)`. */
  readonly yours: string;
}

/** The words a poll's results need, in the deck's language. */
export interface PollResultsText {
  /** Each option's label, by option id, in the slide's order. */
  readonly options: readonly { readonly id: string; readonly label: string }[];
  /** An option's count, spoken and shown: `{n} of {total}`. */
  readonly count: string;
  /** The heading over the free texts. */
  readonly textsHeading: string;
  /** Said when the texts are asked for but nobody wrote one. */
  readonly noTexts: string;
}

/** The spread in words, for screen readers and the console: one line per axis. */
export function spreadSentence(spread: BoardSpread, text: BoardResultsText): string {
  return [
    fillIn(text.spread, { axis: text.externalAxis, min: spread.x.min, max: spread.x.max }),
    fillIn(text.spread, { axis: text.internalAxis, min: spread.y.min, max: spread.y.max }),
  ].join('. ');
}

/**
 * Draws the room's markers and their spread into `layer`, an element laid exactly over the
 * board's plane (0 to 100 percent of its width and height). The layer takes no pointer events:
 * the board under it stays what it was. `mine` marks a phone's own marker.
 */
export function drawBoardResults(
  layer: HTMLElement,
  entries: readonly BoardEntry[],
  text: BoardResultsText,
  options: { readonly mine?: number | undefined } = {},
): void {
  layer.classList.add('room-results-board');
  const spread = boardSpread(entries);
  const parts: HTMLElement[] = [];
  if (spread !== undefined) {
    // A band on each axis, in the axis's colour, from the lowest marker to the highest.
    const x = element('span', 'room-spread room-spread-x');
    x.style.left = `${spread.x.min}%`;
    x.style.width = `${spread.x.max - spread.x.min}%`;
    const y = element('span', 'room-spread room-spread-y');
    y.style.bottom = `${spread.y.min}%`;
    y.style.height = `${spread.y.max - spread.y.min}%`;
    const said = element('span', 'room-visually-hidden', spreadSentence(spread, text));
    parts.push(x, y, said);
  }
  // Lower numbers drawn last, so where markers overlap the earliest joiner's number stays legible.
  const byNumber = [...entries].sort((a, b) => b.n - a.n);
  for (const entry of byNumber) {
    const marker = element('span', 'room-marker', String(entry.n));
    marker.dataset.roomMarker = String(entry.n);
    marker.style.left = `${entry.x}%`;
    marker.style.bottom = `${entry.y}%`;
    const name = fillIn(text.marker, {
      n: entry.n,
      where: text.quadrants[quadrantOf(entry)],
    });
    marker.setAttribute('role', 'img');
    if (entry.n === options.mine) {
      marker.classList.add('is-mine');
      marker.setAttribute('aria-label', fillIn(text.yours, { name }));
    } else {
      marker.setAttribute('aria-label', name);
    }
    parts.push(marker);
  }
  layer.replaceChildren(...parts);
  layer.dataset.roomMarkers = String(entries.length);
}

/**
 * Which parts of a poll's results to draw: the bars with their counts, the free texts, or both
 * (the live screen puts the two in different places; the reader lists the texts again below).
 */
export type PollParts = 'counts' | 'texts' | 'both';

/**
 * Draws a poll's results into `container`: with `counts`, a bar per option, the most chosen at
 * full width, with its count; with `texts`, the free texts in the order the phones joined, each
 * under its choice. `mine` marks the option a phone chose.
 */
export function drawPollResults(
  container: HTMLElement,
  entries: readonly PollEntry[],
  text: PollResultsText,
  options: { readonly parts: PollParts; readonly mine?: string | undefined },
): void {
  container.classList.add('room-results-poll');
  const tally = pollTally(
    text.options.map((option) => option.id),
    entries,
  );
  const shares = barShares(tally);
  const total = entries.length;
  const bars = element('ol', 'room-bars');
  tally.forEach(({ option, count }, i) => {
    const label = text.options.find((candidate) => candidate.id === option)?.label ?? option;
    const row = element('li', 'room-bar');
    row.dataset.roomOption = option;
    row.dataset.roomCount = String(count);
    if (option === options.mine) row.classList.add('is-mine');
    const head = element('span', 'room-bar-head');
    head.append(
      element('span', 'room-bar-label', label),
      element('span', 'room-bar-count', fillIn(text.count, { n: count, total })),
    );
    const track = element('span', 'room-bar-track');
    const fill = element('span', 'room-bar-fill');
    fill.style.width = `${Math.round((shares[i] ?? 0) * 100)}%`;
    track.append(fill);
    row.append(head, track);
    bars.append(row);
  });
  const parts: HTMLElement[] = options.parts === 'texts' ? [] : [bars];
  if (options.parts !== 'counts') {
    const texts = pollTexts(entries);
    const section = element('div', 'room-texts');
    section.append(element('h3', 'room-texts-heading', text.textsHeading));
    if (texts.length === 0) {
      section.append(element('p', 'room-texts-none', text.noTexts));
    } else {
      const list = element('ul', 'room-text-list');
      for (const shown of texts) {
        const item = element('li', 'room-text');
        item.dataset.roomText = String(shown.n);
        // The phone's words, as text: never parsed as markup.
        item.append(
          element('q', 'room-text-words', shown.text),
          element(
            'span',
            'room-text-option',
            text.options.find((option) => option.id === shown.option)?.label ?? '',
          ),
        );
        list.append(item);
      }
      section.append(list);
    }
    parts.push(section);
  }
  container.replaceChildren(...parts);
}
