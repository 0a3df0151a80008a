import { describe, expect, it, vi } from 'vitest';
import { lifetime } from '../../../src/deck/lifetime.ts';

/** A stand-in for reveal.js's `on`/`off`, recording what is listening. */
function eventSource() {
  const listeners = new Set<(event: Event) => void>();
  return {
    listeners,
    on: (_type: string, listener: (event: Event) => void) => listeners.add(listener),
    off: (_type: string, listener: (event: Event) => void) => listeners.delete(listener),
  };
}

describe('a lifetime', () => {
  it('stops everything it started, the last started first, once', () => {
    const life = lifetime();
    const order: string[] = [];
    life.add(() => order.push('reveal'));
    life.add(() => order.push('menu'));
    life.dispose();
    life.dispose();
    expect(order).toEqual(['menu', 'reveal']);
    expect(life.ended).toBe(true);
  });

  it('takes reveal.js listeners off again, which reveal.destroy() leaves on its element', () => {
    const source = eventSource();
    const life = lifetime();
    life.on(source, 'slidechanged', () => undefined);
    expect(source.listeners.size).toBe(1);
    life.dispose();
    expect(source.listeners.size).toBe(0);
  });

  it('aborts its signal, so DOM listeners added with it go too', () => {
    const life = lifetime();
    const target = new EventTarget();
    const heard = vi.fn();
    target.addEventListener('ping', heard, { signal: life.signal });
    target.dispatchEvent(new Event('ping'));
    life.dispose();
    target.dispatchEvent(new Event('ping'));
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('clears its timers', () => {
    vi.useFakeTimers();
    try {
      const life = lifetime();
      const tick = vi.fn();
      life.every(100, tick);
      life.after(250, tick);
      vi.advanceTimersByTime(200);
      life.dispose();
      vi.advanceTimersByTime(1000);
      expect(tick).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops at once what is added after it ended (a part that finished loading too late)', () => {
    const life = lifetime();
    life.dispose();
    const stop = vi.fn();
    life.add(stop);
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('goes on stopping the rest when one part fails to stop', () => {
    const life = lifetime();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stopped = vi.fn();
    life.add(stopped);
    life.add(() => {
      throw new Error('boom');
    });
    life.dispose();
    expect(stopped).toHaveBeenCalled();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
