/**
 * The room's random names and keys (ARCHITECTURE.md, The room server): room codes people type,
 * phones' tokens and the presenter's secret, all from node:crypto, and the one hash the store
 * keeps of a token or secret. The shapes are the protocol's (src/room/protocol.ts).
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { roomCodeAlphabet, roomCodeLength } from '../src/room/protocol.ts';

/** A new room code: each character drawn uniformly (randomInt has no modulo bias). */
export function newRoomCode(): string {
  let code = '';
  for (let index = 0; index < roomCodeLength; index += 1) {
    code += roomCodeAlphabet.charAt(randomInt(roomCodeAlphabet.length));
  }
  return code;
}

/** A phone's token: 128 random bits, base64url (22 characters, `participantTokenPattern`). */
export function newParticipantToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The presenter's secret: 256 random bits, base64url (43 characters, `presenterSecretPattern`). */
export function newPresenterSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the store keeps of a token or secret: its SHA-256, hex. The keys are long random
 * strings, so a plain hash is enough (no salt, no slow hash): a leaked database file lets
 * nobody write as a phone or a presenter.
 */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
