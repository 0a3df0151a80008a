/**
 * Registers the service worker that keeps the deck available offline (scripts/vite/
 * offline-plugin.ts), and offers a new version when one is deployed. Loaded after the first
 * slide is painted; never reloads by itself, so it cannot interrupt a talk.
 */
import { registerSW } from 'virtual:pwa-register';
import type { Locale } from '../model/authored.ts';
import { textIn } from '../model/texts.ts';
import { uiText } from '../render/ui-text.ts';
import { showNotice } from './notice.ts';

export function registerOffline(locale: Locale): void {
  const update = registerSW({
    onNeedRefresh() {
      showNotice({
        id: 'update-notice',
        role: 'status',
        text: textIn(uiText.updateAvailable, locale),
        actions: [
          {
            label: textIn(uiText.updateNow, locale),
            // Activates the waiting worker, then reloads the page on all new files.
            run: () => void update(true),
          },
        ],
        dismissLabel: textIn(uiText.updateLater, locale),
      });
    },
    onRegisterError(error: unknown) {
      console.warn('The deck could not be made available offline:', error);
    },
  });
}
