/**
 * What the page says when a view's code cannot load: a phone on a venue's Wi-Fi that drops the
 * join page's script, a deck opened offline before its copy was kept. Without it the page stays
 * as it was, blank for a phone that came to join (src/theme/static-page.css hides the talk
 * there), and only the console knows why. It offers to try again, which loads the page anew.
 *
 * Part of the page's first script (src/main.ts), so it works when nothing more loads: hence its
 * own two texts rather than src/render/ui-text.ts, which the first slide does not load.
 */
import type { Locale } from '../model/authored.ts';
import { showNotice } from './notice.ts';

const texts: Readonly<Record<Locale, { message: string; retry: string; close: string }>> = {
  nl: {
    message: 'Deze pagina kon niet verder laden. Controleer de verbinding en probeer het opnieuw.',
    retry: 'Opnieuw proberen',
    close: 'Sluiten',
  },
  en: {
    message: 'This page could not finish loading. Check the connection and try again.',
    retry: 'Try again',
    close: 'Close',
  },
};

/** Says the view could not start, in the page's language, with a button that reloads it. */
export function showStartFailure(locale: Locale, error: unknown): void {
  console.error('The view could not start:', error);
  const text = texts[locale];
  showNotice({
    id: 'start-failed',
    role: 'alert',
    text: text.message,
    actions: [
      {
        label: text.retry,
        run: () => {
          window.location.reload();
        },
      },
    ],
    dismissLabel: text.close,
  });
}
