import Reveal from 'reveal.js';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { keepPrintCopiesDistinct } from '../diagrams/print-copies.ts';
import { diagramRenderer, scheduleDiagrams } from '../diagrams/schedule-diagrams.ts';
import { afterQuietStart } from './after-first-paint.ts';
import { addDeckMenu } from './deck-menu.ts';
import { otherLocale, switchLocale } from './locale-switch.ts';
import { addPrintKey, printConfig, readPrintRequest, whenPrintReady } from './print-view.ts';
import { revealConfig } from './reveal-config.ts';
import { isSpeakerPreview } from './speaker-preview-check.ts';
import { linkSpeakerView } from '../speaker/speaker-link.ts';
import { previewReadyMessage } from '../speaker/speaker-preview-ready.ts';
import { showNotice } from './notice.ts';
import { textIn } from '../model/texts.ts';
import { uiText } from '../render/ui-text.ts';
import { keepScreenAwake } from './wake-lock.ts';
import { mountMatrices, mountWidgets } from '../widgets/mount-widgets.ts';

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

/**
 * Starts reveal.js on the rendered slides, for presenting, for print (`?print-pdf`) or as a
 * speaker-view preview, with what each of those needs and nothing more.
 */
export async function startSlides(
  deck: ResolvedDeck,
  locale: Locale,
  pdfFile: string | undefined,
): Promise<void> {
  // Third-party tools (decktape, extensions) and the tests look for the deck here.
  window.Reveal = Reveal;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const print = readPrintRequest(window.location.search);
  const preview = isSpeakerPreview();
  const renderDiagrams = diagramRenderer(deck, locale);
  if (print.active) {
    // reveal lays out the pages once, at initialize(): the diagrams must be in before that.
    await renderDiagrams();
    await mountMatrices(document);
    keepPrintCopiesDistinct(Reveal);
    whenPrintReady(Reveal, print);
  }
  await Reveal.initialize({
    ...revealConfig({ totalSeconds: deck.totalSeconds, reducedMotion }),
    ...printConfig(print),
    ...(preview ? previewConfig : {}),
  });
  if (print.active) return;
  // A preview is off-stage: it draws its diagrams at once, so the presenter sees them ahead.
  if (preview) void renderDiagrams();
  else scheduleDiagrams(Reveal, renderDiagrams);
  void mountWidgets(Reveal.getSlidesElement() ?? document, Reveal);
  if (preview) {
    window.parent.postMessage(previewReadyMessage, window.location.origin);
    return;
  }
  const speakerView = linkSpeakerView(Reveal, {
    locale: () => locale,
    onBlocked: (address) => {
      showNotice({
        id: 'speaker-view-blocked',
        role: 'alert',
        text: textIn(uiText.speakerBlocked, locale),
        actions: [
          // A click is a user gesture, which pop-up blockers let through.
          {
            label: textIn(uiText.speakerRetry, locale),
            run: () => {
              speakerView.open();
            },
          },
          // A link to a new tab always opens; the tab finds the deck over its channel.
          { label: textIn(uiText.speakerNewTab, locale), href: address },
        ],
        dismissLabel: textIn(uiText.close, locale),
      });
    },
  });
  Reveal.addKeyBinding({ keyCode: 83, key: 'S', description: 'Speaker view' }, () => {
    speakerView.open();
  });
  addPrintKey(Reveal);
  keepScreenAwake();
  const switchLanguage = (): void => {
    switchLocale(Reveal, otherLocale(locale));
  };
  Reveal.addKeyBinding(
    { keyCode: 76, key: 'L', description: 'Switch language (Nederlands / English)' },
    switchLanguage,
  );
  addDeckMenu(Reveal, locale, {
    pdfFile,
    switchLanguage,
    openSpeakerView: () => {
      speakerView.open();
    },
  });
  afterQuietStart(() => {
    void import('./offline.ts').then(({ registerOffline }) => {
      registerOffline(locale);
    });
  });
}
