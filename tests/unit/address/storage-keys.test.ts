import { describe, expect, it } from 'vitest';
import { storageKeys } from '../../../src/address/storage-keys.ts';

describe('the keys the deck keeps in browser storage', () => {
  it('keeps the keys the deck has always used, so stored choices survive', () => {
    expect(storageKeys.locale.key('/deck/')).toBe('deck-lang:/deck/');
    expect(storageKeys.board.key('/deck/', 'waar-staan-wij')).toBe(
      'deck-matrix:/deck/:waar-staan-wij',
    );
    expect(storageKeys.speakerClock.key).toBe('deck-speaker-started-at');
  });

  it("keeps this tab's deck window id per deck address", () => {
    expect(storageKeys.deckWindow.key('/deck/')).toBe('deck-window:/deck/');
  });

  it('keeps choices across visits and what belongs to one tab in that tab', () => {
    expect(storageKeys.locale.area).toBe('localStorage');
    expect(storageKeys.board.area).toBe('localStorage');
    expect(storageKeys.speakerClock.area).toBe('sessionStorage');
    expect(storageKeys.deckWindow.area).toBe('sessionStorage');
  });

  it('keeps two decks on one host apart', () => {
    expect(storageKeys.locale.key('/deck/')).not.toBe(storageKeys.locale.key('/other/'));
    expect(storageKeys.board.key('/deck/', 'b')).not.toBe(storageKeys.board.key('/other/', 'b'));
    expect(storageKeys.deckWindow.key('/deck/')).not.toBe(storageKeys.deckWindow.key('/other/'));
  });

  it('gives every item its own key', () => {
    const keys = [
      storageKeys.locale.key('/deck/'),
      storageKeys.board.key('/deck/', 'b'),
      storageKeys.speakerClock.key,
      storageKeys.deckWindow.key('/deck/'),
      storageKeys.roomHost.key('/deck/'),
      storageKeys.roomParticipant.key('K7QF2M'),
      storageKeys.roomOutcome.key('/deck/'),
    ];
    expect(new Set(keys).size).toBe(Object.keys(storageKeys).length);
    for (const key of keys) expect(key).toMatch(/^deck-/);
  });
});
