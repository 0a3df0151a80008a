import { describe, expect, it } from 'vitest';
import { deckKeys, keyList, roomKeys, type DeckKey } from '../../../src/deck/key-bindings.ts';

describe('the key list (?)', () => {
  it('names each of the deck’s letters once, for what the deck does with it', () => {
    const list = keyList('nl', { room: true });
    for (const binding of Object.values(deckKeys)) {
      const rows = list.filter((row) => row.keys.split(/\s{2,}/).includes(binding.key));
      expect(rows, binding.key).toHaveLength(1);
    }
    const print = list.find((row) => row.keys === 'P');
    expect(print?.description).toBe('Printen of opslaan als PDF');
  });

  it('lists the room’s keys only in a deck with a room', () => {
    const letters = (room: boolean): string[] => keyList('en', { room }).map((row) => row.keys);
    const roomLetters = [...roomKeys].map((name: DeckKey) => deckKeys[name].key);
    expect(roomLetters).toEqual(['R', 'C']);
    for (const letter of roomLetters) {
      expect(letters(false)).not.toContain(letter);
      expect(letters(true)).toContain(letter);
    }
    expect(keyList('en', { room: true }).find((row) => row.keys === 'R')?.description).toBe(
      'Room: reveal or hide',
    );
  });

  it('is in the deck’s language, the key list itself last', () => {
    expect(keyList('en')[0]?.description).toBe('Next step or slide');
    expect(keyList('nl')[0]?.description).toBe('Volgende stap of dia');
    expect(keyList('nl').at(-1)).toEqual({ keys: '?', description: 'Deze lijst' });
  });
});
