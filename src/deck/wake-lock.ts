import type { Lifetime } from './lifetime.ts';

/**
 * Keeps the screen awake while the deck is being presented: a laptop that dims or locks in
 * the middle of a talk is a failure in the room. Uses the Screen Wake Lock API where the
 * browser has it, and takes the lock again when the page comes back into view (browsers
 * release it when a tab is hidden). Where there is no such API, the talk goes on and the
 * console says why the screen may dim. Released when `life` ends.
 */
export function keepScreenAwake(life: Lifetime): void {
  // Typed as always there, but missing in older browsers and in insecure contexts.
  if (!('wakeLock' in navigator)) {
    console.info('The screen may dim during the talk: this browser has no wake lock here.');
    return;
  }
  const { wakeLock } = navigator;
  let held: WakeLockSentinel | undefined;
  const request = (): void => {
    if (document.visibilityState !== 'visible' || life.ended) return;
    wakeLock.request('screen').then(
      (sentinel) => {
        if (life.ended) void sentinel.release();
        else held = sentinel;
      },
      (error: unknown) => {
        // Refused (battery saver, a policy, no focus yet): the talk goes on, the screen may dim.
        console.info('The screen may dim during the talk: no wake lock.', error);
      },
    );
  };
  request();
  document.addEventListener('visibilitychange', request, { signal: life.signal });
  life.add(() => {
    void held?.release();
  });
}
