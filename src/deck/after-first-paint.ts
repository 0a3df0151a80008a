/**
 * Runs `task` once the page has loaded, its first frame is painted and the browser is idle:
 * the moment for work that must stay off the path to the first slide. Nothing runs once
 * `signal` is aborted (the view was torn down meanwhile, src/deck/lifetime.ts).
 */
export function whenIdleAfterFirstPaint(task: () => void, signal?: AbortSignal): void {
  const run = (): void => {
    if (signal?.aborted !== true) task();
  };
  const whenIdle = (): void => {
    if ('requestIdleCallback' in window) {
      requestIdleCallback(run, { timeout: 2000 });
    } else {
      setTimeout(run, 500);
    }
  };
  const afterPaint = (): void => {
    requestAnimationFrame(() => {
      requestAnimationFrame(whenIdle);
    });
  };
  if (document.readyState === 'complete') {
    afterPaint();
  } else {
    window.addEventListener('load', afterPaint, { once: true, ...(signal ? { signal } : {}) });
  }
}

/**
 * Resolves once the page has painted its next frame: a task queued from an animation frame runs
 * after that frame's paint. A page that paints nothing (a tab in the background) resolves after
 * `fallbackMs`, so nothing waits on a frame that never comes.
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() => {
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0);
    });
  });
}

/**
 * How long the deck keeps the main thread to itself after the first slide: work that can wait
 * (drawing diagrams, loading the speaker view, the offline copy) waits this long, so opening
 * the deck stays responsive and its Lighthouse interactivity clean.
 */
export const quietStartMs = 5500;

/** Runs `task` when idle, once the first slide has been up for {@link quietStartMs}. */
export function afterQuietStart(task: () => void, signal?: AbortSignal): void {
  whenIdleAfterFirstPaint(() => {
    const id = setTimeout(() => {
      whenIdleAfterFirstPaint(task, signal);
    }, quietStartMs);
    signal?.addEventListener('abort', () => {
      clearTimeout(id);
    });
  }, signal);
}
