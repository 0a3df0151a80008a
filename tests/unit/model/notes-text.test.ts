import { describe, expect, it } from 'vitest';
import {
  cueCount,
  noteSpans,
  readerParagraphs,
  spokenText,
} from '../../../src/model/notes-text.ts';

describe('the notes as a reader gets them', () => {
  it('drop step cues and bracketed prompts, keeping the words around them', () => {
    expect(readerParagraphs('Eerst dit. [klik] Dan dat [pauze] .\n\n[click] Next.')).toEqual([
      'Eerst dit. Dan dat.',
      'Next.',
    ]);
  });

  it('keep round brackets: they are part of what the presenter says', () => {
    expect(readerParagraphs('Start de timer (T), vijf minuten.')).toEqual([
      'Start de timer (T), vijf minuten.',
    ]);
  });

  it('leave out a prompt for the presenter, whole, from what a reader gets', () => {
    expect(
      readerParagraphs(
        'Kies één team.\n\n[eigen voorbeeld: een klant die zo begon]\n\n[own example: a client] Then on.',
      ),
    ).toEqual(['Kies één team.', 'Then on.']);
  });
});

describe('the notes as the presenter says them', () => {
  it('are the words without any markup, which the clock counts', () => {
    expect(spokenText('Eén. [klik] Twee. [pauze]\n\n[alleen, 2 minuten] Drie.')).toBe(
      'Eén. Twee.\n\nDrie.',
    );
  });

  it('count cues as written, so a Dutch note with an English cue is caught', () => {
    expect(cueCount('a [klik] b [click] c [klik]', '[klik]')).toBe(2);
    expect(cueCount('a [klik] b [click] c [klik]', '[click]')).toBe(1);
  });

  it('cut a stretch into what is said and the prompts in it', () => {
    expect(noteSpans('Zeg dit. [eigen voorbeeld: een klant] En dit.')).toEqual([
      { text: 'Zeg dit.', prompt: false },
      { text: 'eigen voorbeeld: een klant', prompt: true },
      { text: 'En dit.', prompt: false },
    ]);
  });
});
