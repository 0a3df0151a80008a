/**
 * One slide layout per slide kind, under one master: the background (paper, or night for the
 * turns in the story), the title placeholder and the body placeholders where the kind has
 * running text, and the slide number. Slides put their title and body text into these
 * placeholders, so PowerPoint's outline view, its accessibility checker and "Reuse slides"
 * see real titles, and a client's own master restyles the deck.
 *
 * Boxes are in design pixels (1280x720) and follow layouts.css: the slide frame's padding is
 * 72 px top and bottom and 96 px left and right. The web centres each slide's content
 * vertically at its measured height; a layout has fixed boxes, sized for the deck's longest
 * text of each kind (the LibreOffice test checks that nothing spills).
 */
import type PptxGenJS from 'pptxgenjs';
import type { pictureKinds, SlideKind } from '../../../src/model/authored.ts';
import { pictureSize } from '../../../src/pictures/pictures.ts';
import { darkKinds } from '../../../src/render/renderers.ts';
import { runOptions, styles, type TextStyle } from './text.ts';
import { colors, inch } from './theme.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** A box as pptxgenjs positions take it (inches). */
export function position(box: Box): { x: number; y: number; w: number; h: number } {
  return { x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h) };
}

const left = 96;
const contentWidth = 1088;

/**
 * A CSS `max-width` in `ch` as design pixels: Inter's "0" is about 0.6 em wide. The deck keeps
 * large type to a measure (`max-width: 20ch`); the boxes keep it too, so lines break near
 * where the deck breaks them (the deck also balances heading lines, which PowerPoint cannot).
 */
const measure = (ch: number, fontPx: number): number => Math.round(ch * fontPx * 0.6);

/** Kicker and title of the paper kinds, as the slide frame stacks them. */
const kickerBox: Box = { x: left, y: 72, w: contentWidth, h: 40 };
const titleBox: Box = { x: left, y: 116, w: contentWidth, h: 140 };

/** Where each kind puts its parts. */
export const boxes = {
  title: {
    bars: { x: left, y: 190, w: 252, h: 12 },
    title: { x: left, y: 226, w: measure(22, 72), h: 176 },
    subtitle: { x: left, y: 420, w: measure(30, 38), h: 110 },
    byline: { x: left, y: 556, w: contentWidth, h: 40 },
  },
  statement: {
    kicker: { x: left, y: 96, w: contentWidth, h: 40 },
    title: { x: left, y: 140, w: measure(20, 72), h: 262 },
    body: { x: left, y: 430, w: measure(36, 38), h: 218 },
  },
  bullets: {
    kicker: kickerBox,
    // Three lines: at the deck's measure of 24ch the longest bullet titles take three.
    title: { ...titleBox, w: measure(24, 60), h: 204 },
    body: { x: left, y: 336, w: contentWidth, h: 312 },
  },
  quote: {
    title: { x: left, y: 112, w: contentWidth, h: 60 },
    bar: { x: left, y: 204, w: 12, h: 276 },
    body: { x: left + 60, y: 204, w: measure(18, 80), h: 276 },
    attribution: { x: left + 60, y: 508, w: 1010, h: 40 },
  },
  fact: {
    kicker: { x: left, y: 120, w: contentWidth, h: 40 },
    title: { x: left, y: 164, w: measure(22, 68), h: 240 },
    body: { x: left, y: 440, w: contentWidth, h: 120 },
  },
  shift: {
    kicker: kickerBox,
    title: titleBox,
    from: { x: left, y: 300, w: 459, h: 300 },
    to: { x: left + 459 + 56, y: 300, w: 573, h: 300 },
  },
  columns: {
    kicker: kickerBox,
    title: titleBox,
    leftHead: { x: left, y: 284, w: 520, h: 92 },
    rightHead: { x: left + 568, y: 284, w: 520, h: 92 },
    left: { x: left, y: 390, w: 520, h: 192 },
    right: { x: left + 568, y: 390, w: 520, h: 192 },
    conclusion: { x: left, y: 590, w: contentWidth, h: 58 },
  },
  cards: {
    kicker: kickerBox,
    title: titleBox,
    grid: { x: left, y: 276, w: contentWidth, h: 372 },
  },
  question: {
    bars: { x: left, y: 96, w: 252, h: 12 },
    kicker: { x: left, y: 130, w: contentWidth, h: 40 },
    title: { x: left, y: 176, w: measure(20, 72), h: 240 },
    body: { x: left, y: 440, w: measure(36, 38), h: 110 },
    timer: { x: left, y: 560, w: 400, h: 88 },
    /**
     * A poll's lettered options, one to a row as beside the web's share card, under the
     * question (whose box ends at 416, its text set on the box's bottom), the deck's address last.
     */
    poll: { x: left, y: 432, w: 760, h: 240 },
  },
  diagram: {
    kicker: kickerBox,
    title: { x: left, y: 116, w: contentWidth, h: 64 },
    picture: { x: left, y: 200, w: contentWidth, h: 448 },
  },
  matrix: {
    kicker: { x: left, y: 236, w: 300, h: 40 },
    title: { x: left, y: 280, w: 300, h: 210 },
    board: { x: 516, y: 40, w: 668, h: 560 },
  },
} as const satisfies Record<SlideKind, Record<string, Box>>;

/** The kinds whose slides may carry a picture beside their text. */
export type PictureKind = (typeof pictureKinds)[number];

/** The gap between the text and the picture (src/theme/pictures.css, `.picture-row`). */
const pictureGap = 56;

/** What the text keeps of the content width beside a picture: 652 px, as on the web. */
const besideWidth = contentWidth - pictureSize - pictureGap;

/**
 * The picture of a slide that has one: the web's square of `pictureSize` at the right edge of
 * the content, centred on the slide's height as the web centres its `.picture-row`.
 */
export const pictureBox: Box = {
  x: left + contentWidth - pictureSize,
  y: (720 - pictureSize) / 2,
  w: pictureSize,
  h: pictureSize,
};

/**
 * The kinds' boxes beside a picture: the same rows as without one, narrowed to the text's
 * column so nothing reaches the picture. The web sets statements and facts a size down there
 * (58 px, src/theme/pictures.css); a quote keeps its 80 px in a column as wide as the web's.
 */
export const boxesBesidePicture = {
  statement: {
    kicker: { ...boxes.statement.kicker, w: besideWidth },
    title: { ...boxes.statement.title, w: besideWidth },
    body: { ...boxes.statement.body, w: besideWidth },
  },
  quote: {
    title: { ...boxes.quote.title, w: besideWidth },
    bar: boxes.quote.bar,
    body: { ...boxes.quote.body, w: left + besideWidth - boxes.quote.body.x },
    attribution: { ...boxes.quote.attribution, w: left + besideWidth - boxes.quote.attribution.x },
  },
  fact: {
    // Four lines of 58 px in the narrower column need more height than the 68 px fact's three:
    // the title grows upwards (it sits on its bottom edge) and the kicker moves up with it.
    kicker: { ...boxes.fact.kicker, y: 72, w: besideWidth },
    title: { x: left, y: 116, w: besideWidth, h: boxes.fact.title.y + boxes.fact.title.h - 116 },
    body: { ...boxes.fact.body, w: besideWidth },
  },
} as const satisfies Record<PictureKind, Record<string, Box>>;

/** The size of statements and facts beside a picture (src/theme/pictures.css). */
export const largeTypeBesidePicture = 58;

/**
 * The slide layout of a kind, by name (PowerPoint's Layout menu shows it); a kind with a
 * picture has a layout of its own, whose placeholders keep to the text's column.
 */
export function layoutName(kind: SlideKind, withPicture = false): string {
  return withPicture ? `Partnerschap: ${kind} with picture` : `Partnerschap: ${kind}`;
}

/** How a kind's title and body placeholders are set, and where. */
interface PlaceholderSpec {
  readonly name: string;
  readonly type: 'title' | 'body';
  readonly box: Box;
  readonly style: TextStyle;
  readonly valign: 'top' | 'middle' | 'bottom';
}

const night = (style: TextStyle): TextStyle => ({ ...style, color: colors.nightInk });
const statementLine: TextStyle = { size: 38, color: colors.nightMuted, lineHeight: 1.3 };

/** The placeholders of each kind: what a slide fills, and what a new slide of the kind offers. */
export const placeholders: Readonly<Record<SlideKind, readonly PlaceholderSpec[]>> = {
  title: [
    {
      name: 'title',
      type: 'title',
      box: boxes.title.title,
      style: styles.display,
      valign: 'bottom',
    },
    {
      name: 'body',
      type: 'body',
      box: boxes.title.subtitle,
      style: { size: 38, color: colors.muted, lineHeight: 1.3 },
      valign: 'top',
    },
  ],
  statement: [
    {
      name: 'title',
      type: 'title',
      box: boxes.statement.title,
      style: night(styles.display),
      valign: 'bottom',
    },
    { name: 'body', type: 'body', box: boxes.statement.body, style: statementLine, valign: 'top' },
  ],
  bullets: [
    { name: 'title', type: 'title', box: boxes.bullets.title, style: styles.title, valign: 'top' },
    {
      name: 'body',
      type: 'body',
      box: boxes.bullets.body,
      style: { size: 38, color: colors.ink, lineHeight: 1.25 },
      valign: 'top',
    },
  ],
  quote: [
    {
      name: 'title',
      type: 'title',
      box: boxes.quote.title,
      style: { size: 40, bold: true, color: colors.muted, lineHeight: 1.12 },
      valign: 'top',
    },
    {
      name: 'body',
      type: 'body',
      box: boxes.quote.body,
      style: { size: 80, bold: true, color: colors.ink, lineHeight: 1.1, letterSpacing: -0.02 },
      valign: 'top',
    },
  ],
  fact: [
    {
      name: 'title',
      type: 'title',
      box: boxes.fact.title,
      style: { ...styles.title, size: 68 },
      valign: 'bottom',
    },
    {
      name: 'body',
      type: 'body',
      box: boxes.fact.body,
      style: { size: 40, bold: true, color: colors.external, lineHeight: 1.3 },
      valign: 'top',
    },
  ],
  shift: [
    { name: 'title', type: 'title', box: boxes.shift.title, style: styles.title, valign: 'top' },
  ],
  columns: [
    { name: 'title', type: 'title', box: boxes.columns.title, style: styles.title, valign: 'top' },
    {
      name: 'left',
      type: 'body',
      box: boxes.columns.left,
      style: { size: 32, color: colors.ink, lineHeight: 1.25 },
      valign: 'top',
    },
    {
      name: 'right',
      type: 'body',
      box: boxes.columns.right,
      style: { size: 32, color: colors.ink, lineHeight: 1.25 },
      valign: 'top',
    },
  ],
  cards: [
    { name: 'title', type: 'title', box: boxes.cards.title, style: styles.title, valign: 'top' },
  ],
  question: [
    {
      name: 'title',
      type: 'title',
      box: boxes.question.title,
      style: night(styles.display),
      valign: 'bottom',
    },
    { name: 'body', type: 'body', box: boxes.question.body, style: statementLine, valign: 'top' },
  ],
  diagram: [
    {
      name: 'title',
      type: 'title',
      box: boxes.diagram.title,
      style: { ...styles.title, size: 52 },
      valign: 'top',
    },
  ],
  matrix: [
    { name: 'title', type: 'title', box: boxes.matrix.title, style: styles.title, valign: 'top' },
  ],
};

/** The placeholders of the kinds beside a picture: the same, in the text's column. */
const placeholdersBesidePicture: Readonly<Record<PictureKind, readonly PlaceholderSpec[]>> = {
  statement: [
    {
      name: 'title',
      type: 'title',
      box: boxesBesidePicture.statement.title,
      style: night({ ...styles.display, size: largeTypeBesidePicture }),
      valign: 'bottom',
    },
    {
      name: 'body',
      type: 'body',
      box: boxesBesidePicture.statement.body,
      style: statementLine,
      valign: 'top',
    },
  ],
  // The quote's own placeholders and type, each in its narrowed box.
  quote: placeholders.quote.map((spec) => ({
    ...spec,
    box: spec.type === 'title' ? boxesBesidePicture.quote.title : boxesBesidePicture.quote.body,
  })),
  fact: [
    {
      name: 'title',
      type: 'title',
      box: boxesBesidePicture.fact.title,
      style: { ...styles.title, size: largeTypeBesidePicture },
      valign: 'bottom',
    },
    {
      name: 'body',
      type: 'body',
      box: boxesBesidePicture.fact.body,
      style: { size: 40, bold: true, color: colors.external, lineHeight: 1.3 },
      valign: 'top',
    },
  ],
};

/** Background of a kind's slides. */
export function backgroundOf(kind: SlideKind): string {
  return darkKinds.has(kind) ? colors.night : colors.paper;
}

interface LayoutSpec {
  readonly kind: SlideKind;
  readonly withPicture: boolean;
  readonly placeholders: readonly PlaceholderSpec[];
}

/** Every layout: one per kind, and one beside a picture per kind that may carry one. */
const layouts: readonly LayoutSpec[] = [
  ...(Object.keys(placeholders) as SlideKind[]).map((kind) => ({
    kind,
    withPicture: false,
    placeholders: placeholders[kind],
  })),
  ...(Object.keys(placeholdersBesidePicture) as PictureKind[]).map((kind) => ({
    kind,
    withPicture: true,
    placeholders: placeholdersBesidePicture[kind],
  })),
];

/** Defines every layout on the presentation (before any slide is added). */
export function defineLayouts(pptx: PptxGenJS, lang: string): void {
  for (const { kind, withPicture, placeholders: specs } of layouts) {
    const dark = darkKinds.has(kind);
    pptx.defineSlideMaster({
      title: layoutName(kind, withPicture),
      background: { color: backgroundOf(kind) },
      slideNumber: {
        ...position({ x: 1084, y: 684, w: 100, h: 28 }),
        fontFace: 'Inter',
        fontSize: 13.5,
        color: dark ? colors.nightMuted : colors.muted,
        align: 'right',
        margin: 0,
      },
      objects: specs.map((spec) => ({
        placeholder: {
          options: {
            name: spec.name,
            type: spec.type,
            ...position(spec.box),
            ...runOptions(spec.style, lang),
            valign: spec.valign,
            margin: 0,
          },
          text: '',
        },
      })),
    });
  }
}
