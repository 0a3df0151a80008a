/**
 * The editorial limits the validator enforces, in one place so the README and the messages
 * quote the same numbers.
 */
export const limits = {
  /** Words on a slide: one idea per slide, the rest goes in the notes (ARCHITECTURE.md, "Design rules"). */
  maxVisibleWords: 35,
  /** Speaker notes: enough to say, short enough to glance at. */
  minNoteWords: 40,
  maxNoteWords: 150,
  /** A slide's time budget, in minutes. */
  minMinutes: 0.25,
  maxMinutes: 6,
  /** The whole talk, in minutes. */
  minTalkMinutes: 20,
  maxTalkMinutes: 25,
  /** Clicks in one diagram; the theme has reveal styles for this many. */
  maxDiagramSteps: 6,
} as const;

/** A slide id: lower-case words of letters and digits joined by single hyphens. */
export const slideIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A node id in a diagram source: letters and digits, so it reads back from the SVG's ids. */
export const diagramNodeIdPattern = /^[A-Za-z][A-Za-z0-9]*$/;
