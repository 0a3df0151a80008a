/**
 * The class names and attributes that the renderers write and the views look for: in one place,
 * so a renamed class cannot leave a view looking for markup that is no longer there. Views get
 * their data (a board's labels, a timer's length) from the resolved deck, never back from the
 * markup; these names only find the elements.
 */
export const domNames = {
  /** reveal.js's container of the slides (index.html). */
  slides: '.reveal .slides',
  /** A diagram's figure; `data-diagram` holds its id, `data-rendered` is set once drawn. */
  diagramFigure: 'figure.diagram',
  diagramPending: 'figure.diagram:not([data-rendered])',
  diagramCanvas: '.diagram-canvas',
  /** The self-assessment board and its parts (src/widgets/matrix). */
  matrix: '.matrix',
  matrixPlane: '.matrix-plane',
  matrixCount: '.matrix-count',
  matrixReset: '.matrix-reset',
  matrixMarker: '.matrix-marker',
  /** The discussion timer and its parts (src/widgets/timer). */
  timer: '.discussion-timer',
  timerDisplay: '.timer-display',
  /** `data-timer-action` on each of the timer's buttons: toggle, less, more, reset. */
  timerAction: 'data-timer-action',
  /** The speaker notes under each slide (reader view, handout). */
  notes: 'aside.notes',
} as const;

/** The section of a slide, by its id (ids are lower-case words and hyphens: no escaping). */
export function slideSection(root: ParentNode, slideId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`section#${slideId}`);
}
