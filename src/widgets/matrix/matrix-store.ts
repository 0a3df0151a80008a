import { parseMatrix, serializeMatrix, type MatrixState } from './matrix-state.ts';

/**
 * Where a board's markers live between visits: in the link (so a shared link shows the same
 * picture) and in local storage (so they survive navigation and reload). The link wins when
 * both have a state. Everything read back is validated; a bad state is ignored with a console
 * note that says where it came from and what a good one looks like.
 */

/** The query parameter of a board: `?matrix-waar-staan-wij=25x70,60x40`. */
export function matrixParam(boardId: string): string {
  return `matrix-${boardId}`;
}

/** Per deck address and board, so two decks on one host keep their own markers. */
export function matrixStorageKey(boardId: string, pathname: string): string {
  return `deck-matrix:${pathname}:${boardId}`;
}

export interface MatrixSources {
  readonly search: string;
  readonly stored: string | null;
  readonly warn: (message: string) => void;
}

function readFrom(
  text: string,
  origin: string,
  warn: (message: string) => void,
): MatrixState | undefined {
  const parsed = parseMatrix(text);
  if (!parsed.ok) {
    warn(`Matrix: ignored the markers in ${origin}: ${parsed.problem}.`);
    return undefined;
  }
  for (const correction of parsed.corrections) warn(`Matrix: in ${origin}, ${correction}.`);
  return parsed.state;
}

/** The board's markers from the link, else from storage, else none. */
export function loadMatrix(boardId: string, sources: MatrixSources): MatrixState {
  const param = matrixParam(boardId);
  const fromLink = new URLSearchParams(sources.search).get(param);
  if (fromLink !== null) {
    const state = readFrom(fromLink, `the link (?${param}=${fromLink})`, sources.warn);
    if (state !== undefined) return state;
  }
  if (sources.stored !== null) {
    const state = readFrom(sources.stored, 'local storage', sources.warn);
    if (state !== undefined) return state;
  }
  return [];
}

/** The address with the board's markers in it (or without the parameter when there are none). */
export function addressWithMatrix(href: string, boardId: string, state: MatrixState): string {
  const url = new URL(href);
  const param = matrixParam(boardId);
  if (state.length === 0) url.searchParams.delete(param);
  else url.searchParams.set(param, serializeMatrix(state));
  // URLSearchParams writes the commas as %2C; they are safe in a query and easier to read.
  return url.toString().replaceAll('%2C', ',');
}
