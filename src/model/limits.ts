/**
 * The editorial limits the validator enforces, in one place so the README and the messages
 * quote the same numbers.
 */
export const limits = {
  /** Words on a slide: one idea per slide, the rest goes in the notes (ARCHITECTURE.md, "Design rules"). */
  maxVisibleWords: 35,
  /**
   * Speaker notes, in spoken words (presenter markup left out): enough to say, short enough to
   * glance at. A slide with an exercise may say more: how to run each phase.
   */
  minNoteWords: 40,
  maxNoteWords: 110,
  maxExerciseNoteWords: 160,
  /** A calm speaking rate for a room: a slide's spoken minutes cover its notes at this rate. */
  wordsPerMinute: 130,
  /** A slide's spoken minutes come in quarters of a minute. */
  minuteStep: 0.25,
  /** A slide's spoken time, in minutes. */
  minMinutes: 0.25,
  maxMinutes: 6,
  /** One phase of an exercise (alone, pairs, plenary), in whole minutes. */
  minExercisePhase: 1,
  maxExercisePhase: 30,
  /** A whole exercise: the discussion timer counts down an hour at most (timer-state.ts). */
  maxExerciseMinutes: 60,
  /**
   * The full talk, spoken minutes and exercises together. Wide on purpose: it catches a deck
   * that lost its exercises or grew a second talk, while MT agendas give 20 to 45 minutes
   * (shorter versions are cuts, each checked against its own length).
   */
  minTalkMinutes: 15,
  maxTalkMinutes: 45,
  /** A cut's agenda slot, in minutes (slides/cuts.ts). */
  minSlotMinutes: 5,
  maxSlotMinutes: 120,
  /**
   * How far a cut's planned time may be from its slot, as a share of the slot, either way:
   * an MT agenda slot is "about" its minutes, a cut far under it was made for another slot.
   */
  slotTolerance: 0.1,
  /** A field of the event (client, presenter, role, place): it stands on one line. */
  maxEventFieldLength: 80,
  /**
   * A poll option's label, in words: it stands on the slide beside the question and as a big
   * radio button on a phone, so a few words that read at a glance.
   */
  maxPollLabelWords: 6,
  /** The prompt above a poll's free text on the phones: one line on a 390 px screen, twice. */
  maxPollPromptLength: 80,
  /** Clicks in one diagram; the theme has reveal styles for this many. */
  maxDiagramSteps: 6,
} as const;

/** A slide id: lower-case words of letters and digits joined by single hyphens. */
export const slideIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A node id in a diagram source: letters and digits, so it reads back from the SVG's ids. */
export const diagramNodeIdPattern = /^[A-Za-z][A-Za-z0-9]*$/;
