import { describe, expect, it } from 'vitest';
import { readerParagraphs } from '../../../src/model/notes-text.ts';

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
});
