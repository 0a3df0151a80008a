/**
 * Registers the service worker that keeps the deck available offline (scripts/vite/
 * offline-plugin.ts), and offers a new version when one is deployed. Loaded after the first
 * slide is painted; never reloads by itself, so it cannot interrupt a talk.
 */
import { registerSW } from 'virtual:pwa-register';
import type { Locale } from '../model/authored.ts';
import { showUpdateNotice } from './update-notice.ts';

export function registerOffline(locale: Locale): void {
  const update = registerSW({
    onNeedRefresh() {
      showUpdateNotice(() => {
        // Activates the waiting worker, then reloads the page on all new files.
        void update(true);
      }, locale);
    },
    onRegisterError(error: unknown) {
      console.warn('The deck could not be made available offline:', error);
    },
  });
}
