import { afterEach, describe, expect, it, vi } from 'vitest';
import { newDeckWindowId, speakerChannelName } from '../../../src/address/channels.ts';
import { isDeckWindowId, parseAddress } from '../../../src/address/address.ts';
import { speakerViewLink } from '../../../src/address/links.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the speaker channel', () => {
  it('keeps the name the deck has always used, one per deck address', () => {
    expect(speakerChannelName('/deck/')).toBe('deck-speaker:/deck/');
    expect(speakerChannelName('/deck/')).not.toBe(speakerChannelName('/other/'));
  });
});

describe('a new deck window id', () => {
  it('is ten letters and digits from the random source given', () => {
    expect(newDeckWindowId(() => 0)).toBe('0000000000');
    expect(newDeckWindowId(() => 0.999)).toBe('zzzzzzzzzz');
    let call = 0;
    expect(newDeckWindowId(() => (call++ % 36) / 36)).toBe('0123456789');
  });

  it('stays valid when the random source returns 1 or junk', () => {
    expect(newDeckWindowId(() => 1)).toBe('zzzzzzzzzz');
    expect(newDeckWindowId(() => -5)).toBe('0000000000');
    expect(newDeckWindowId(() => NaN)).toBe('0000000000');
  });

  it('comes from crypto.getRandomValues when the platform has it', () => {
    const getRandomValues = vi.fn((array: Uint32Array) => array.fill(2 ** 31));
    vi.stubGlobal('crypto', { getRandomValues });
    const random = vi.spyOn(Math, 'random');
    expect(newDeckWindowId()).toBe('iiiiiiiiii');
    expect(getRandomValues).toHaveBeenCalledTimes(10);
    expect(random).not.toHaveBeenCalled();
  });

  it('falls back on Math.random without crypto', () => {
    vi.stubGlobal('crypto', undefined);
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(newDeckWindowId()).toBe('iiiiiiiiii');
    expect(random).toHaveBeenCalledTimes(10);
  });

  it("is accepted by the address's ?deck= and survives a speaker view link", () => {
    for (let i = 0; i < 50; i += 1) {
      const id = newDeckWindowId();
      expect(isDeckWindowId(id)).toBe(true);
      const link = speakerViewLink('https://example.org/deck/', { locale: 'nl', deckWindow: id });
      expect(parseAddress(link, 1280).deckWindow).toBe(id);
    }
  });
});
