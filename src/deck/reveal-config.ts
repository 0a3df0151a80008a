import type { RevealConfig } from 'reveal.js';

/** Options reveal.js reads but its bundled types do not declare. */
interface UntypedRevealOptions {
  /** Total talk time in seconds; with `data-timing` per slide it drives the pacing timer. */
  totalTime: number;
}

export type DeckRevealConfig = RevealConfig & UntypedRevealOptions;

/**
 * The reveal.js options for this deck. Each one differs from reveal's default for a reason,
 * given beside it; everything not listed keeps reveal's default.
 */
export function revealConfig(options: {
  totalSeconds: number;
  reducedMotion: boolean;
}): DeckRevealConfig {
  const motion = options.reducedMotion ? 'none' : 'fade';
  return {
    // The design canvas: every size in the theme is in these pixels.
    width: 1280,
    height: 720,
    margin: 0.04,
    minScale: 0.1,
    maxScale: 3,
    // Layouts fill the whole box (see .slide-frame) and place their own content.
    center: false,
    // Deep links with the slides' readable ids (`#/achter-de-bar`), fragment step included.
    hash: true,
    fragmentInURL: true,
    respondToHashChanges: true,
    // Furniture for presenting.
    controls: true,
    controlsTutorial: false,
    controlsLayout: 'bottom-right',
    progress: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    // Calm transitions; none when the viewer asks for reduced motion.
    transition: motion,
    backgroundTransition: motion,
    transitionSpeed: 'fast',
    // The deck has its own key list (src/deck/key-list.ts): reveal's is English only, not in
    // Inter, and lists P and L, which the deck took over.
    help: false,
    // Pacing in the speaker view: per-slide `data-timing` adds up to this.
    totalTime: options.totalSeconds,
  };
}
