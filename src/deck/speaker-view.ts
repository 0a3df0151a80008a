import type { RevealApi, RevealPlugin } from 'reveal.js';
import { isSpeakerPreview } from './speaker-preview-check.ts';

interface NotesPlugin extends RevealPlugin {
  open(): void;
}

/**
 * reveal.js's notes plugin (the speaker view), loaded on first use: it is about 20 KB gzip,
 * a third of the script before the first slide. This stand-in keeps what the plugin does at
 * start-up: the S key, `?notes` opening the view, and reconnecting a speaker view that
 * survived a reload of the deck (it sends heartbeats until the plugin answers).
 */
/**
 * Runs `open`, which calls `window.open`, and tells whether a window came of it. reveal's notes
 * plugin gives no other sign of a blocked pop-up: it throws a TypeError on the missing window.
 */
function opensWindow(open: () => void): boolean {
  // Kept as is (unbound) to put back exactly what was there.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const { open: native } = window;
  const original = native.bind(window);
  const seen = { opened: false };
  window.open = (...args: Parameters<typeof window.open>) => {
    const popup = original(...args);
    seen.opened = popup !== null;
    return popup;
  };
  try {
    open();
  } catch (error) {
    if (seen.opened) throw error;
  } finally {
    window.open = native;
  }
  return seen.opened;
}

export function lazySpeakerView(
  onBlocked: () => void,
): RevealPlugin & { preload(): void; open(): void } {
  let loading: Promise<NotesPlugin> | undefined;
  let reveal: RevealApi | undefined;
  const load = (): Promise<NotesPlugin> => {
    loading ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const plugin = Notes();
      // Registering after start-up runs the plugin's init at once (it rebinds S to itself).
      reveal?.registerPlugin(plugin);
      return plugin;
    });
    return loading;
  };
  const onMessage = (event: MessageEvent): void => {
    if (typeof event.data === 'string' && /"reveal-notes".*"heartbeat"/.test(event.data)) {
      window.removeEventListener('message', onMessage);
      void load();
    }
  };
  const open = (): void => {
    void load().then((plugin) => {
      if (
        !opensWindow(() => {
          plugin.open();
        })
      ) {
        onBlocked();
      }
    });
  };
  return {
    id: 'speaker-view-loader',
    init(api) {
      if (isSpeakerPreview()) return;
      reveal = api;
      api.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker notes view' }, open);
      if (/(\?|&)notes/i.test(window.location.search)) void load();
      window.addEventListener('message', onMessage);
    },
    /** Loads the plugin ahead of the first S, so the pop-up opens within the key press. */
    preload() {
      if (!isSpeakerPreview()) void load();
    },
    /** Opens the speaker view, as S does. */
    open,
  };
}
