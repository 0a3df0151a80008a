import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './theme/tokens.css';
import './theme/base.css';
import './theme/layouts.css';
import './theme/chrome.css';
import './theme/diagrams.css';
import './theme/motion.css';
import './theme/content-errors.css';
import './theme/reader.css';

import Reveal from 'reveal.js';
import { notesIncluded, pdfFile, share } from 'virtual:deck-build';
import { deck } from '../slides/index.ts';
import { sourceLocale, type Deck } from './model/authored.ts';
import { reloadSlides } from './deck/hot-reload.ts';
import { mountSlides } from './deck/mount-slides.ts';
import { afterQuietStart } from './deck/after-first-paint.ts';
import { revealConfig } from './deck/reveal-config.ts';
import { addDeckMenu } from './deck/deck-menu.ts';
import { addPrintKey, printConfig, readPrintRequest, whenPrintReady } from './deck/print-view.ts';
import { holdPreviewReportsUntilSynced } from './deck/speaker-preview.ts';
import { lazySpeakerView } from './deck/speaker-view.ts';
import { keepPrintCopiesDistinct } from './diagrams/print-copies.ts';
import { diagramRenderer, scheduleDiagrams } from './diagrams/schedule-diagrams.ts';
import { wantsReader } from './reader/reader-request.ts';
import { startReader } from './reader/reader-view.ts';

const locale = sourceLocale;
const renderOptions = {
  share: share === undefined ? undefined : { ...share, pdfFile },
  notesIncluded,
};
const slidesElement = document.querySelector<HTMLElement>('.reveal .slides');
if (slidesElement === null) throw new Error('index.html lacks the .reveal .slides element');

const resolved = mountSlides(deck, slidesElement, locale, renderOptions);
const revealElement = slidesElement.closest<HTMLElement>('.reveal');
if (
  resolved !== undefined &&
  revealElement !== null &&
  wantsReader(window.location.search, window.innerWidth)
) {
  startReader(revealElement, slidesElement, diagramRenderer(resolved, locale));
} else if (resolved !== undefined) {
  window.Reveal = Reveal;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const print = readPrintRequest(window.location.search);
  const renderDiagrams = diagramRenderer(resolved, locale);
  if (print.active) {
    // reveal lays out the pages once, at initialize(): the diagrams must be in before that.
    await renderDiagrams();
    keepPrintCopiesDistinct(Reveal);
    whenPrintReady(Reveal, print);
  }
  const speakerView = lazySpeakerView();
  const preview = holdPreviewReportsUntilSynced();
  await Reveal.initialize({
    ...revealConfig({ totalSeconds: resolved.totalSeconds, reducedMotion }),
    ...printConfig(print),
    plugins: [speakerView],
  });
  preview.afterReady(Reveal);
  if (!print.active) {
    addPrintKey(Reveal);
    if (!/receiver/i.test(window.location.search)) {
      addDeckMenu(Reveal, locale, {
        pdfFile,
        openSpeakerView: () => {
          speakerView.open();
        },
      });
    }
    scheduleDiagrams(Reveal, renderDiagrams);
    afterQuietStart(() => {
      speakerView.preload();
      // The speaker view's previews are the deck again: one registration is enough.
      if (!/receiver/i.test(window.location.search)) {
        void import('./deck/offline.ts').then(({ registerOffline }) => {
          registerOffline();
        });
      }
    });
  }
}

if (import.meta.hot) {
  import.meta.hot.accept('../slides/index.ts', (module) => {
    const next = (module as { deck?: Deck } | undefined)?.deck;
    if (next === undefined) return;
    if (Reveal.isReady()) {
      reloadSlides(Reveal, next, slidesElement, locale, renderOptions);
    } else {
      // The first load had content errors: nothing to keep, start over.
      import.meta.hot?.invalidate();
    }
  });
}
