import { describe, expect, it } from 'vitest';
import { notePieces } from '../../../src/speaker/speaker-notes.ts';

describe('speaker notes cut at their click cues', () => {
  it('gives each piece the step it belongs to, across paragraphs', () => {
    const pieces = notePieces('Intro. [klik] First.\n\nStill first. [klik] Second.');
    expect(pieces).toEqual([
      [
        { text: 'Intro.', step: 0, afterCue: false },
        { text: 'First.', step: 1, afterCue: true },
      ],
      [
        { text: 'Still first.', step: 1, afterCue: false },
        { text: 'Second.', step: 2, afterCue: true },
      ],
    ]);
  });

  it('reads English cues too, and a paragraph that opens with one', () => {
    expect(notePieces('[click] Go.')).toEqual([[{ text: 'Go.', step: 1, afterCue: true }]]);
  });
});
