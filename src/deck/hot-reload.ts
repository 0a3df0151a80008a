import type { RevealApi } from 'reveal.js';
import type { Deck, Locale } from '../model/authored.ts';
import type { ValidationOptions } from '../model/validate.ts';
import type { RenderOptions } from '../render/context.ts';
import { mountWidgets } from '../widgets/mount-widgets.ts';
import { mountSlides } from './mount-slides.ts';

/**
 * Re-renders the slides in place after an edit in `slides/` (Vite HMR), keeping the presenter
 * on the same slide and step: by id, so a slide inserted before the current one does not
 * move the view.
 */
export function reloadSlides(
  reveal: RevealApi,
  deck: Deck,
  slidesElement: HTMLElement,
  locale: Locale,
  options: RenderOptions & ValidationOptions = {},
): void {
  const currentId = reveal.getCurrentSlide().id;
  // Undefined on a slide without fragments; reveal.slide() then leaves fragments alone.
  const step = reveal.getIndices().f;
  if (mountSlides(deck, slidesElement, locale, options) === undefined) return;
  reveal.sync();
  // The new slides' timers and boards are new elements: bring them to life.
  void mountWidgets(slidesElement, reveal);
  const slides = reveal.getSlides();
  const index = Math.max(
    0,
    slides.findIndex((slide) => slide.id === currentId),
  );
  reveal.slide(index, 0, step);
}
