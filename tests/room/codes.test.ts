import { describe, expect, it } from 'vitest';
import {
  participantTokenPattern,
  presenterSecretPattern,
  roomCodePattern,
} from '../../src/room/protocol.ts';
import { hashKey, newParticipantToken, newPresenterSecret, newRoomCode } from '../../room/codes.ts';

describe('codes', () => {
  it('makes room codes, tokens and secrets of the protocol’s shapes, never the same twice', () => {
    const codes = Array.from({ length: 2000 }, newRoomCode);
    for (const code of codes) expect(code).toMatch(roomCodePattern);
    // 2000 draws from 887 million: a repeat would mean the codes are not random.
    expect(new Set(codes).size).toBe(codes.length);
    const tokens = Array.from({ length: 200 }, newParticipantToken);
    for (const token of tokens) expect(token).toMatch(participantTokenPattern);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(newPresenterSecret()).toMatch(presenterSecretPattern);
  });

  it('uses every character of the alphabet (no bias to a part of it)', () => {
    const seen = new Set(Array.from({ length: 500 }, newRoomCode).join(''));
    expect(seen.size).toBe(31);
  });

  it('hashes a key with SHA-256', () => {
    expect(hashKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
