import { describe, expect, it } from 'vitest';
import { lockMismatch } from '../../../scripts/lib/timed-build.ts';

const lock = (packages: Record<string, string>): string =>
  JSON.stringify({
    packages: {
      '': { name: 'deck' },
      ...Object.fromEntries(
        Object.entries(packages).map(([name, version]) => [`node_modules/${name}`, { version }]),
      ),
    },
  });

describe('bench --against: whether another commit builds with these node_modules', () => {
  it('builds when this checkout only added packages beside the ones it locks', () => {
    const theirs = lock({ vite: '8.0.0', 'reveal.js': '6.0.0' });
    const ours = lock({ vite: '8.0.0', 'reveal.js': '6.0.0', 'workbox-routing': '7.4.1' });
    expect(lockMismatch(theirs, ours)).toBeUndefined();
  });

  it('names a package it needs at another version, or one not installed here', () => {
    expect(lockMismatch(lock({ vite: '7.1.0' }), lock({ vite: '8.0.0' }))).toBe(
      'it needs vite 7.1.0, and this checkout has 8.0.0',
    );
    expect(lockMismatch(lock({ 'subset-font': '2.9.0' }), lock({}))).toBe(
      'it needs subset-font 2.9.0, which this checkout has not installed',
    );
  });
});
