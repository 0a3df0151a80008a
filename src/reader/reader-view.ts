/**
 * The reader view: the talk as one scrolling page, for phones and for reading afterwards.
 * Each slide is shown whole (every step visible, diagrams drawn) at the width of the screen,
 * followed by its speaker notes as narrative. Deep links (`#/achter-de-bar`) scroll to their
 * slide, and the address follows the slide being read, so a shared link opens at that point.
 */
import '../theme/reader.css';
import { afterQuietStart } from '../deck/after-first-paint.ts';
import { mountMatrices } from '../widgets/mount-widgets.ts';

const slideWidth = 1280;

/** Turns the deck's rendered slides, already in `container`, into the reader. */
export function startReader(
  reveal: HTMLElement,
  container: HTMLElement,
  renderDiagrams: () => Promise<void>,
): void {
  reveal.classList.add('reader');
  // Out of reveal.js's reach: its styles position and hide `.slides > section`.
  container.classList.replace('slides', 'reader-slides');
  document.documentElement.classList.add('reader-view');
  keepSlidesAtScreenWidth(container);
  followAddress(container);
  drawDiagramsWhenNear(container, renderDiagrams);
  // The board reads and takes markers here as in the deck (a shared link shows its picture).
  void mountMatrices(container, true);
}

/**
 * Draws the diagrams once one is within a screen of being read, or once the page has been
 * quiet for a while, whichever comes first: never during the opening of the page.
 */
function drawDiagramsWhenNear(container: HTMLElement, render: () => Promise<void>): void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        void render();
      }
    },
    { rootMargin: '100% 0px' },
  );
  container.querySelectorAll('figure.diagram').forEach((figure) => {
    observer.observe(figure);
  });
  afterQuietStart(() => {
    observer.disconnect();
    void render();
  });
}

function keepSlidesAtScreenWidth(container: HTMLElement): void {
  const fit = (): void => {
    const width = container.clientWidth;
    container.style.setProperty('--reader-scale', String(width / slideWidth));
  };
  new ResizeObserver(fit).observe(container);
  fit();
}

function slideFromHash(): string | undefined {
  const id = /^#\/([a-z0-9-]+)/.exec(window.location.hash)?.[1];
  return id === undefined ? undefined : id;
}

function followAddress(container: HTMLElement): void {
  const sections = [...container.querySelectorAll<HTMLElement>(':scope > section')];
  const target = slideFromHash();
  if (target !== undefined) {
    const section = sections.find((candidate) => candidate.id === target);
    if (section === undefined) {
      console.warn(`No slide "${target}" in this deck; starting at the top.`);
    } else {
      section.scrollIntoView();
      // Text above it reflows once Inter has loaded: scroll again to stay on the slide.
      void document.fonts.ready.then(() => {
        section.scrollIntoView();
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
    const hash = current === undefined ? '' : `#/${current.id}`;
    if (hash !== '' && window.location.hash !== hash) window.history.replaceState(null, '', hash);
  };
  window.addEventListener(
    'scroll',
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
}
