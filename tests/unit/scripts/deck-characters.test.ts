import { describe, expect, it } from 'vitest';
import { deckCharacters, unicodeRange } from '../../../scripts/lib/deck-characters.ts';

describe('the characters the deck’s Inter keeps', () => {
  it('are printable ASCII, the white space and marks the page sets, and the text’s own', () => {
    const kept = deckCharacters(['Eén naar binnen… “klik” → ok', 'café']);
    const has = (character: string): boolean => kept.includes(character.codePointAt(0) ?? -1);
    for (const character of ['A', 'z', '~', ' ', 'é', '…', '“', '”', '→', '\u202f', '\u00a0']) {
      expect(has(character), character).toBe(true);
    }
    // Tab and line feed: WebKit looks them up in the font even where white space collapses.
    for (const character of ['\t', '\n', '\r']) expect(has(character), character).toBe(true);
    // Either case of a letter the text has: CSS may set it in capitals.
    expect(has('É'), 'É').toBe(true);
    // Other control characters, and letters the text never has, stay out.
    for (const character of ['\u0001', '\u007f', 'ß', 'ø', 'Ø']) {
      expect(has(character), character).toBe(false);
    }
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });

  it('names them for CSS in runs', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0xe9, 0x2018, 0x2019, 0x2026])).toBe(
      'U+20-22,U+E9,U+2018-2019,U+2026',
    );
    expect(unicodeRange([])).toBe('');
  });
});
