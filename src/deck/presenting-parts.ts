/**
 * The slide show's second step, loaded once its first slide works (start-slides.ts): the
 * widgets and the diagrams from the deck, then what only the presenting window has: the
 * speaker link, the deck's keys, the menu, the key list, the wake lock, the offline copy, and
 * the room when the page has a room address (src/room/deck-room.ts, loaded on demand).
 */
import type { RevealApi } from 'reveal.js';
import type { DeckAddress } from '../address/address.ts';
import { diagramRenderer, scheduleDiagrams } from '../diagrams/schedule-diagrams.ts';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { readRoomMeta } from '../room/room-address.ts';
import { textIn } from '../model/texts.ts';
import { domAttributes } from '../render/dom-names.ts';
import { uiText } from '../render/ui-text.ts';
import { printLink } from '../address/links.ts';
import { canLinkSpeakerView } from '../speaker/deck-window.ts';
import { linkSpeakerView } from '../speaker/speaker-link.ts';
import { afterQuietStart } from './after-first-paint.ts';
import { addDeckMenu } from './deck-menu.ts';
import { addKeyList } from './key-list.ts';
import { bindDeckKeys } from './key-bindings.ts';
import type { Lifetime } from './lifetime.ts';
import { otherLocale, switchLocale } from './locale-switch.ts';
import { showNotice } from './notice.ts';
import { keepScreenAwake } from './wake-lock.ts';
import { mountWidgets } from '../widgets/mount-widgets.ts';

/** The offline copy registers once per page, whatever restarts. */
let offlineRegistered = false;

/**
 * Brings the running slide show its widgets, diagrams and presenting parts, then marks
 * `<html data-deck-ready>` until `life` ends: from then on every key of the deck works.
 */
export function startPresenting(
  life: Lifetime,
  reveal: RevealApi,
  slidesElement: HTMLElement,
  options: {
    readonly deck: ResolvedDeck;
    readonly address: DeckAddress;
    readonly locale: Locale;
    readonly pdfFile: string | undefined;
  },
): void {
  // Torn down (a hot reload) while the deck loaded: nothing to bring.
  if (life.ended) return;
  const { deck, address, locale } = options;
  const widgets = mountWidgets(slidesElement, deck, locale, {
    boardsAtOnce: false,
    linkedBoards: address.boards,
  });
  life.add(widgets.dispose);
  scheduleDiagrams(life, reveal, diagramRenderer(deck, locale, slidesElement));
  presentingParts(life, reveal, options, widgets.toggleTimer, slidesElement);
  const root = document.documentElement;
  root.setAttribute(domAttributes.deckReady, '');
  life.add(() => {
    root.removeAttribute(domAttributes.deckReady);
  });
}

/** What only the presenting window has: speaker link, keys, menu, wake lock, offline copy. */
function presentingParts(
  life: Lifetime,
  reveal: RevealApi,
  options: {
    readonly locale: Locale;
    readonly pdfFile: string | undefined;
    readonly deck: ResolvedDeck;
  },
  toggleTimer: () => void,
  slidesElement: HTMLElement,
): void {
  const { locale } = options;
  const speakerView = speakerViewOpener(life, reveal, locale);
  const openSpeakerView = speakerView.open;
  const room = readRoomMeta();
  if (!room.ok && room.problem !== undefined) console.warn(room.problem);
  const switchLanguage = (): void => {
    switchLocale(reveal, otherLocale(locale));
  };
  const keys = addKeyList(life, locale, { room: room.ok });
  const menu = addDeckMenu(life, reveal, locale, {
    pdfFile: options.pdfFile,
    switchLanguage,
    openSpeakerView,
    openKeyList: () => {
      keys.open();
    },
  });
  bindDeckKeys(life, reveal, locale, {
    speaker: openSpeakerView,
    print: () => {
      window.location.assign(
        printLink(window.location.href, { locale, steps: false, dialog: true }),
      );
    },
    language: switchLanguage,
    menu: () => {
      menu.toggle();
    },
    timer: toggleTimer,
  });
  keepScreenAwake(life);
  if (room.ok) {
    void import('../room/deck-room.ts').then(({ startDeckRoom }) => {
      if (life.ended) return;
      startDeckRoom(life, reveal, {
        url: room.url,
        deck: options.deck,
        locale,
        slidesElement,
        deckWindow: speakerView.deckWindow,
      });
    });
  }
  if (!offlineRegistered) {
    offlineRegistered = true;
    afterQuietStart(() => {
      if (!('serviceWorker' in navigator)) {
        console.info('No offline copy: this browser has no service worker here.');
        return;
      }
      void import('./offline.ts').then(({ registerOffline }) => {
        registerOffline(locale);
      });
    });
  }
}

/**
 * Opens the speaker view for this deck window, or says why it cannot: a blocked pop-up gets a
 * button and a new-tab link; a browser without BroadcastChannel gets a notice, and the deck
 * presents as usual.
 */
function speakerViewOpener(
  life: Lifetime,
  reveal: RevealApi,
  locale: Locale,
): { readonly open: () => void; readonly deckWindow: (() => string) | undefined } {
  const t = (text: { nl: string; en: string }): string => textIn(text, locale);
  if (!canLinkSpeakerView()) {
    const open = (): void => {
      showNotice({
        id: 'speaker-view-unsupported',
        role: 'alert',
        text: t(uiText.speakerUnsupported),
        actions: [],
        dismissLabel: t(uiText.close),
      });
    };
    return { open, deckWindow: undefined };
  }
  const speakerView = linkSpeakerView(life, reveal, {
    locale,
    onBlocked: (address) => {
      showNotice({
        id: 'speaker-view-blocked',
        role: 'alert',
        text: t(uiText.speakerBlocked),
        actions: [
          // A click is a user gesture, which pop-up blockers let through.
          {
            label: t(uiText.speakerRetry),
            run: () => {
              speakerView.open();
            },
          },
          // A link to a new tab always opens; the tab finds this window over its channel.
          { label: t(uiText.speakerNewTab), href: address },
        ],
        dismissLabel: t(uiText.close),
      });
    },
  });
  return {
    open: () => {
      speakerView.open();
    },
    deckWindow: speakerView.deckWindow,
  };
}
