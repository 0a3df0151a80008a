/**
 * Runs `task` once the page has loaded, its first frame is painted and the browser is idle:
 * the moment for work that must stay off the path to the first slide.
 */
export function whenIdleAfterFirstPaint(task: () => void): void {
  const whenIdle = (): void => {
    if ('requestIdleCallback' in window) {
      requestIdleCallback(task, { timeout: 2000 });
    } else {
      setTimeout(task, 500);
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
    window.addEventListener('load', afterPaint, { once: true });
  }
}

/**
 * How long the deck keeps the main thread to itself after the first slide: work that can wait
 * (drawing diagrams, loading the speaker view, the offline copy) waits this long, so opening
 * the deck stays responsive and its Lighthouse interactivity clean.
 */
export const quietStartMs = 5500;

/** Runs `task` when idle, once the first slide has been up for {@link quietStartMs}. */
export function afterQuietStart(task: () => void): void {
  whenIdleAfterFirstPaint(() => {
    setTimeout(() => {
      whenIdleAfterFirstPaint(task);
    }, quietStartMs);
  });
}
