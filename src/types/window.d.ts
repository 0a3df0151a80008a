import type { RevealApi } from 'reveal.js';

declare global {
  interface Window {
    /**
     * The deck's reveal.js instance, exposed for third-party tools that look for it
     * (decktape, browser extensions) and for the browser tests.
     */
    Reveal?: RevealApi;
  }
}
