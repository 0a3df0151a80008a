import { describe, expect, it } from 'vitest';
import { loadDeckSource } from '../../../scripts/lib/pptx/deck-source.ts';
import { cleanNotes, notesText } from '../../../scripts/lib/pptx/notes.ts';
import { locales } from '../../../src/model/locales.ts';

describe('notes for PowerPoint', () => {
  it('drops step cues and any bracketed prompt, keeping the words around them', () => {
    expect(
      cleanNotes('Eerst dit. [klik] Dan dat,\nen verder [pauze, kijk rond] .\n\n[click] Next.'),
    ).toEqual(['Eerst dit. Dan dat,\nen verder.', 'Next.']);
  });

  it('keeps paragraphs and drops paragraphs that were only a prompt', () => {
    expect(cleanNotes('One.\n\n[klik]\n\n  Two  words.  ')).toEqual(['One.', 'Two words.']);
    expect(notesText('One.\n\n[klik]\n\nTwo.')).toBe('One.\n\nTwo.');
  });

  it('leaves round brackets alone: they are part of what the presenter says', () => {
    expect(cleanNotes('Start de timer (T), vijf minuten.')).toEqual([
      'Start de timer (T), vijf minuten.',
    ]);
  });

  it('leaves no presenter markup in any slide of the deck, in either language', async () => {
    const { deck, notesOf } = await loadDeckSource();
    for (const locale of locales) {
      for (const entry of deck.slides) {
        const raw = notesOf(entry.slide.id, locale);
        const cleaned = notesText(raw);
        expect(cleaned, entry.slide.id).not.toMatch(/\[|\]/);
        // Cleaning removes markup only: every word outside brackets is still there.
        const words = raw
          .replace(/\[[^\]]*\]/g, ' ')
          .split(/\s+/)
          .filter(Boolean);
        expect(cleaned.split(/\s+/).filter(Boolean).length, entry.slide.id).toBe(words.length);
      }
    }
  });

  it('names an unknown slide instead of returning nothing', async () => {
    const { notesOf } = await loadDeckSource();
    expect(() => notesOf('no-such-slide', 'nl')).toThrow(/no-such-slide/);
  });
});
