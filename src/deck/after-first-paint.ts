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
