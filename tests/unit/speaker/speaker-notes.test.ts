import { describe, expect, it } from 'vitest';
import { notePieces } from '../../../src/speaker/speaker-notes.ts';

const said = (text: string) => ({ text, prompt: false });

describe('speaker notes cut at their click cues', () => {
  it('gives each piece the step it belongs to, across paragraphs', () => {
    const pieces = notePieces('Intro. [klik] First.\n\nStill first. [klik] Second.');
    expect(pieces).toEqual([
      [
        { text: 'Intro.', spans: [said('Intro.')], step: 0, afterCue: false },
        { text: 'First.', spans: [said('First.')], step: 1, afterCue: true },
      ],
      [
        { text: 'Still first.', spans: [said('Still first.')], step: 1, afterCue: false },
        { text: 'Second.', spans: [said('Second.')], step: 2, afterCue: true },
      ],
    ]);
  });

  it('reads English cues too, and a paragraph that opens with one', () => {
    expect(notePieces('[click] Go.')).toEqual([
      [{ text: 'Go.', spans: [said('Go.')], step: 1, afterCue: true }],
    ]);
  });

  it('sets the presenter’s prompts apart from what is said, within the step they belong to', () => {
    const [paragraph] = notePieces(
      'Kies één team. [klik] Geef ze ruimte. [eigen voorbeeld: een team dat zo begon] Dan verder.',
    );
    expect(paragraph?.[1]?.step).toBe(1);
    expect(paragraph?.[1]?.spans).toEqual([
      said('Geef ze ruimte.'),
      { text: 'eigen voorbeeld: een team dat zo begon', prompt: true },
      said('Dan verder.'),
    ]);
  });
});
