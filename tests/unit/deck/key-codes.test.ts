import { describe, expect, it } from 'vitest';
import { deckKeys } from '../../../src/deck/key-bindings.ts';
import { deckKeyCodes, keysTakenFromReveal } from '../../../src/deck/key-codes.ts';

describe('the deck’s letters', () => {
  it('are each one key, the same in the key list as in the bindings', () => {
    const codes = Object.values(deckKeyCodes).map(({ keyCode }) => keyCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [name, { keyCode, key }] of Object.entries(deckKeyCodes)) {
      expect(key.charCodeAt(0), name).toBe(keyCode);
      expect(deckKeys[name as keyof typeof deckKeys]).toMatchObject({ keyCode, key });
    }
  });

  it('hold reveal’s own P (previous) and L (right) until the deck binds them', () => {
    expect(keysTakenFromReveal.map(({ key }) => key)).toEqual(['P', 'L']);
  });
});
