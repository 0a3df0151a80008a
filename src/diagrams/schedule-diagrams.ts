import type { RevealApi } from 'reveal.js';
import type { Locale } from '../model/authored.ts';
import { renderDiagrams as placeDrawnDiagrams } from './drawn-diagrams.ts';
import { diagramsOf, type PlacedDiagram } from './place-drawings.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { whenIdleAfterFirstPaint } from '../deck/after-first-paint.ts';
import type { Lifetime } from '../deck/lifetime.ts';
import { domNames } from '../render/dom-names.ts';

/**
 * Where the drawings come from: in the built site, from the build (a small module per
 * language; Mermaid never reaches dist/); in the dev server, from Mermaid in the page, so a
 * saved diagram shows at once. `import.meta.env.DECK_DRAWN_AT_BUILD` is a constant the build
 * writes in (scripts/vite/deck-page-plugin.ts), so a build drops the other branch and its
 * import; unlike `DEV`, it holds whatever NODE_ENV the build runs under (the tests' is `test`).
 */
const loadRenderer = (): Promise<{
  renderDiagrams: (
    root: ParentNode,
    placed: readonly PlacedDiagram[],
    locale: Locale,
  ) => Promise<void>;
}> =>
  import.meta.env.DECK_DRAWN_AT_BUILD === true
    ? // Part of the slides' own code: the language's drawings are then one fetch away.
      Promise.resolve({ renderDiagrams: placeDrawnDiagrams })
    : import('./render-diagrams.ts');

/**
 * Puts the diagrams into the figures that still wait for one, once. Memoised: every trigger
 * after the first gets the same promise. Figures the build drew already (index.html) are left
 * as they are, so the built site in its default language loads nothing at all.
 */
export function diagramRenderer(
  deck: ResolvedDeck,
  locale: Locale,
  root: ParentNode,
): () => Promise<void> {
  const diagrams = diagramsOf(deck);
  let done: Promise<void> | undefined;
  return () => {
    if (done === undefined && root.querySelector(domNames.diagramPending) === null) {
      done = Promise.resolve();
    }
    done ??= loadRenderer()
      .then(({ renderDiagrams }) => renderDiagrams(root, diagrams, locale))
      .catch((error: unknown) => {
        showTextAlternatives(root, error);
      });
    return done;
  };
}

/**
 * When the renderer cannot load (a dropped connection, a stale cache) or stops half-way,
 * every diagram not yet drawn shows its text alternative in the deck's style instead;
 * navigation is unaffected.
 */
function showTextAlternatives(root: ParentNode, error: unknown): void {
  const figures = root.querySelectorAll<HTMLElement>(domNames.diagramPending);
  for (const figure of figures) {
    figure.classList.add('diagram-failed');
    figure.dataset.rendered = 'failed';
  }
  const slides = [...figures].map((figure) => figure.closest('section')?.id ?? '').join(', ');
  console.error(`The diagrams could not be rendered; showing their text on: ${slides}.`, error);
}

/** How many slides ahead a diagram counts as near. */
const lookahead = 2;

/**
 * When the diagrams go in. In the built site at once: the default language's page has them
 * already, and another language's are a small module of drawings, loaded beside the first
 * slide so each diagram is there the moment its slide shows. In the dev server Mermaid draws
 * them, which takes the main thread for a while: once the first slide is painted and the
 * browser idle, or at once when the presenter is within two slides of one.
 */
export function scheduleDiagrams(
  life: Lifetime,
  reveal: RevealApi,
  render: () => Promise<void>,
): void {
  const start = (): void => {
    void render();
  };
  if (import.meta.env.DECK_DRAWN_AT_BUILD === true) {
    start();
    return;
  }
  const nearDiagram = (): boolean => {
    const slides = reveal.getSlides();
    const current = slides.indexOf(reveal.getCurrentSlide());
    return slides
      .slice(Math.max(0, current), current + lookahead + 1)
      .some((slide) => slide.querySelector(domNames.diagramFigure) !== null);
  };
  if (nearDiagram()) {
    // Opened on or just before a diagram: start after the slide's first frame is painted.
    requestAnimationFrame(() => {
      requestAnimationFrame(start);
    });
    return;
  }
  life.on(reveal, 'slidechanged', () => {
    if (nearDiagram()) start();
  });
  whenIdleAfterFirstPaint(start, life.signal);
}
