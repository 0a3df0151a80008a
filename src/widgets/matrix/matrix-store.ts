import { boardLink } from '../../address/links.ts';
import { asParameter } from '../../address/problem-text.ts';
import { storageKeys } from '../../address/storage-keys.ts';
import { parseMatrix, serializeMatrix, type MatrixState } from './matrix-state.ts';

/**
 * Where a board's markers live between visits: in the link (so a shared link shows the same
 * picture) and in local storage (so they survive navigation and reload). The link wins when
 * both have a state. Everything read back is validated; a bad state is ignored with a console
 * note that says where it came from and what a good one looks like, never repeating a long
 * value whole.
 */

/** Per deck address and board, so two decks on one host keep their own markers. */
export function matrixStorageKey(boardId: string, pathname: string): string {
  return storageKeys.board.key(pathname, boardId);
}

export interface MatrixSources {
  /** The board's value in the address, as the address parser kept it (src/address). */
  readonly linked: string | undefined;
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
  if (sources.linked !== undefined) {
    const origin = `the link (${asParameter(`matrix-${boardId}`, sources.linked)})`;
    const state = readFrom(sources.linked, origin, sources.warn);
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
  return boardLink(href, boardId, serializeMatrix(state));
}
