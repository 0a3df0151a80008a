import type { RevealApi } from 'reveal.js';
import { whenIdleAfterFirstPaint } from '../deck/after-first-paint.ts';
import { mountTimers } from './timer/timer-view.ts';

type Stop = () => void;

/**
 * Mounts the self-assessment boards, loading their code and styles on demand: only a deck
 * with a board pays for it. `afterFirstPaint` keeps the load off the first slide's path (the
 * print view needs the boards at once).
 */
export async function mountMatrices(root: ParentNode, afterFirstPaint = false): Promise<Stop> {
  if (root.querySelector('.matrix[data-matrix-id]') === null) return () => undefined;
  if (afterFirstPaint) {
    await new Promise<void>((resolve) => {
      whenIdleAfterFirstPaint(resolve);
    });
  }
  const view = await import('./matrix/matrix-view.ts');
  return view.mountMatrices(root);
}

let stopMounted: Stop | undefined;

/**
 * Brings every widget on the slides to life: the discussion timers and the boards. Calling it
 * again (after a hot reload re-rendered the slides) first stops what the last call mounted.
 */
export async function mountWidgets(root: ParentNode, reveal: RevealApi): Promise<void> {
  stopMounted?.();
  const mount = { stopped: false };
  const stops: Stop[] = [mountTimers(root, reveal)];
  stopMounted = () => {
    mount.stopped = true;
    stops.forEach((stop) => {
      stop();
    });
  };
  const stopMatrices = await mountMatrices(root, true);
  // A reload that came in while the board's code was loading has taken over.
  if (mount.stopped) stopMatrices();
  else stops.push(stopMatrices);
}
