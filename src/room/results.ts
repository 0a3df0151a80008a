/**
 * A room's results as pure data: the spread of the board's markers on each axis, the count of
 * each poll option and the free texts worth showing. No DOM, so the unit tests reach all of it;
 * src/room/results-view.ts draws what this computes, on the screen, the phones and (through the
 * outcome) the reader and the print.
 *
 * The spread is the full range, lowest to highest, on each axis, not the interquartile range.
 * A leadership team is 6 to 12 people: a quartile of 8 markers is 2 of them, so the middle half
 * jumps when one person moves and leaves out exactly the outliers the board's notes ask about
 * ("Wie staat het verst van de rest?", slides/08-waar-staan-wij.ts). No average or median either:
 * the notes ask for the spread, not the middle.
 */
import type { BoardEntry, PollEntry } from './protocol.ts';

/** How far the room's markers reach along one axis, in whole percent of the board. */
export interface AxisSpread {
  readonly min: number;
  readonly max: number;
}

/** The spread of a board's markers: `x` along the external axis, `y` along the internal one. */
export interface BoardSpread {
  readonly x: AxisSpread;
  readonly y: AxisSpread;
}

/** The lowest and highest of `values`; undefined for none. */
export function axisSpread(values: readonly number[]): AxisSpread | undefined {
  if (values.length === 0) return undefined;
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The spread of the markers on both axes; undefined while the board has none. */
export function boardSpread(entries: readonly BoardEntry[]): BoardSpread | undefined {
  const x = axisSpread(entries.map((entry) => entry.x));
  const y = axisSpread(entries.map((entry) => entry.y));
  return x === undefined || y === undefined ? undefined : { x, y };
}

/** One option of a poll with the number of phones that chose it. */
export interface OptionCount {
  readonly option: string;
  readonly count: number;
}

/**
 * How many chose each option, in the slide's order, options nobody chose included (a bar at
 * zero says "nobody" plainly). Entries for an option the slide does not offer (a result saved
 * by an older deck) are left out: there is no label to show them under.
 */
export function pollTally(
  options: readonly string[],
  entries: readonly PollEntry[],
): OptionCount[] {
  return options.map((option) => ({
    option,
    count: entries.filter((entry) => entry.option === option).length,
  }));
}

/** A free text as the screen shows it: whose (n), with which choice, and the words. */
export interface ShownText {
  readonly n: number;
  readonly option: string;
  readonly text: string;
}

/**
 * The free texts that say something, in the order the phones joined: trimmed, blanks left
 * out. The words stay exactly as typed otherwise; the view sets them as text, never as markup.
 */
export function pollTexts(entries: readonly PollEntry[]): ShownText[] {
  return [...entries]
    .sort((a, b) => a.n - b.n)
    .map((entry) => ({ n: entry.n, option: entry.option, text: entry.text.trim() }))
    .filter((entry) => entry.text !== '');
}

/** The width of each option's bar, as a share (0 to 1) of the most-chosen option's count. */
export function barShares(tally: readonly OptionCount[]): number[] {
  const most = Math.max(0, ...tally.map((entry) => entry.count));
  return tally.map((entry) => (most === 0 ? 0 : entry.count / most));
}
