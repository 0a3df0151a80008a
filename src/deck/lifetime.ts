/**
 * One lifecycle for every part of the deck that starts (ARCHITECTURE.md, "One lifecycle"): a
 * part that starts returns a `Dispose`, and a `Lifetime` collects them, so the dev server's
 * hot reload (and a test) can tear a whole view down and start it again cleanly, instead of
 * patching around old listeners, timers and elements.
 */

/** Undoes what a part did when it started: listeners, timers, elements, channels. */
export type Dispose = () => void;

/** Anything with reveal.js's `on`/`off` pair. */
interface EventSource {
  on(type: string, listener: (event: Event) => void): void;
  off(type: string, listener: (event: Event) => void): void;
}

export interface Lifetime {
  /** Keeps `dispose` to run when the lifetime ends; returns it for convenience. */
  add(dispose: Dispose): Dispose;
  /** Aborted when the lifetime ends: pass it to `addEventListener` as `{ signal }`. */
  readonly signal: AbortSignal;
  /** `source.on(type, listener)`, undone when the lifetime ends (reveal keeps its listeners). */
  on(source: EventSource, type: string, listener: (event: Event) => void): void;
  /** `setInterval`, cleared when the lifetime ends. */
  every(ms: number, task: () => void): void;
  /** `setTimeout`, cleared when the lifetime ends. */
  after(ms: number, task: () => void): void;
  /** Whether `dispose()` has run: a part still loading checks it before it starts. */
  readonly ended: boolean;
  /** Runs every dispose, last added first; a failing one does not stop the others. */
  dispose(): void;
}

export function lifetime(): Lifetime {
  const disposers: Dispose[] = [];
  const abort = new AbortController();
  let ended = false;
  const self: Lifetime = {
    add(dispose) {
      if (ended) dispose();
      else disposers.push(dispose);
      return dispose;
    },
    signal: abort.signal,
    on(source, type, listener) {
      source.on(type, listener);
      self.add(() => {
        source.off(type, listener);
      });
    },
    every(ms, task) {
      const id = setInterval(task, ms);
      self.add(() => {
        clearInterval(id);
      });
    },
    after(ms, task) {
      const id = setTimeout(task, ms);
      self.add(() => {
        clearTimeout(id);
      });
    },
    get ended() {
      return ended;
    },
    dispose() {
      if (ended) return;
      ended = true;
      abort.abort();
      for (const dispose of disposers.reverse()) {
        try {
          dispose();
        } catch (error) {
          console.error('A part of the deck did not stop cleanly:', error);
        }
      }
      disposers.length = 0;
    },
  };
  return self;
}
