import { describe, expect, it } from 'vitest';
import { readBuildSettings } from '../../../scripts/vite/build-settings.ts';
import { contentSecurityPolicy } from '../../../scripts/vite/content-security-policy.ts';

describe('DECK_ROOM_URL', () => {
  it('is no room when unset or empty', () => {
    expect(readBuildSettings({}).roomUrl).toBeUndefined();
    expect(readBuildSettings({ DECK_ROOM_URL: '' }).roomUrl).toBeUndefined();
  });

  it('takes an absolute ws:// or wss:// address', () => {
    expect(readBuildSettings({ DECK_ROOM_URL: 'wss://room.example.org/room' }).roomUrl).toBe(
      'wss://room.example.org/room',
    );
    expect(readBuildSettings({ DECK_ROOM_URL: 'ws://192.168.1.20:8080/room' }).roomUrl).toBe(
      'ws://192.168.1.20:8080/room',
    );
  });

  it('fails the build naming the variable and the fix for anything else', () => {
    for (const value of [
      'https://room.example.org/room',
      '/room',
      'room.example.org',
      'wss://x.org/room?k=1',
    ]) {
      expect(() => readBuildSettings({ DECK_ROOM_URL: value })).toThrow(
        /^DECK_ROOM_URL must .*wss:\/\/room\.example\.org\/room/,
      );
    }
  });
});

describe('the Content Security Policy', () => {
  const connectSrc = (policy: string): string | undefined =>
    policy.split('; ').find((directive) => directive.startsWith('connect-src'));

  it('lets the deck connect to its own origin only without a room server', () => {
    expect(connectSrc(contentSecurityPolicy(undefined, []))).toBe("connect-src 'self'");
  });

  it('adds exactly the room server’s origin, nothing wider', () => {
    expect(connectSrc(contentSecurityPolicy('wss://room.example.org:8443/room', []))).toBe(
      "connect-src 'self' wss://room.example.org:8443",
    );
  });

  it('allows each inline script it is given by its hash, and no other inline script', () => {
    const scriptSrc = (policy: string): string | undefined =>
      policy.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc(contentSecurityPolicy(undefined, []))).toBe("script-src 'self'");
    // The SHA-256 of "alert(1)", as a browser computes it over the script's text.
    expect(scriptSrc(contentSecurityPolicy(undefined, ['alert(1)']))).toBe(
      "script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='",
    );
  });
});
