import { describe, expect, it } from 'vitest';
import { onLocalNetwork, roomAddressOf } from '../../../src/room/room-address.ts';

describe('the room’s address in the page', () => {
  it('is none for an empty meta: the board stays on the laptop', () => {
    expect(roomAddressOf('', 'https://example.org/deck/')).toEqual({ ok: false, reason: 'none' });
    expect(roomAddressOf('  ', 'https://example.org/deck/')).toEqual({ ok: false, reason: 'none' });
  });

  it('turns a path into the page’s own host, wss under https and ws under http', () => {
    expect(roomAddressOf('/room', 'http://192.168.1.20:8080/?join=K7QF2M')).toEqual({
      ok: true,
      url: 'ws://192.168.1.20:8080/room',
      sameOrigin: true,
    });
    expect(roomAddressOf('/room', 'https://deck.example.org/deck/#/waar-staan-wij')).toEqual({
      ok: true,
      url: 'wss://deck.example.org/room',
      sameOrigin: true,
    });
  });

  it('keeps a hosted server’s absolute address', () => {
    expect(roomAddressOf('wss://room.example.org/room', 'https://example.github.io/deck/')).toEqual(
      {
        ok: true,
        url: 'wss://room.example.org/room',
        sameOrigin: false,
      },
    );
  });

  it('refuses anything else, saying what works', () => {
    const bad = roomAddressOf('https://room.example.org/room', 'https://example.org/deck/');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.problem).toContain('DECK_ROOM_URL=wss://');
    expect(roomAddressOf('//evil.example/room', 'https://example.org/').ok).toBe(false);
  });
});

describe('whether phones must be on the laptop’s network', () => {
  it('is so for private, loopback and link-local addresses and local names', () => {
    for (const host of [
      '192.168.1.20',
      '10.0.0.4',
      '172.20.1.1',
      '127.0.0.1',
      '169.254.3.3',
      'localhost',
      'macbook.local',
      '[fe80::1]',
    ]) {
      expect([host, onLocalNetwork(host)]).toEqual([host, true]);
    }
  });

  it('is not so for a hosted room', () => {
    for (const host of ['room.example.org', '172.32.0.1', '8.8.8.8']) {
      expect([host, onLocalNetwork(host)]).toEqual([host, false]);
    }
  });
});
