import { describe, expect, it } from 'vitest';
import { deckCharacters, unicodeRange } from '../../../scripts/lib/deck-characters.ts';

describe('the characters the deck’s Inter keeps', () => {
  it('are printable ASCII, the spaces Intl writes, and every other character in the text', () => {
    const kept = deckCharacters(['Eén naar binnen… “klik” → ok\n\t', 'café']);
    const has = (character: string): boolean => kept.includes(character.codePointAt(0) ?? -1);
    for (const character of ['A', 'z', '~', ' ', 'é', '…', '“', '”', '→', '\u202f', '\u00a0']) {
      expect(has(character), character).toBe(true);
    }
    // Control characters and letters the text never has stay out.
    for (const character of ['\n', '\t', 'ß', 'ø']) expect(has(character), character).toBe(false);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });

  it('names them for CSS in runs', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0xe9, 0x2018, 0x2019, 0x2026])).toBe(
      'U+20-22,U+E9,U+2018-2019,U+2026',
    );
    expect(unicodeRange([])).toBe('');
  });
});
