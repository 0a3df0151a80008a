import { describe, expect, it, vi } from 'vitest';
import {
  addressWithMatrix,
  loadMatrix,
  matrixStorageKey,
} from '../../../src/widgets/matrix/matrix-store.ts';

describe('where the board keeps its markers', () => {
  it('prefers the link over storage, so a shared link shows the same picture', () => {
    const warn = vi.fn();
    const state = loadMatrix('waar-staan-wij', {
      linked: '20x30',
      stored: '90x90',
      warn,
    });
    expect(state).toEqual([{ x: 20, y: 30 }]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to storage when the link has a bad state, and says what was wrong', () => {
    const warn = vi.fn();
    const state = loadMatrix('waar-staan-wij', {
      linked: 'oops',
      stored: '90x90',
      warn,
    });
    expect(state).toEqual([{ x: 90, y: 90 }]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Matrix: ignored the markers in the link \(\?matrix-waar-staan-wij=oops\): marker 1/,
      ),
    );
  });

  it('starts empty when neither place has a usable state', () => {
    const warn = vi.fn();
    expect(loadMatrix('b', { linked: undefined, stored: '{"x":1}', warn })).toEqual([]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Matrix: ignored the markers in local storage'),
    );
    expect(loadMatrix('b', { linked: undefined, stored: null, warn })).toEqual([]);
  });

  it('writes the markers into the address next to the slide, and takes them out when cleared', () => {
    const href = 'https://example.org/deck/?lang=nl#/waar-staan-wij';
    const withMarkers = addressWithMatrix(href, 'waar-staan-wij', [
      { x: 20, y: 30 },
      { x: 80, y: 85 },
    ]);
    expect(withMarkers).toBe(
      'https://example.org/deck/?lang=nl&matrix-waar-staan-wij=20x30,80x85#/waar-staan-wij',
    );
    expect(addressWithMatrix(withMarkers, 'waar-staan-wij', [])).toBe(href);
  });

  it('never repeats a long link whole in its note', () => {
    const warn = vi.fn();
    const huge = 'x'.repeat(100_000);
    expect(loadMatrix('waar-staan-wij', { linked: huge, stored: null, warn })).toEqual([]);
    const [message] = warn.mock.calls[0] as [string];
    expect(message.length).toBeLessThan(300);
    expect(message).toContain('(100000 characters)');
  });

  it('keeps each deck address apart in storage', () => {
    expect(matrixStorageKey('b', '/deck/')).not.toBe(matrixStorageKey('b', '/other/'));
  });
});
