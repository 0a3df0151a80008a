import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './theme/tokens.css';
import './theme/base.css';
import './theme/layouts.css';
import './theme/chrome.css';
import './theme/motion.css';
import './theme/content-errors.css';

import Reveal from 'reveal.js';
import RevealNotes from 'reveal.js/plugin/notes';
import { deck } from '../slides/index.ts';
import { sourceLocale, type Deck } from './model/authored.ts';
import { reloadSlides } from './deck/hot-reload.ts';
import { mountSlides } from './deck/mount-slides.ts';
import { revealConfig } from './deck/reveal-config.ts';

const locale = sourceLocale;
const slidesElement = document.querySelector<HTMLElement>('.reveal .slides');
if (slidesElement === null) throw new Error('index.html lacks the .reveal .slides element');

const resolved = mountSlides(deck, slidesElement, locale);
if (resolved !== undefined) {
  window.Reveal = Reveal;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  void Reveal.initialize({
    ...revealConfig({ totalSeconds: resolved.totalSeconds, reducedMotion }),
    plugins: [RevealNotes],
  });
}

if (import.meta.hot) {
  import.meta.hot.accept('../slides/index.ts', (module) => {
    const next = (module as { deck?: Deck } | undefined)?.deck;
    if (next === undefined) return;
    if (Reveal.isReady()) {
      reloadSlides(Reveal, next, slidesElement, locale);
    } else {
      // The first load had content errors: nothing to keep, start over.
      import.meta.hot?.invalidate();
    }
  });
}
