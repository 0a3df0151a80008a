/**
 * The boards' parameters in the address: each "Waar staan wij?" board keeps its markers in
 * `?matrix-<boardId>=25x70,60x40`, so a shared link shows the same picture. This module only
 * finds and bounds the raw values; reading the markers themselves is the board's job
 * (src/widgets/matrix), which reports a bad value with the markers it expects.
 */
import { slideIdPattern } from '../model/limits.ts';
import { maxMarkers } from '../widgets/matrix/matrix-limits.ts';
import { asParameter, quoted } from './problem-text.ts';

const boardParamPrefix = 'matrix-';

/**
 * The longest board value the address accepts. A full board is 12 markers (`maxMarkers`) of
 * at most `100x100,`: under 100 characters, so 200 is generous. Anything longer is not a board
 * the deck wrote, and would only make every link built from this address long.
 */
export const maxBoardParamLength = 200;

/** A board is named after its slide, so its id follows the slide ids' pattern. */
export function isBoardId(value: string): boolean {
  return slideIdPattern.test(value);
}

/** The query parameter of a board: `matrix-waar-staan-wij`. */
export function boardParam(boardId: string): string {
  return `${boardParamPrefix}${boardId}`;
}

/** The boards the address carries, and a problem for each board parameter it had to ignore. */
export interface BoardsRead {
  readonly boards: ReadonlyMap<string, string>;
  readonly problems: readonly string[];
}

/**
 * Every `matrix-<boardId>` parameter's raw value, by board id. The first of repeated
 * parameters counts, as with `URLSearchParams.get`. A parameter with a name that is not a
 * board id, or a value longer than `maxBoardParamLength`, is left out with a problem.
 */
export function readBoards(query: URLSearchParams): BoardsRead {
  const boards = new Map<string, string>();
  const problems: string[] = [];
  for (const [name, value] of query) {
    if (!name.startsWith(boardParamPrefix)) continue;
    const boardId = name.slice(boardParamPrefix.length);
    if (!isBoardId(boardId)) {
      problems.push(
        `Unknown board ${quoted(boardId)} in the address (${asParameter(name, value)}); ignored its markers. Use matrix-<slide-id>, with the board slide's id in lower-case words joined by hyphens.`,
      );
    } else if (value.length > maxBoardParamLength) {
      problems.push(
        `Board ${quoted(boardId)}: the markers in the address, ${quoted(value)}, are over ${maxBoardParamLength} characters; ignored them. Use up to ${maxMarkers} markers, like 25x70,60x40.`,
      );
    } else if (!boards.has(boardId)) {
      boards.set(boardId, value);
    }
  }
  return { boards, problems };
}
