/**
 * Keeps the screen awake while the deck is being presented: a laptop that dims or locks in
 * the middle of a talk is a failure in the room. Uses the Screen Wake Lock API where the
 * browser has it, and takes the lock again when the page comes back into view (browsers
 * release it when a tab is hidden). Where there is no such API, nothing happens.
 */
export function keepScreenAwake(): void {
  // Typed as always there, but missing in older browsers and in insecure contexts.
  if (!('wakeLock' in navigator)) return;
  const { wakeLock } = navigator;
  const request = (): void => {
    if (document.visibilityState !== 'visible') return;
    wakeLock.request('screen').catch((error: unknown) => {
      // Refused (battery saver, a policy, no focus yet): the talk goes on, the screen may dim.
      console.info('The screen may dim during the talk: no wake lock.', error);
    });
  };
  request();
  document.addEventListener('visibilitychange', request);
}
