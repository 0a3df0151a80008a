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

import Reveal from 'reveal.js';
import { notesIncluded, pdfFile, share } from 'virtual:deck-build';
import { deck } from '../slides/index.ts';
import type { Deck } from './model/authored.ts';
import { textIn } from './model/texts.ts';
import { startLocale } from './deck/locale-switch.ts';
import { reloadSlides } from './deck/hot-reload.ts';
import { checkedDeck, mountSlides } from './deck/mount-slides.ts';
import { startSlides } from './deck/start-slides.ts';
import { diagramRenderer } from './diagrams/schedule-diagrams.ts';
import { withNotes } from './model/with-notes.ts';
import { wantsReader, wantsSpeakerView } from './reader/reader-request.ts';

const locale = startLocale();
document.title = textIn(deck.title, locale);
const renderOptions = {
  share: share === undefined ? undefined : { ...share, pdfFile },
  notesIncluded,
};
// The slide show has its notes taken out (they load with the views that show them).
const slideOptions = { ...renderOptions, notesIncluded: false };
const slidesElement = document.querySelector<HTMLElement>('.reveal .slides');
const revealElement = slidesElement?.closest<HTMLElement>('.reveal');
if (slidesElement === null || revealElement === null || revealElement === undefined) {
  throw new Error('index.html lacks the .reveal .slides elements');
}

/** The deck with its speaker notes, which arrive in their own module (not before slide one). */
async function deckWithNotes(): Promise<Deck> {
  const { notes } = await import('virtual:deck-notes');
  return withNotes(deck, notes);
}

/**
 * Starts the view the address asks for. Content errors show as a list in the page instead;
 * then nothing starts. A function rather than top-level await: the bundler merges the small
 * shared chunks into the entry only for modules without top-level await, and each chunk is one
 * more request before the first slide.
 */
async function start(slides: HTMLElement, reveal: HTMLElement): Promise<void> {
  if (wantsSpeakerView(window.location.search)) {
    const { startSpeakerView } = await import('./speaker/speaker-view.ts');
    // The view draws its own page: the deck is checked, not rendered.
    const resolved = checkedDeck(await deckWithNotes(), renderOptions);
    if (resolved !== undefined) startSpeakerView(document.body, resolved, locale);
  } else if (wantsReader(window.location.search, window.innerWidth)) {
    const resolved = mountSlides(await deckWithNotes(), slides, locale, renderOptions);
    if (resolved !== undefined) {
      // Phones only: its code and styles load on demand, off the slides' path.
      const { startReader } = await import('./reader/reader-view.ts');
      startReader(reveal, slides, diagramRenderer(resolved, locale));
    }
  } else {
    const resolved = mountSlides(deck, slides, locale, slideOptions);
    if (resolved !== undefined) await startSlides(resolved, locale, pdfFile);
  }
}

void start(slidesElement, revealElement);

if (import.meta.hot) {
  import.meta.hot.accept('../slides/index.ts', (module) => {
    const next = (module as { deck?: Deck } | undefined)?.deck;
    if (next === undefined) return;
    if (Reveal.isReady()) {
      reloadSlides(Reveal, next, slidesElement, locale, slideOptions);
    } else {
      // The first load had content errors (or this is the reader): start over.
      import.meta.hot?.invalidate();
    }
  });
}
