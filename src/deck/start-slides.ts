import Reveal from 'reveal.js';
import type { RevealApi, RevealConfig } from 'reveal.js';
import type { DeckAddress } from '../address/address.ts';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { textIn } from '../model/texts.ts';
import { uiText } from '../render/ui-text.ts';
import { printLink } from '../address/links.ts';
import { keepPrintCopiesDistinct } from '../diagrams/print-copies.ts';
import { diagramRenderer, scheduleDiagrams } from '../diagrams/schedule-diagrams.ts';
import { canLinkSpeakerView } from '../speaker/deck-window.ts';
import { linkSpeakerView } from '../speaker/speaker-link.ts';
import { previewReadyMessage } from '../speaker/speaker-preview-ready.ts';
import { mountWidgets } from '../widgets/mount-widgets.ts';
import { afterQuietStart } from './after-first-paint.ts';
import { addDeckMenu } from './deck-menu.ts';
import { addKeyList } from './key-list.ts';
import { bindDeckKeys } from './key-bindings.ts';
import type { Lifetime } from './lifetime.ts';
import { otherLocale, switchLocale } from './locale-switch.ts';
import { showNotice } from './notice.ts';
import { printConfig, whenPrintReady } from './print-view.ts';
import { revealConfig } from './reveal-config.ts';
import { keepScreenAwake } from './wake-lock.ts';

/** reveal.js's class: one instance per start, so a restart never inherits the last one's state. */
const RevealDeck = Reveal as unknown as new (
  element: HTMLElement,
  config: RevealConfig,
) => RevealApi;

/** A speaker-view preview shows the slide and nothing else, and moves only when told. */
const previewConfig = {
  controls: false,
  progress: false,
  slideNumber: false,
  keyboard: false,
  touch: false,
  hash: false,
  transition: 'none',
  backgroundTransition: 'none',
  // A preview frame is narrow; below 435 px reveal would turn into its scroll view.
  scrollActivationWidth: 0,
} as const;

/** The offline copy registers once per page, whatever restarts. */
let offlineRegistered = false;

/**
 * Starts reveal.js on the slides already rendered in `revealElement`, for presenting, for
 * print (`?print-pdf`) or as a speaker-view preview, with what each needs and nothing more.
 * Everything it starts ends with `life`: reveal itself, the diagrams' schedule, the widgets,
 * the speaker link, the keys, the menu and the wake lock.
 */
export async function startSlides(
  life: Lifetime,
  page: { readonly revealElement: HTMLElement; readonly slidesElement: HTMLElement },
  options: {
    readonly deck: ResolvedDeck;
    readonly address: DeckAddress;
    readonly locale: Locale;
    readonly pdfFile: string | undefined;
  },
): Promise<void> {
  const { deck, address, locale } = options;
  const print = address.view === 'print';
  const preview = address.view === 'preview';
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const { revealElement, slidesElement } = page;
  const reveal = new RevealDeck(revealElement, {
    ...revealConfig({ totalSeconds: deck.totalSeconds, reducedMotion }),
    ...(print ? printConfig(address.print) : {}),
    ...(preview ? previewConfig : {}),
  });
  // Third-party tools (decktape, extensions) and the tests look for the deck here; it says
  // itself when it is ready (isReady), as at any start.
  window.Reveal = reveal;
  life.add(() => {
    if (window.Reveal === reveal) delete window.Reveal;
  });
  const renderDiagrams = diagramRenderer(deck, locale, slidesElement);
  const widgets = mountWidgets(slidesElement, deck, locale, {
    boardsAtOnce: print,
    linkedBoards: address.boards,
  });
  life.add(widgets.dispose);
  if (print) {
    // reveal lays out the pages once, at initialize(): diagrams and boards must be in by then.
    await Promise.all([renderDiagrams(), widgets.boardsReady]);
    keepPrintCopiesDistinct(life, reveal);
    whenPrintReady(life, reveal, address.print);
  }
  if (life.ended) return;
  await reveal.initialize();
  life.add(() => {
    reveal.destroy();
  });
  if (print) return;
  if (preview) {
    // Off-stage: it draws its diagrams at once, so the presenter sees them ahead.
    void renderDiagrams();
    window.parent.postMessage(previewReadyMessage, window.location.origin);
    return;
  }
  scheduleDiagrams(life, reveal, renderDiagrams);
  presentingParts(life, reveal, options, widgets.toggleTimer);
}

/** What only the presenting window has: speaker link, keys, menu, wake lock, offline copy. */
function presentingParts(
  life: Lifetime,
  reveal: RevealApi,
  options: { readonly locale: Locale; readonly pdfFile: string | undefined },
  toggleTimer: () => void,
): void {
  const { locale } = options;
  const openSpeakerView = speakerViewOpener(life, reveal, locale);
  const switchLanguage = (): void => {
    switchLocale(reveal, otherLocale(locale));
  };
  const keys = addKeyList(life, locale);
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
function speakerViewOpener(life: Lifetime, reveal: RevealApi, locale: Locale): () => void {
  const t = (text: { nl: string; en: string }): string => textIn(text, locale);
  if (!canLinkSpeakerView()) {
    return () => {
      showNotice({
        id: 'speaker-view-unsupported',
        role: 'alert',
        text: t(uiText.speakerUnsupported),
        actions: [],
        dismissLabel: t(uiText.close),
      });
    };
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
  return () => {
    speakerView.open();
  };
}
