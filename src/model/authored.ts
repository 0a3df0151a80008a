/**
 * The authored content model: what a module in `slides/` writes.
 *
 * These types hold no DOM and no reveal.js, so Node scripts and unit tests import the deck as
 * plain data. Everything the renderer needs beyond this (indices, fragment numbers, timing in
 * seconds) is computed once in `resolve.ts` and lives in `resolved.ts`.
 */

/** The languages the deck speaks. Dutch is the source; English is the second edition. */
export type Locale = 'nl' | 'en';

/** The language every string is written in first, and the deck's default. */
export const sourceLocale = 'nl' satisfies Locale;

/**
 * A visible string in every language the deck speaks: a missing translation does not
 * compile (and validation names it, for content that escapes the compiler).
 */
export interface Text {
  readonly nl: string;
  readonly en: string;
}

/**
 * Which of the talk's two movements a piece of content belongs to. The colours follow it
 * everywhere: terracotta for the external movement, teal for the internal one.
 */
export type Movement = 'external' | 'internal';

/** A tone for a block: one of the movements, or neutral ink. */
export type Tone = Movement | 'neutral';

/**
 * Every illustration the deck can show beside a slide's text, as data: validation checks a
 * slide's `picture` against it, and `src/pictures/pictures.ts` must draw each one (a name without
 * a drawing fails to compile).
 */
export const pictureNames = [
  'bar',
  'toilet-paper',
  'broken-window',
  'breakthrough',
  'two-at-once',
] as const;

/** An illustration drawn for the deck (`src/pictures/`), shown beside or under a slide's text. */
export type PictureName = (typeof pictureNames)[number];

/** The slide kinds that may carry a picture: the story's turns, set in large type. */
export const pictureKinds = ['statement', 'quote', 'fact'] as const;

/**
 * A step in the slide's step-by-step reveal, counted from 1. Content without a step is visible
 * when the slide opens; content with step n appears at the n-th click. Steps on a slide must
 * run 1, 2, 3 ... without gaps (the validator checks this).
 */
export type Step = number;

/** A line of text that may appear at a step. */
export interface StepText {
  readonly text: Text;
  readonly step?: Step;
}

/** Fields every slide has, whatever its kind. */
interface SlideBase {
  /**
   * Readable, stable id: lower-case words joined by hyphens (`achter-de-bar`). It is the deep
   * link (`#/achter-de-bar`), so renaming it breaks links that were shared.
   */
  readonly id: string;
  /** What the presenter says: a few sentences, paragraphs separated by a blank line. */
  readonly notes: Text;
  /**
   * The SPOKEN time in minutes: at least the words of the longer language's notes at 130 a
   * minute (validate.ts checks it). An exercise's minutes come on top (`Exercise`).
   */
  readonly minutes: number;
}

/**
 * An exercise for the room, in whole minutes per phase: think alone, talk in pairs, talk in
 * plenary. A slide's planned time is its spoken `minutes` plus the exercise's total; a
 * question slide's discussion timer runs for the total.
 */
export interface Exercise {
  readonly alone: number;
  readonly pairs?: number;
  readonly plenary: number;
}

/** The opening card of the talk. */
export interface TitleSlide extends SlideBase {
  readonly kind: 'title';
  readonly title: Text;
  readonly subtitle: Text;
  /** Small line under the subtitle, such as the occasion. */
  readonly byline?: Text;
}

/** One sentence in large type, on the dark background: a turn in the story. */
export interface StatementSlide extends SlideBase {
  readonly kind: 'statement';
  /** A short label above the statement, such as the section name. */
  readonly kicker?: Text;
  readonly statement: Text;
  /** Lines under the statement, optionally revealed in steps. */
  readonly lines?: readonly StepText[];
  readonly tone?: Tone;
  /** An illustration beside the statement. */
  readonly picture?: PictureName;
}

/** A heading with a few short lines, optionally revealed one by one. */
export interface BulletsSlide extends SlideBase {
  readonly kind: 'bullets';
  readonly kicker?: Text;
  readonly title: Text;
  readonly items: readonly StepText[];
  readonly tone?: Tone;
}

/** A spoken line in large type. */
export interface QuoteSlide extends SlideBase {
  readonly kind: 'quote';
  /** Context above the quote, so the slide reads on its own (it is also its heading). */
  readonly lead: Text;
  readonly quote: Text;
  readonly attribution?: Text;
  /** An illustration beside the quote. */
  readonly picture?: PictureName;
}

/** One striking fact in large type with a short comparison under it. */
export interface FactSlide extends SlideBase {
  readonly kind: 'fact';
  readonly kicker?: Text;
  /** The fact itself, set large. */
  readonly fact: Text;
  /** A short line that gives the fact its meaning, revealed at the given step. */
  readonly point?: StepText;
  /** An illustration beside the fact. */
  readonly picture?: PictureName;
}

/** A before/after pair: what something was, and what it became. */
export interface ShiftSlide extends SlideBase {
  readonly kind: 'shift';
  readonly kicker?: Text;
  readonly title: Text;
  readonly tone: Tone;
  readonly from: Text;
  readonly to: StepText;
}

/** A column of lines under a heading, in one tone. */
export interface Column {
  readonly heading: Text;
  readonly tone: Tone;
  readonly items: readonly StepText[];
  /** Reveal the whole column at this step (its items may carry later steps). */
  readonly step?: Step;
}

/** Two columns side by side, for contrasts such as the two pulls on a professional. */
export interface ColumnsSlide extends SlideBase {
  readonly kind: 'columns';
  readonly kicker?: Text;
  readonly title: Text;
  readonly columns: readonly [Column, Column];
  /** A conclusion under both columns. */
  readonly conclusion?: StepText;
}

/** A card in a grid: a term and what it means. */
export interface Card {
  readonly title: Text;
  readonly text: Text;
  readonly tone?: Tone;
  readonly step?: Step;
}

/** A grid of two to four cards, such as the four capabilities. */
export interface CardsSlide extends SlideBase {
  readonly kind: 'cards';
  readonly kicker?: Text;
  readonly title: Text;
  readonly cards: readonly Card[];
}

/** One answer the room can pick on its phones (src/room/protocol.ts). */
export interface PollOption {
  /** Unique on its slide; lower-case words joined by hyphens. The room server knows only this. */
  readonly id: string;
  /** What the phone and the slide show: a few words. */
  readonly label: Text;
}

/**
 * A choice put to the room: with a room server, each phone picks one option and may add a
 * short text; without one, the slide lists the options for a show of hands.
 */
export interface Poll {
  readonly options: readonly PollOption[];
  /** The prompt of the optional free text on the phones; without it, phones only choose. */
  readonly freeText?: Text;
}

/** A question put to the room, in large type, on the dark background. */
export interface QuestionSlide extends SlideBase {
  readonly kind: 'question';
  readonly kicker?: Text;
  readonly question: Text;
  /** Sub-questions or a closing line, optionally revealed in steps. */
  readonly lines?: readonly StepText[];
  /**
   * Show the deck's address as a QR code (and the PDF download, when the build ships it), so
   * the room can take the talk with them. Shown only when the build has DECK_URL.
   */
  readonly shareLink?: true;
  /** The room's discussion; the slide shows a countdown for its total. */
  readonly exercise?: Exercise;
  /** The options the room picks from, on their phones when a room server runs. */
  readonly poll?: Poll;
}

/** Colour classes a diagram source may give its nodes (`class a,b external`). */
export type DiagramNodeClass = Movement | 'neutral' | 'tie';

/** One step of a diagram's reveal: the nodes that appear at that click. */
export interface DiagramStep {
  readonly nodes: readonly string[];
}

/**
 * A Mermaid flowchart, written in `slides/diagrams/<id>.ts`. The deck adds the styling
 * (theme, colours of the node classes, accessibility title and description), so the source
 * holds only structure and labels.
 */
export interface Diagram {
  /** The file name under `slides/diagrams/` without `.ts`; unique across the deck. */
  readonly id: string;
  /**
   * Mermaid flowchart source, per locale since its labels are visible text. Node ids are
   * letters and digits only (the step logic reads them back from the SVG). Colour nodes with
   * `class a,b external` (or internal, neutral, tie).
   */
  readonly source: Text;
  /** Short name of the diagram for screen readers (`accTitle`). One line. */
  readonly title: Text;
  /** What the diagram shows, in words (`accDescr`): the text alternative. One line. */
  readonly description: Text;
  /**
   * Clicks that reveal parts of the diagram, in order: step 1 shows its nodes, step 2 adds its
   * own, and so on. Nodes in no step are visible from the start; an edge appears with the
   * later of its two ends.
   */
  readonly steps: readonly DiagramStep[];
}

/** A heading and a diagram filling the rest of the slide. */
export interface DiagramSlide extends SlideBase {
  readonly kind: 'diagram';
  readonly kicker?: Text;
  readonly title: Text;
  readonly diagram: Diagram;
}

/** One end of a matrix axis and the other: where a movement starts and where it leads. */
export interface MatrixAxis {
  readonly from: Text;
  readonly to: Text;
}

/** A named quadrant of the matrix: the situation its two positions add up to. */
export interface MatrixQuadrant {
  readonly title: Text;
}

/**
 * The room's self-assessment: a two-by-two of the two movements on which the audience places
 * numbered markers. The horizontal axis is the external movement, the vertical one the
 * internal movement; the quadrants are named by what moves, so they cannot be put in the
 * wrong corner.
 */
export interface MatrixSlide extends SlideBase {
  readonly kind: 'matrix';
  readonly kicker?: Text;
  readonly title: Text;
  /** Left to right: the client relationship. */
  readonly external: MatrixAxis;
  /** Bottom to top: people, systems, what is measured and rewarded. */
  readonly internal: MatrixAxis;
  readonly quadrants: {
    /** Bottom left: neither movement has started. */
    readonly bothStill: MatrixQuadrant;
    /** Bottom right: the client relationship moves while the inside stands still. */
    readonly externalOnly: MatrixQuadrant;
    /** Top left: the inside moves while the client relationship stands still. */
    readonly internalOnly: MatrixQuadrant;
    /** Top right: both movements, together. */
    readonly bothMoving: MatrixQuadrant;
  };
  /** The room placing its markers and talking about the spread. */
  readonly exercise?: Exercise;
}

/**
 * Every kind of slide the deck knows. Adding a kind here without a renderer in
 * `src/render/renderers.ts` fails to compile.
 */
export type Slide =
  | TitleSlide
  | StatementSlide
  | BulletsSlide
  | QuoteSlide
  | FactSlide
  | ShiftSlide
  | ColumnsSlide
  | CardsSlide
  | QuestionSlide
  | DiagramSlide
  | MatrixSlide;

/** The discriminant of `Slide`. */
export type SlideKind = Slide['kind'];

/**
 * Every slide kind, as data: validation checks a slide's `kind` against it, so content that
 * escapes the compiler (a cast, a JavaScript author) is a located error, never a blank deck.
 * tests/unit/types/content-types.test-d.ts keeps it equal to `SlideKind`.
 */
export const slideKinds = [
  'title',
  'statement',
  'bullets',
  'quote',
  'fact',
  'shift',
  'columns',
  'cards',
  'question',
  'diagram',
  'matrix',
] as const satisfies readonly SlideKind[];

/**
 * A slide as the views get it: its content without its speaker notes. The notes travel apart
 * (`DeckNotes`), loaded only by the views that show them.
 */
export type SlideContent = Slide extends infer S
  ? S extends Slide
    ? Omit<S, 'notes'>
    : never
  : never;

/** Speaker notes by slide id. Empty when a build leaves them out (DECK_NOTES=false). */
export type DeckNotes = Readonly<Record<string, Text>>;

/** One section of the talk: one module in `slides/`. */
export interface Section {
  /** Short name of the section, for the outline, the PDF bookmarks and error messages. */
  readonly title: Text;
  readonly slides: readonly Slide[];
}

/** What the deck is called and about, for the page head and the PDF. */
export interface DeckMeta {
  readonly title: Text;
  readonly description: Text;
  /** Who gives the talk, or for whom: the PDF's author. */
  readonly author: Text;
  /** Subject words for the PDF's metadata and search engines. */
  readonly keywords: readonly Text[];
}

/**
 * A named version of the talk for an agenda slot (`slides/cuts.ts`): which slides it skips and
 * which exercises it shortens. Nothing else: a cut never rewrites a slide.
 */
export interface Cut {
  /** What the cut is called, for people (`Korte versie`). */
  readonly name: Text;
  /** The agenda slot it is made for, in minutes: its planned time must fit it. */
  readonly slotMinutes: number;
  /** The ids of the slides it leaves out. */
  readonly skip?: readonly string[];
  /** A shorter exercise for a slide that has one, by slide id. */
  readonly exercises?: Readonly<Record<string, Exercise>>;
}

/**
 * Every cut of the talk, by the name the address and the build use (`?cut=short`,
 * `DECK_CUT=short`): lower-case words joined by hyphens. `full` is the default.
 */
export type Cuts = { readonly full: Cut } & Readonly<Record<string, Cut>>;

/**
 * The occasion the talk is given at (`slides/event.ts`), every field optional: left empty, the
 * deck is the generic talk, with no empty labels.
 */
export interface DeckEvent {
  /** The client organisation the talk is given for. */
  readonly client?: string;
  /** Who gives the talk. */
  readonly presenter?: string;
  /** The presenter's role, in both languages (`Adviseur` / `Adviser`). */
  readonly role?: Text;
  /** The day of the talk, as `YYYY-MM-DD`; each language writes it its own way. */
  readonly date?: string;
  /** Where the talk is given. */
  readonly place?: string;
}

/** The talk as a whole. */
export interface Deck extends DeckMeta {
  /**
   * The sections in talk order, keyed by the module's file name under `slides/`
   * (`'01-opening.ts'`), so error messages can name the file to fix.
   */
  readonly sections: Readonly<Record<string, Section>>;
  /** Its versions for agenda slots (`slides/cuts.ts`). */
  readonly cuts: Cuts;
  /** The occasion (`slides/event.ts`). */
  readonly event: DeckEvent;
}
