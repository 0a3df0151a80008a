/**
 * The class names and attributes that the renderers write and the views look for: in one place,
 * so a renamed class cannot leave a view looking for markup that is no longer there. Views get
 * their data (a board's labels, a timer's length) from the resolved deck, never back from the
 * markup; these names only find the elements.
 */

/** Classes that views look up; the renderers write them from here. */
export const domClasses = {
  /** The box every slide's layout sits in. */
  slideFrame: 'slide-frame',
  diagram: 'diagram',
  diagramCanvas: 'diagram-canvas',
  /** The board slide's layout, its text column (the room's card goes there) and the board. */
  matrixLayout: 'layout-matrix',
  matrixSide: 'matrix-side',
  matrixBoard: 'matrix-board',
  matrix: 'matrix',
  matrixPlane: 'matrix-plane',
  matrixCount: 'matrix-count',
  matrixReset: 'matrix-reset',
  matrixMarker: 'matrix-marker',
  /** A question's poll: its options, and the room's counts and texts once there are any. */
  poll: 'poll',
  /** A question slide's layout and its text column (the room's card and counts go beside them). */
  questionLayout: 'layout-question',
  questionText: 'question-text',
  timer: 'discussion-timer',
  timerDisplay: 'timer-display',
  notes: 'notes',
  /**
   * On `<html>` from before the first paint of a join link (the page's inline script,
   * scripts/vite/deck-build-plugin.ts) until the join page has started: the talk stays hidden.
   */
  joining: 'joining',
} as const;

/** Attributes that views read or set. */
export const domAttributes = {
  /** On a diagram's figure: the diagram's id. */
  diagramId: 'data-diagram',
  /** On a diagram's figure once drawn (`true`) or fallen back to its text (`failed`). */
  diagramRendered: 'data-rendered',
  /** On each of the timer's buttons: toggle, less, more, reset. */
  timerAction: 'data-timer-action',
  /**
   * On `<html>` once the slide show has all its parts (src/deck/presenting-parts.ts): keys,
   * menu, widgets, diagrams. reveal.js works a moment before (window.Reveal.isReady()).
   */
  deckReady: 'data-deck-ready',
} as const;

const c = domClasses;

/** The selectors views use, built from the names above. */
export const domNames = {
  /** reveal.js's container of the slides (index.html). */
  slides: '.reveal .slides',
  diagramFigure: `figure.${c.diagram}`,
  diagramPending: `figure.${c.diagram}:not([${domAttributes.diagramRendered}])`,
  diagramCanvas: `.${c.diagramCanvas}`,
  slideFrame: `.${c.slideFrame}`,
  matrixLayout: `.${c.matrixLayout}`,
  matrixSide: `.${c.matrixSide}`,
  matrixBoard: `.${c.matrixBoard}`,
  matrix: `.${c.matrix}`,
  matrixPlane: `.${c.matrixPlane}`,
  matrixCount: `.${c.matrixCount}`,
  matrixReset: `.${c.matrixReset}`,
  matrixMarker: `.${c.matrixMarker}`,
  poll: `.${c.poll}`,
  questionLayout: `.${c.questionLayout}`,
  questionText: `.${c.questionText}`,
  timer: `.${c.timer}`,
  timerDisplay: `.${c.timerDisplay}`,
  notes: `aside.${c.notes}`,
} as const;

/** The section of a slide, by its id (ids are lower-case words and hyphens: no escaping). */
export function slideSection(root: ParentNode, slideId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`section#${slideId}`);
}
