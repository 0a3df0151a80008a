import Reveal from 'reveal.js';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { keepPrintCopiesDistinct } from '../diagrams/print-copies.ts';
import { diagramRenderer, scheduleDiagrams } from '../diagrams/schedule-diagrams.ts';
import { afterQuietStart } from './after-first-paint.ts';
import { addDeckMenu } from './deck-menu.ts';
import { addPrintKey, printConfig, readPrintRequest, whenPrintReady } from './print-view.ts';
import { revealConfig } from './reveal-config.ts';
import { holdPreviewReportsUntilSynced } from './speaker-preview.ts';
import { isSpeakerPreview } from './speaker-preview-check.ts';
import { lazySpeakerView } from './speaker-view.ts';
import { showNotice } from './notice.ts';
import { textIn } from '../model/texts.ts';
import { uiText } from '../render/ui-text.ts';
import { keepScreenAwake } from './wake-lock.ts';
import { mountTimers } from '../widgets/timer/timer-view.ts';

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
    keepPrintCopiesDistinct(Reveal);
    whenPrintReady(Reveal, print);
  }
  const speakerView = lazySpeakerView(() => {
    // A click on the notice's button is a user gesture, which pop-up blockers let through.
    showNotice({
      id: 'speaker-view-blocked',
      role: 'alert',
      text: textIn(uiText.speakerBlocked, locale),
      actions: [
        {
          label: textIn(uiText.speakerRetry, locale),
          run: () => {
            speakerView.open();
          },
        },
      ],
      dismissLabel: textIn(uiText.close, locale),
    });
  });
  const previewSync = holdPreviewReportsUntilSynced();
  await Reveal.initialize({
    ...revealConfig({ totalSeconds: deck.totalSeconds, reducedMotion }),
    ...printConfig(print),
    plugins: [speakerView],
  });
  previewSync.afterReady(Reveal);
  if (print.active) return;
  scheduleDiagrams(Reveal, renderDiagrams);
  mountTimers(Reveal.getSlidesElement() ?? document, Reveal);
  if (preview) return;
  addPrintKey(Reveal);
  keepScreenAwake();
  addDeckMenu(Reveal, locale, {
    pdfFile,
    openSpeakerView: () => {
      speakerView.open();
    },
  });
  afterQuietStart(() => {
    speakerView.preload();
    void import('./offline.ts').then(({ registerOffline }) => {
      registerOffline(locale);
    });
  });
}
