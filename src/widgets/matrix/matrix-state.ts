/**
 * The self-assessment matrix as pure data: where the room's markers stand, how they move, and
 * how they are written into a link or local storage and read back. No DOM, so unit tests and
 * Node reach all of it.
 *
 * Positions are whole percentages of the board: `x` from the left edge (the external
 * movement's start), `y` from the bottom edge (the internal movement's start). Whole numbers
 * keep shared links short; one percent is about six pixels on a projected board.
 */

import { quoted } from '../../address/problem-text.ts';
import { maxMarkers } from './matrix-limits.ts';

export { maxMarkers } from './matrix-limits.ts';

/** How far an arrow key moves a marker, in percent; with Shift, one percent. */
export const arrowStep = 5;

export interface MarkerPosition {
  readonly x: number;
  readonly y: number;
}

/** The markers in the order they were placed; marker n is at index n - 1. */
export type MatrixState = readonly MarkerPosition[];

/** The quadrant a position falls in, named by which movements have started there. */
export type QuadrantName = 'bothStill' | 'externalOnly' | 'internalOnly' | 'bothMoving';

function clampPercent(value: number): number {
  return Math.round(Math.min(100, Math.max(0, value)));
}

function clampPosition(position: MarkerPosition): MarkerPosition {
  return { x: clampPercent(position.x), y: clampPercent(position.y) };
}

export function isFull(state: MatrixState): boolean {
  return state.length >= maxMarkers;
}

/** Adds a marker at a position (clamped to the board); a full board stays as it is. */
export function placeMarker(state: MatrixState, at: MarkerPosition): MatrixState {
  return isFull(state) ? state : [...state, clampPosition(at)];
}

/** Puts marker `index` at a position, clamped to the board. */
export function moveMarkerTo(state: MatrixState, index: number, at: MarkerPosition): MatrixState {
  if (state[index] === undefined) return state;
  return state.map((marker, i) => (i === index ? clampPosition(at) : marker));
}

/** Moves marker `index` by a distance in percent, stopping at the board's edges. */
export function moveMarkerBy(
  state: MatrixState,
  index: number,
  dx: number,
  dy: number,
): MatrixState {
  const marker = state[index];
  return marker === undefined
    ? state
    : moveMarkerTo(state, index, { x: marker.x + dx, y: marker.y + dy });
}

/** Takes marker `index` off the board; the markers after it move up one number. */
export function removeMarker(state: MatrixState, index: number): MatrixState {
  return state.filter((_, i) => i !== index);
}

/** The centre lines belong to the moving side: 50 counts as moving. */
export function quadrantOf(position: MarkerPosition): QuadrantName {
  const externalMoving = position.x >= 50;
  const internalMoving = position.y >= 50;
  if (externalMoving && internalMoving) return 'bothMoving';
  if (externalMoving) return 'externalOnly';
  if (internalMoving) return 'internalOnly';
  return 'bothStill';
}

/** The state as it travels in a link and in storage: `25x70,60x40`; empty for no markers. */
export function serializeMatrix(state: MatrixState): string {
  return state.map((marker) => `${marker.x}x${marker.y}`).join(',');
}

export type ParsedMatrix =
  | {
      readonly ok: true;
      readonly state: MatrixState;
      /** What was corrected on the way in (positions clamped, markers beyond the twelfth). */
      readonly corrections: readonly string[];
    }
  | { readonly ok: false; readonly problem: string };

const markerPattern = /^(-?\d{1,4}(?:\.\d+)?)x(-?\d{1,4}(?:\.\d+)?)$/;

/**
 * Reads a serialized state from an untrusted place (a link, storage). Positions off the board
 * are clamped and markers beyond the twelfth dropped, each with a correction; anything that is
 * not a list of positions is rejected whole, with the problem and the expected form.
 */
export function parseMatrix(text: string): ParsedMatrix {
  if (text.trim() === '') return { ok: true, state: [], corrections: [] };
  const parts = text.split(',');
  const state: MarkerPosition[] = [];
  const corrections: string[] = [];
  for (const [i, part] of parts.entries()) {
    const match = markerPattern.exec(part.trim());
    if (match === null) {
      return {
        ok: false,
        problem: `marker ${i + 1} (${quoted(part)}) is not a position: write each as x and y in percent, like 25x70,60x40`,
      };
    }
    const raw = { x: Number(match[1]), y: Number(match[2]) };
    const position = clampPosition(raw);
    if (raw.x !== position.x || raw.y !== position.y) {
      corrections.push(
        `marker ${i + 1} moved from ${part.trim()} to ${position.x}x${position.y} (0 to 100, whole percent)`,
      );
    }
    state.push(position);
  }
  if (state.length > maxMarkers) {
    corrections.push(`kept the first ${maxMarkers} of ${state.length} markers`);
  }
  return { ok: true, state: state.slice(0, maxMarkers), corrections };
}
