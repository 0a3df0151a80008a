import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/address/address.ts';
import { isRoomCode, normalizeRoomCode } from '../../../src/address/join-param.ts';
import { joinLink } from '../../../src/address/links.ts';

const at = (query: string, hash = ''): string => `https://example.org/deck/${query}${hash}`;

describe('the join page in the address', () => {
  it('opens the join page for ?join=, on a phone and on a wide screen, whatever view it names', () => {
    for (const width of [390, 1280]) {
      const address = parseAddress(at('?join=K7QF2M&view=speaker'), width);
      expect(address.view).toBe('join');
      expect(address.join).toEqual({ code: 'K7QF2M', asked: 'K7QF2M' });
      expect(address.problems).toEqual([]);
    }
  });

  it('reads a code as people type it off a screen', () => {
    expect(parseAddress(at('?join=k7qf-2m'), 390).join).toEqual({
      code: 'K7QF2M',
      asked: 'k7qf-2m',
    });
    expect(normalizeRoomCode(' k7q f2m ')).toBe('K7QF2M');
    expect(isRoomCode('k7qf2m')).toBe(true);
  });

  it('keeps the join page for a bad code, without the code, and says what a code looks like', () => {
    const address = parseAddress(at('?join=K7QF0M'), 390);
    expect(address.view).toBe('join');
    expect(address.join).toEqual({ code: undefined, asked: 'K7QF0M' });
    expect(address.problems).toEqual([
      'Unknown room code "K7QF0M" in the address (?join=K7QF0M); the page asks for the code. Use the 6 letters and digits shown on the screen (join=K7QF2M).',
    ]);
  });

  it('asks for the code, without a problem, for ?join alone', () => {
    const address = parseAddress(at('?join'), 390);
    expect(address.view).toBe('join');
    expect(address.join).toEqual({ code: undefined, asked: '' });
    expect(address.problems).toEqual([]);
  });

  it('never repeats a long value whole in its problem', () => {
    const address = parseAddress(at(`?join=${'A'.repeat(5000)}`), 390);
    expect(address.problems[0]?.length).toBeLessThan(300);
  });
});

describe('the join link', () => {
  it('is the deck’s folder with the code, and the language only for an English deck', () => {
    const page =
      'https://example.org/deck/?view=slides&cut=short&matrix-waar-staan-wij=1x2#/waar-staan-wij';
    expect(joinLink(page, 'K7QF2M', 'nl')).toBe('https://example.org/deck/?join=K7QF2M');
    expect(joinLink(page, 'K7QF2M', 'en')).toBe('https://example.org/deck/?join=K7QF2M&lang=en');
    expect(joinLink(page, 'K7QF2M', 'nl', 'short')).toBe(
      'https://example.org/deck/?join=K7QF2M&cut=short',
    );
  });

  it('takes the room server’s address for phones and opens the join page when parsed again', () => {
    const link = joinLink('http://192.168.1.20:8080/?join=K7QF2M', 'K7QF2M', 'en');
    expect(link).toBe('http://192.168.1.20:8080/?join=K7QF2M&lang=en');
    const address = parseAddress(link, 390);
    expect([address.view, address.join?.code, address.locale]).toEqual(['join', 'K7QF2M', 'en']);
  });
});
