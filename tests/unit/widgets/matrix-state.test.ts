import { describe, expect, it } from 'vitest';
import {
  maxMarkers,
  moveMarkerBy,
  moveMarkerTo,
  parseMatrix,
  placeMarker,
  quadrantOf,
  removeMarker,
  serializeMatrix,
  type MatrixState,
} from '../../../src/widgets/matrix/matrix-state.ts';

const boardOf = (count: number): MatrixState =>
  Array.from({ length: count }, (_, i) => ({ x: i * 5, y: 100 - i * 5 }));

describe('the self-assessment board', () => {
  it('numbers markers in the order they are placed, rounded to whole percent', () => {
    const state = placeMarker(placeMarker([], { x: 20.4, y: 30.6 }), { x: 80, y: 85 });
    expect(state).toEqual([
      { x: 20, y: 31 },
      { x: 80, y: 85 },
    ]);
  });

  it('holds twelve markers and no more', () => {
    const full = boardOf(maxMarkers);
    expect(placeMarker(full, { x: 50, y: 50 })).toBe(full);
  });

  it('keeps markers on the board when they are placed or moved past its edges', () => {
    expect(placeMarker([], { x: -10, y: 130 })).toEqual([{ x: 0, y: 100 }]);
    const state = moveMarkerBy([{ x: 97, y: 2 }], 0, 5, -5);
    expect(state).toEqual([{ x: 100, y: 0 }]);
  });

  it('moves only the marker asked for, and ignores a marker that is not there', () => {
    const state = boardOf(3);
    expect(moveMarkerTo(state, 1, { x: 50, y: 50 })).toEqual([
      state[0],
      { x: 50, y: 50 },
      state[2],
    ]);
    expect(moveMarkerBy(state, 7, 5, 5)).toBe(state);
  });

  it('renumbers the markers after one is removed', () => {
    const state = boardOf(3);
    expect(removeMarker(state, 0)).toEqual([state[1], state[2]]);
  });

  it('names the quadrant by what moves, the centre lines counting as moving', () => {
    expect(quadrantOf({ x: 10, y: 10 })).toBe('bothStill');
    expect(quadrantOf({ x: 90, y: 10 })).toBe('externalOnly');
    expect(quadrantOf({ x: 10, y: 90 })).toBe('internalOnly');
    expect(quadrantOf({ x: 50, y: 50 })).toBe('bothMoving');
  });
});

describe('the board in a link or in storage', () => {
  it('round-trips through its compact form', () => {
    const state = boardOf(4);
    expect(serializeMatrix(state)).toBe('0x100,5x95,10x90,15x85');
    expect(parseMatrix(serializeMatrix(state))).toEqual({ ok: true, state, corrections: [] });
    expect(parseMatrix('')).toEqual({ ok: true, state: [], corrections: [] });
  });

  it('clamps positions off the board and says so', () => {
    const parsed = parseMatrix('150x-20,50.6x40');
    expect(parsed).toEqual({
      ok: true,
      state: [
        { x: 100, y: 0 },
        { x: 51, y: 40 },
      ],
      corrections: [
        'marker 1 moved from 150x-20 to 100x0 (0 to 100, whole percent)',
        'marker 2 moved from 50.6x40 to 51x40 (0 to 100, whole percent)',
      ],
    });
  });

  it('keeps the first twelve markers of a longer list', () => {
    const parsed = parseMatrix(serializeMatrix(boardOf(15)));
    expect(parsed.ok && parsed.state).toEqual(boardOf(12));
    expect(parsed.ok && parsed.corrections).toEqual(['kept the first 12 of 15 markers']);
  });

  it.each(['abc', '20x30,<img>', '20x30;40x50', '20,30', 'x', '1e3x5', '20x30,'])(
    'rejects %j whole, naming the marker and the expected form',
    (text) => {
      const parsed = parseMatrix(text);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.problem).toMatch(/^marker \d+ \(.*\) is not a position: .*25x70/);
    },
  );
});
