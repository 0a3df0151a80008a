import { describe, expect, it } from 'vitest';
import {
  axisSpread,
  barShares,
  boardSpread,
  pollTally,
  pollTexts,
} from '../../../src/room/results.ts';

describe('the spread of a board', () => {
  it('reaches from the lowest marker to the highest on each axis', () => {
    const entries = [
      { n: 1, x: 40, y: 70 },
      { n: 2, x: 85, y: 20 },
      { n: 3, x: 15, y: 55 },
    ];
    expect(boardSpread(entries)).toEqual({ x: { min: 15, max: 85 }, y: { min: 20, max: 70 } });
  });

  it('keeps the one marker far from the rest inside it (the range, not the middle half)', () => {
    const clustered = [50, 52, 51, 49, 50, 53, 48, 95];
    expect(axisSpread(clustered)).toEqual({ min: 48, max: 95 });
  });

  it('is a single point for one marker and nothing for none', () => {
    expect(boardSpread([{ n: 4, x: 30, y: 60 }])).toEqual({
      x: { min: 30, max: 30 },
      y: { min: 60, max: 60 },
    });
    expect(boardSpread([])).toBeUndefined();
    expect(axisSpread([])).toBeUndefined();
  });
});

describe('a poll', () => {
  const options = ['een-klantrelatie', 'een-team', 'meten-en-belonen'];
  const entries = [
    { n: 3, option: 'een-team', text: '  Morgen bel ik Jansen  ' },
    { n: 1, option: 'een-team', text: '' },
    { n: 2, option: 'een-klantrelatie', text: '   ' },
    { n: 5, option: 'weg-gehaald', text: 'an option the slide no longer has' },
    { n: 4, option: 'een-team', text: '<img src=x onerror=alert(1)>' },
  ];

  it('counts each option in the slide’s order, nobody’s choice at zero, unknown ones left out', () => {
    expect(pollTally(options, entries)).toEqual([
      { option: 'een-klantrelatie', count: 1 },
      { option: 'een-team', count: 3 },
      { option: 'meten-en-belonen', count: 0 },
    ]);
  });

  it('sizes the bars against the most chosen option', () => {
    expect(barShares(pollTally(options, entries))).toEqual([1 / 3, 1, 0]);
    expect(barShares(pollTally(options, []))).toEqual([0, 0, 0]);
  });

  it('shows the texts that say something, trimmed, in join order, exactly as typed', () => {
    expect(pollTexts(entries)).toEqual([
      { n: 3, option: 'een-team', text: 'Morgen bel ik Jansen' },
      { n: 4, option: 'een-team', text: '<img src=x onerror=alert(1)>' },
      { n: 5, option: 'weg-gehaald', text: 'an option the slide no longer has' },
    ]);
  });
});
