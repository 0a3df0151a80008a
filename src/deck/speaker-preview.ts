import type { RevealApi } from 'reveal.js';

/**
 * The speaker view's current-slide preview loads this deck with
 * `?receiver&postMessageEvents=true#/h/v`, and reveal.js reports each move of the preview to
 * the speaker view, which passes it on to the projected deck half a second later. That includes
 * the preview's own start-up at the first step of the slide, which can arrive after the deck's
 * real state and wind the projected slide back: measured here, pressing S on a slide at its
 * third step showed the audience its first step 600 ms later. So a preview reports nothing
 * but its readiness until the speaker view has handed it the deck's state.
 *
 * Call before `Reveal.initialize()`, which reads the query; then `afterReady()` once ready.
 */
export function holdPreviewReportsUntilSynced(): { afterReady(reveal: RevealApi): void } {
  const query = new URLSearchParams(window.location.search);
  const isReportingPreview = query.has('receiver') && query.get('postMessageEvents') === 'true';
  if (!isReportingPreview) return { afterReady: () => undefined };
  query.delete('postMessageEvents');
  const search = query.toString().replace(/=(?=&|$)/g, '');
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}?${search}${window.location.hash}`,
  );
  return {
    afterReady(reveal) {
      // The speaker view's handshake waits for this one report.
      window.parent.postMessage(
        JSON.stringify({ namespace: 'reveal', eventName: 'ready', state: reveal.getState() }),
        '*',
      );
      const onMessage = (event: MessageEvent): void => {
        if (event.source !== window.parent || typeof event.data !== 'string') return;
        if (!event.data.includes('"setState"')) return;
        // reveal.js has applied the state by now (its listener was registered first).
        window.removeEventListener('message', onMessage);
        reveal.configure({ postMessageEvents: true });
      };
      window.addEventListener('message', onMessage);
    },
  };
}
