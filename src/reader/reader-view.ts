/**
 * The reader view: the talk as one scrolling page, for phones and for reading afterwards.
 * Each slide is shown whole (every step visible, diagrams drawn) at the width of the screen,
 * followed by its speaker notes as narrative. Deep links (`#/achter-de-bar`) scroll to their
 * slide, and the address follows the slide being read, so a shared link opens at that point.
 */
import type { DeckAddress } from '../address/address.ts';
import type { Locale } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { slideHash } from '../address/links.ts';
import { whenIdleAfterFirstPaint } from '../deck/after-first-paint.ts';
import type { Lifetime } from '../deck/lifetime.ts';
import { domNames } from '../render/dom-names.ts';
import { diagramRenderer } from '../diagrams/schedule-diagrams.ts';
import { mountWidgets } from '../widgets/mount-widgets.ts';
import { outcomeSourcesOf } from '../room/outcome-sources.ts';

/**
 * Turns the deck's rendered slides, already in `container`, into the reader. The page reads
 * at once; the deck (loaded on the first call) comes in for the board and the diagrams only,
 * so a phone on the build's page waits for nothing (ARCHITECTURE.md, The first slide).
 */
export function startReader(
  life: Lifetime,
  reveal: HTMLElement,
  container: HTMLElement,
  options: {
    readonly deck: () => Promise<ResolvedDeck>;
    readonly locale: Locale;
    readonly address: DeckAddress;
  },
): void {
  reveal.classList.add('reader');
  // Out of reveal.js's reach: its styles position and hide `.slides > section`.
  container.classList.replace('slides', 'reader-slides');
  document.documentElement.classList.add('reader-view');
  life.add(() => {
    reveal.classList.remove('reader');
    container.classList.replace('reader-slides', 'slides');
    document.documentElement.classList.remove('reader-view');
  });
  keepSlidesAtScreenWidth(life, container);
  followAddress(life, container, options.address);
  let diagramsDrawn: Promise<void> | undefined;
  drawDiagramsWhenNear(life, container, () => {
    diagramsDrawn ??= options
      .deck()
      .then((deck) => diagramRenderer(deck, options.locale, container)());
    return diagramsDrawn;
  });
  const sources = outcomeSourcesOf(options.address, window.location.pathname);
  if (sources === undefined) {
    // The board reads and takes markers here as in the deck (a shared link shows its picture).
    void options.deck().then((deck) => {
      if (life.ended) return;
      const widgets = mountWidgets(container, deck, options.locale, {
        boardsAtOnce: false,
        linkedBoards: options.address.boards,
      });
      life.add(widgets.dispose);
    });
    return;
  }
  // The room's outcome arrives at run time, over the page the build wrote (ARCHITECTURE.md,
  // The page before its script): its code loads only for a page that has one.
  void Promise.all([import('../room/outcome-view.ts'), options.deck()]).then(([view, deck]) => {
    if (life.ended) return;
    const outcome = view.chooseOutcome({
      ...sources,
      warn: (message) => {
        console.warn(message);
      },
    });
    const widgets = mountWidgets(container, deck, options.locale, {
      boardsAtOnce: false,
      linkedBoards: options.address.boards,
      outcomeBoards: outcome === undefined ? undefined : view.outcomeBoards(deck, outcome),
    });
    life.add(widgets.dispose);
    if (outcome !== undefined) {
      life.add(view.drawOutcome(container, deck, options.locale, outcome, { allTexts: true }));
    }
  });
}

/**
 * Puts the diagrams in once one is within a screen of being read, or once the first paint is
 * done and the browser idle, whichever comes first. The build's page has them already.
 */
function drawDiagramsWhenNear(
  life: Lifetime,
  container: HTMLElement,
  render: () => Promise<void>,
): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void render();
      }
    },
    { rootMargin: '100% 0px' },
  );
  life.add(() => {
    observer.disconnect();
  });
  container.querySelectorAll(domNames.diagramFigure).forEach((figure) => {
    observer.observe(figure);
  });
  whenIdleAfterFirstPaint(() => {
    observer.disconnect();
    void render();
  }, life.signal);
}

/** The slide's design width, which the reader scales to the screen's. */
const slideWidth = 1280;

/**
 * Measures the scale the CSS computes on its own where the engine can (src/theme/reader.css):
 * WebKitGTK cannot, and would show the slides at 1280 px on a phone. Written in the next frame,
 * not inside the observer's callback: a change of layout there would trigger the observer
 * again in the same frame, which browsers report as an error ("ResizeObserver loop").
 */
function keepSlidesAtScreenWidth(life: Lifetime, container: HTMLElement): void {
  let frame = 0;
  let fittedWidth = -1;
  const fit = (): void => {
    frame = 0;
    // Only a new width changes the scale. The container's height changes all the time (slides
    // laid out as they come near), and writing the same scale again on each of those made
    // WebKitGTK lay the page out again and again.
    const width = container.clientWidth;
    if (width === fittedWidth) return;
    fittedWidth = width;
    container.style.setProperty('--reader-scale-measured', String(width / slideWidth));
  };
  const observer = new ResizeObserver(() => {
    if (frame === 0) frame = requestAnimationFrame(fit);
  });
  observer.observe(container);
  life.add(() => {
    observer.disconnect();
    cancelAnimationFrame(frame);
    container.style.removeProperty('--reader-scale-measured');
  });
  fit();
}

function followAddress(life: Lifetime, container: HTMLElement, address: DeckAddress): void {
  const sections = [...container.querySelectorAll<HTMLElement>(':scope > section')];
  const target = address.target?.slideId;
  if (target !== undefined) {
    const section = sections.find((candidate) => candidate.id === target);
    if (section === undefined) {
      console.warn(`No slide "${target}" in this deck; starting at the top.`);
    } else {
      section.scrollIntoView();
      // Text above it reflows once Inter has loaded: scroll again to stay on the slide.
      void document.fonts.ready.then(() => {
        if (!life.ended) section.scrollIntoView();
      });
    }
  }
  // The slide being read: the last one whose top has passed the upper third of the screen.
  let pending = false;
  const update = (): void => {
    pending = false;
    const line = window.innerHeight / 3;
    const current = sections
      .filter((section) => section.getBoundingClientRect().top <= line)
      .at(-1);
    const hash = current === undefined ? '' : slideHash(current.id);
    if (hash !== '' && window.location.hash !== hash) window.history.replaceState(null, '', hash);
  };
  window.addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(update);
    },
    { passive: true, signal: life.signal },
  );
}
