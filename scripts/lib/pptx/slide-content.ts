/**
 * What each kind of slide puts on its PowerPoint slide, in reading order (the order shapes are
 * added is the order PowerPoint and screen readers read them): the deck's renderers
 * (src/render/renderers.ts) drawn as placeholders, text boxes and native shapes.
 */
import type PptxGenJS from 'pptxgenjs';
import type {
  Card,
  DeckEvent,
  Locale,
  SlideContent,
  StepText,
  Text,
  Tone,
} from '../../../src/model/authored.ts';
import { exerciseMinutes } from '../../../src/model/exercise.ts';
import { textIn } from '../../../src/model/texts.ts';
import { uiText } from '../../../src/render/ui-text.ts';
import type { DiagramPicture } from './diagram-pictures.ts';
import {
  boxes,
  boxesBesidePicture,
  largeTypeBesidePicture,
  pictureBox,
  position,
  type Box,
} from './layouts.ts';
import { pictureAlt, pictureOf, type StoryPicture } from './story-pictures.ts';
import { styles, textRuns, type Paragraph, type TextStyle } from './text.ts';
import { colors, inch, pt } from './theme.ts';
import { eventByline } from '../../../src/model/event-text.ts';

/**
 * The text that goes into a slide's title placeholder: its heading as the web shows it (the
 * statement, question or fact where the kind has no separate title, a quote's lead).
 */
export function titleOf(slide: SlideContent): Text {
  switch (slide.kind) {
    case 'statement':
      return slide.statement;
    case 'question':
      return slide.question;
    case 'fact':
      return slide.fact;
    case 'quote':
      return slide.lead;
    default:
      return slide.title;
  }
}

export interface SlideRequest {
  readonly slide: SlideContent;
  readonly locale: Locale;
  /** Office's language tag for the runs (`nl-NL`). */
  readonly lang: string;
  /** The step the slide is shown at: content with a later step is left out. */
  readonly step: number;
  /** The slide's diagram, drawn at `step` (diagram slides only). */
  readonly picture?: DiagramPicture | undefined;
  /** The story's picture the slide names, drawn (statement, quote and fact slides with one). */
  readonly storyPicture?: StoryPicture | undefined;
  /** The deck's public address, for slides that share it (DECK_URL). */
  readonly deckUrl?: string | undefined;
  /** The occasion (slides/event.ts), for the title slide's byline, as the web deck shows it. */
  readonly event?: DeckEvent | undefined;
}

interface Context extends SlideRequest {
  readonly pptx: PptxGenJS;
  readonly target: PptxGenJS.Slide;
}

const toneColor = (tone: Tone | undefined): string =>
  tone === 'external' ? colors.external : tone === 'internal' ? colors.internal : colors.ink;

const toneOnNight = (tone: Tone | undefined): string =>
  tone === 'external'
    ? colors.externalOnNight
    : tone === 'internal'
      ? colors.internalOnNight
      : colors.nightInk;

function visible(c: Context, step: number | undefined): boolean {
  return step === undefined || step <= c.step;
}

function str(c: Context, text: Text): string {
  return textIn(text, c.locale);
}

function shownLines(c: Context, items: readonly StepText[] | undefined): StepText[] {
  return (items ?? []).filter((item) => visible(c, item.step));
}

/** A text box of its own (not a placeholder), with no inner margin, as CSS boxes have none. */
function addBox(
  c: Context,
  paragraphs: readonly Paragraph[],
  box: Box,
  options: PptxGenJS.TextPropsOptions = {},
): void {
  if (paragraphs.length === 0) return;
  c.target.addText(textRuns(paragraphs, c.lang), {
    ...position(box),
    margin: 0,
    valign: 'top',
    fit: 'none',
    ...options,
  });
}

/** Text into one of the layout's placeholders: it takes the placeholder's box. */
function addPlaceholder(c: Context, name: string, paragraphs: readonly Paragraph[]): void {
  if (paragraphs.length === 0) return;
  c.target.addText(textRuns(paragraphs, c.lang), { placeholder: name });
}

function kicker(c: Context, text: Text | undefined, box: Box, color = colors.muted): void {
  if (text === undefined) return;
  addBox(c, [{ text: str(c, text), style: { ...styles.kicker, color } }], box);
}

function title(c: Context, text: Text, style: TextStyle): void {
  addPlaceholder(c, 'title', [{ text: str(c, text), style }]);
}

/** The two short bars of the title and closing slides: the two movements side by side. */
function movementBars(c: Context, box: Box, onNight: boolean): void {
  const fills = onNight
    ? [colors.externalOnNight, colors.internalOnNight]
    : [colors.external, colors.internal];
  fills.forEach((color, i) => {
    c.target.addShape(c.pptx.ShapeType.roundRect, {
      ...position({ x: box.x + i * 132, y: box.y, w: 120, h: box.h }),
      fill: { color },
      line: { color, width: 0 },
      rectRadius: inch(6),
    });
  });
}

function rect(c: Context, box: Box, color: string, radiusPx = 0): void {
  c.target.addShape(radiusPx > 0 ? c.pptx.ShapeType.roundRect : c.pptx.ShapeType.rect, {
    ...position(box),
    fill: { color },
    line: { color, width: 0 },
    ...(radiusPx > 0 ? { rectRadius: inch(radiusPx) } : {}),
  });
}

const kickerColor = (tone: Tone | undefined): string =>
  tone === 'external' ? colors.external : tone === 'internal' ? colors.internal : colors.muted;

const kickerOnNight = (tone: Tone | undefined): string =>
  tone === 'external'
    ? colors.externalOnNight
    : tone === 'internal'
      ? colors.internalOnNight
      : colors.nightMuted;

const bulletSquare = { char: '25A0', indentPx: 44 } as const;
const bulletDot = { char: '2022', indentPx: 30 } as const;

function addTitleSlide(c: Context, slide: Extract<SlideContent, { kind: 'title' }>): void {
  movementBars(c, boxes.title.bars, false);
  title(c, slide.title, styles.display);
  addPlaceholder(c, 'body', [
    { text: str(c, slide.subtitle), style: { size: 38, color: colors.muted, lineHeight: 1.3 } },
  ]);
  const byline =
    (c.event === undefined ? undefined : eventByline(c.event, c.locale)) ??
    (slide.byline === undefined ? undefined : str(c, slide.byline));
  if (byline !== undefined) {
    addBox(c, [{ text: byline, style: styles.kicker }], boxes.title.byline);
  }
}

/**
 * The picture a slide names, right of its text in the web's square (layouts.ts, `pictureBox`),
 * contained and centred as the web's SVG is, with the drawing's text alternative as alt text.
 * Added after the text, so the text is read first, as on the web.
 */
function addStoryPicture(c: Context, slide: SlideContent): void {
  const name = pictureOf(slide);
  if (name === undefined) return;
  const picture = c.storyPicture;
  if (picture === undefined)
    throw new Error(`No drawing of picture "${name}" for slide "${slide.id}".`);
  const scale = Math.min(pictureBox.w / picture.width, pictureBox.h / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  c.target.addImage({
    data: `data:image/svg+xml;base64,${Buffer.from(picture.svg).toString('base64')}`,
    ...position({
      x: pictureBox.x + (pictureBox.w - w) / 2,
      y: pictureBox.y + (pictureBox.h - h) / 2,
      w,
      h,
    }),
    altText: pictureAlt(name, c.locale),
  });
}

function addStatement(c: Context, slide: Extract<SlideContent, { kind: 'statement' }>): void {
  const beside = slide.picture !== undefined;
  const box = beside ? boxesBesidePicture.statement : boxes.statement;
  kicker(c, slide.kicker, box.kicker, kickerOnNight(slide.tone));
  title(c, slide.statement, {
    ...styles.display,
    color: toneOnNight(slide.tone),
    ...(beside ? { size: largeTypeBesidePicture } : {}),
  });
  addPlaceholder(
    c,
    'body',
    shownLines(c, slide.lines).map((line) => ({
      text: str(c, line.text),
      style: { size: 38, color: colors.nightMuted, lineHeight: 1.3 },
      spaceAfterPx: 28,
    })),
  );
  addStoryPicture(c, slide);
}

function addBullets(c: Context, slide: Extract<SlideContent, { kind: 'bullets' }>): void {
  kicker(c, slide.kicker, boxes.bullets.kicker, kickerColor(slide.tone));
  title(c, slide.title, styles.title);
  addPlaceholder(
    c,
    'body',
    shownLines(c, slide.items).map((item) => ({
      text: str(c, item.text),
      style: { size: 38, color: colors.ink, lineHeight: 1.25 },
      bullet: bulletSquare,
      spaceAfterPx: 22,
    })),
  );
}

function addQuote(c: Context, slide: Extract<SlideContent, { kind: 'quote' }>): void {
  title(c, slide.lead, { size: 40, bold: true, color: colors.muted, lineHeight: 1.12 });
  const box = slide.picture === undefined ? boxes.quote : boxesBesidePicture.quote;
  rect(c, box.bar, colors.external);
  addPlaceholder(c, 'body', [
    {
      // The web adds the quotation marks in CSS; here they are part of the text.
      text: `“${str(c, slide.quote)}”`,
      style: { size: 80, bold: true, color: colors.ink, lineHeight: 1.1, letterSpacing: -0.02 },
    },
  ]);
  if (slide.attribution !== undefined) {
    addBox(
      c,
      [{ text: str(c, slide.attribution), style: { size: 26, color: colors.muted } }],
      box.attribution,
    );
  }
  addStoryPicture(c, slide);
}

function addFact(c: Context, slide: Extract<SlideContent, { kind: 'fact' }>): void {
  const beside = slide.picture !== undefined;
  kicker(c, slide.kicker, (beside ? boxesBesidePicture.fact : boxes.fact).kicker);
  title(c, slide.fact, { ...styles.title, size: beside ? largeTypeBesidePicture : 68 });
  if (slide.point !== undefined && visible(c, slide.point.step)) {
    addPlaceholder(c, 'body', [
      {
        text: str(c, slide.point.text),
        style: { size: 40, bold: true, color: colors.external, lineHeight: 1.3 },
      },
    ]);
  }
  addStoryPicture(c, slide);
}

/**
 * A shift's "from" or "to" panel: a label in small capitals over its text, both in one colour
 * (layouts.css: muted in the "from" panel, ink in the "to" panel).
 */
function shiftPanel(label: string, text: string, color: string): Paragraph[] {
  return [
    { text: label, style: { ...styles.kicker, color }, spaceAfterPx: 16 },
    { text, style: { size: 40, bold: true, color, lineHeight: 1.2 } },
  ];
}

function addShift(c: Context, slide: Extract<SlideContent, { kind: 'shift' }>): void {
  kicker(c, slide.kicker, boxes.shift.kicker, kickerColor(slide.tone));
  title(c, slide.title, styles.title);
  const from = boxes.shift.from;
  const padding = { x: 36, y: 32 };
  c.target.addText(
    textRuns(shiftPanel(str(c, uiText.from), str(c, slide.from), colors.muted), c.lang),
    {
      ...position(from),
      shape: c.pptx.ShapeType.roundRect,
      rectRadius: inch(12),
      fill: { color: colors.paper },
      line: { color: colors.rule, width: pt(3) },
      margin: [pt(padding.x), pt(padding.x), pt(padding.y), pt(padding.y)],
      valign: 'top',
      fit: 'none',
    },
  );
  if (!visible(c, slide.to.step)) return;
  const to = boxes.shift.to;
  const internal = slide.tone === 'internal';
  rect(c, to, internal ? colors.internalTint : colors.externalTint, 12);
  rect(c, { x: to.x, y: to.y, w: 10, h: to.h }, internal ? colors.internal : colors.external);
  addBox(c, shiftPanel(str(c, uiText.to), str(c, slide.to.text), colors.ink), {
    x: to.x + 10 + padding.x,
    y: to.y + padding.y,
    w: to.w - 10 - 2 * padding.x,
    h: to.h - 2 * padding.y,
  });
  // The arrow between the panels (the web draws it too: no arrow glyph in Inter's subset).
  const arrowY = from.y + from.h / 2;
  c.target.addShape(c.pptx.ShapeType.line, {
    ...position({ x: to.x - 48, y: arrowY, w: 40, h: 0 }),
    line: { color: colors.muted, width: pt(3), endArrowType: 'triangle' },
  });
}

function addColumns(c: Context, slide: Extract<SlideContent, { kind: 'columns' }>): void {
  kicker(c, slide.kicker, boxes.columns.kicker);
  title(c, slide.title, styles.title);
  const heads = [boxes.columns.leftHead, boxes.columns.rightHead] as const;
  slide.columns.forEach((column, i) => {
    const area = heads[i];
    if (area === undefined || !visible(c, column.step)) return;
    const color = column.tone === 'neutral' ? colors.muted : toneColor(column.tone);
    rect(c, { x: area.x, y: area.y, w: area.w, h: 10 }, color);
    addBox(
      c,
      [
        {
          text: str(c, column.heading),
          style: { ...styles.heading3, color: toneColor(column.tone) },
        },
      ],
      { x: area.x, y: area.y + 34, w: area.w, h: 48 },
    );
    const items = shownLines(c, column.items);
    // The items go into the layout's column placeholder, under the heading.
    c.target.addText(
      textRuns(
        items.map((item) => ({
          text: str(c, item.text),
          style: { size: 32, color: colors.ink, lineHeight: 1.25 },
          bullet: bulletDot,
          spaceAfterPx: 14,
        })),
        c.lang,
      ),
      { placeholder: i === 0 ? 'left' : 'right' },
    );
  });
  if (slide.conclusion !== undefined && visible(c, slide.conclusion.step)) {
    addBox(
      c,
      [
        {
          text: str(c, slide.conclusion.text),
          style: { size: 36, bold: true, color: colors.ink, lineHeight: 1.2 },
        },
      ],
      boxes.columns.conclusion,
    );
  }
}

function cardParagraphs(c: Context, card: Card): Paragraph[] {
  return [
    {
      text: str(c, card.title),
      style: { ...styles.heading3, color: colors.ink },
      spaceAfterPx: 10,
    },
    { text: str(c, card.text), style: { size: 28, color: colors.muted, lineHeight: 1.3 } },
  ];
}

function addCards(c: Context, slide: Extract<SlideContent, { kind: 'cards' }>): void {
  kicker(c, slide.kicker, boxes.cards.kicker);
  title(c, slide.title, styles.title);
  const grid = boxes.cards.grid;
  const gap = { x: 40, y: 24 };
  const rows = Math.ceil(slide.cards.length / 2);
  const w = (grid.w - gap.x) / 2;
  const h = (grid.h - gap.y * (rows - 1)) / rows;
  slide.cards.forEach((card, i) => {
    if (!visible(c, card.step)) return;
    const box = {
      x: grid.x + (i % 2) * (w + gap.x),
      y: grid.y + Math.floor(i / 2) * (h + gap.y),
      w,
      h,
    };
    c.target.addText(textRuns(cardParagraphs(c, card), c.lang), {
      ...position(box),
      shape: c.pptx.ShapeType.roundRect,
      rectRadius: inch(12),
      fill: { color: colors.white },
      line: { color: colors.rule, width: pt(1) },
      margin: [pt(28), pt(28), pt(22), pt(26 + 8)],
      valign: 'top',
      fit: 'none',
    });
    rect(c, { x: box.x, y: box.y, w: box.w, h: 8 }, toneColor(card.tone));
  });
}

function addQuestion(c: Context, slide: Extract<SlideContent, { kind: 'question' }>): void {
  movementBars(c, boxes.question.bars, true);
  kicker(c, slide.kicker, boxes.question.kicker, colors.nightMuted);
  const solo = slide.lines === undefined;
  // With a poll the question steps down a size, as on the web, to leave its options the room.
  const size = solo && slide.poll === undefined ? 96 : 72;
  title(c, slide.question, { ...styles.display, color: colors.nightInk, size });
  const lines: Paragraph[] = shownLines(c, slide.lines).map((line) => ({
    text: str(c, line.text),
    style: { size: 38, color: colors.nightMuted, lineHeight: 1.3 },
    spaceAfterPx: 28,
  }));
  const deckLink: Paragraph[] =
    slide.shareLink === true && c.deckUrl !== undefined
      ? [
          {
            text: c.deckUrl.replace(/^https?:\/\//u, '').replace(/\/$/u, ''),
            style: { size: 32, bold: true, color: colors.internalOnNight },
            link: c.deckUrl,
          },
        ]
      : [];
  if (slide.poll !== undefined) {
    // The options lettered as on the slide (A, B, C …), for a show of hands; the deck's
    // address under them. No timer: the options stand where the web's would (renderers.ts).
    const options: Paragraph[] = slide.poll.options.map((option, i) => ({
      text: `${String.fromCharCode(65 + i)}   ${str(c, option.label)}`,
      style: { size: 30, bold: true, color: colors.nightInk, lineHeight: 1.2 },
      spaceAfterPx: 12,
    }));
    addPlaceholder(c, 'body', lines);
    addBox(c, [...options, ...deckLink], boxes.question.poll);
    return;
  }
  addPlaceholder(c, 'body', [...lines, ...deckLink]);
  if (slide.exercise !== undefined) {
    // The timer at its starting time, as the print view shows it; its buttons stay on the web.
    addBox(
      c,
      [
        {
          text: `${exerciseMinutes(slide.exercise)}:00`,
          style: { size: 72, bold: true, color: colors.nightInk },
        },
      ],
      boxes.question.timer,
    );
  }
}

function addDiagram(c: Context, slide: Extract<SlideContent, { kind: 'diagram' }>): void {
  kicker(c, slide.kicker, boxes.diagram.kicker);
  title(c, slide.title, { ...styles.title, size: 52 });
  const picture = c.picture;
  if (picture === undefined) {
    throw new Error(`No picture of diagram "${slide.diagram.id}" for slide "${slide.id}".`);
  }
  // Contained in the figure's box and centred, as the web's SVG (preserveAspectRatio meet).
  const area = boxes.diagram.picture;
  const scale = Math.min(area.w / picture.width, area.h / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  c.target.addImage({
    data: `data:image/svg+xml;base64,${Buffer.from(picture.svg).toString('base64')}`,
    ...position({ x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h }),
    altText: `${str(c, slide.diagram.title)}. ${str(c, slide.diagram.description)}`,
  });
}

/** The board as it stands before the room places a marker: quadrants and axes, drawn. */
function addMatrix(c: Context, slide: Extract<SlideContent, { kind: 'matrix' }>): void {
  kicker(c, slide.kicker, boxes.matrix.kicker);
  title(c, slide.title, styles.title);
  const board = boxes.matrix.board;
  const axisStyle = (color: string): TextStyle => ({
    size: 24,
    bold: true,
    color,
    lineHeight: 1.25,
  });
  const nameStyle = (color: string): TextStyle => ({
    size: 22,
    bold: true,
    color,
    letterSpacing: 0.06,
    uppercase: true,
    align: 'center',
  });

  // The internal axis, read bottom to top: text boxes turned a quarter left.
  const axisX = board.x - 14;
  const vertical = (
    text: string,
    style: TextStyle,
    centreX: number,
    fromY: number,
    toY: number,
  ): void => {
    const length = toY - fromY;
    const thickness = 34;
    addBox(
      c,
      [{ text, style }],
      {
        x: centreX - length / 2,
        y: (fromY + toY) / 2 - thickness / 2,
        w: length,
        h: thickness,
      },
      { rotate: 270, valign: 'middle' },
    );
  };
  // As on the web: where the axis starts, its name, where it leads (DOM order), start and end
  // on one line at either end of the whole axis, the name on a line of its own.
  vertical(
    str(c, slide.internal.from),
    axisStyle(colors.internal),
    axisX - 22,
    board.y,
    board.y + board.h,
  );
  vertical(
    str(c, uiText.matrixInternal),
    nameStyle(colors.internal),
    axisX - 58,
    board.y,
    board.y + board.h,
  );
  vertical(
    str(c, slide.internal.to),
    { ...axisStyle(colors.internal), align: 'right' },
    axisX - 22,
    board.y,
    board.y + board.h,
  );
  c.target.addShape(c.pptx.ShapeType.line, {
    ...position({ x: axisX, y: board.y, w: 0, h: board.h }),
    line: { color: colors.internal, width: pt(4), beginArrowType: 'triangle' },
  });

  const gap = 4;
  const w = (board.w - gap) / 2;
  const h = (board.h - gap) / 2;
  const { quadrants } = slide;
  const cells = [
    {
      quadrant: quadrants.internalOnly,
      col: 0,
      row: 0,
      fill: colors.internalTint,
      color: colors.internal,
    },
    { quadrant: quadrants.bothMoving, col: 1, row: 0, fill: 'E8E9E3', color: colors.ink },
    { quadrant: quadrants.bothStill, col: 0, row: 1, fill: colors.stillTint, color: colors.muted },
    {
      quadrant: quadrants.externalOnly,
      col: 1,
      row: 1,
      fill: colors.externalTint,
      color: colors.external,
    },
  ];
  for (const cell of cells) {
    c.target.addText(
      textRuns(
        [
          {
            text: str(c, cell.quadrant.title),
            style: {
              size: 26,
              bold: true,
              color: cell.color,
              lineHeight: 1.2,
              align: cell.col === 1 ? 'right' : 'left',
            },
          },
        ],
        c.lang,
      ),
      {
        ...position({ x: board.x + cell.col * (w + gap), y: board.y + cell.row * (h + gap), w, h }),
        shape: c.pptx.ShapeType.roundRect,
        rectRadius: inch(8),
        fill: { color: cell.fill },
        line: { color: cell.fill, width: 0 },
        margin: [pt(18), pt(18), pt(14), pt(14)],
        // Titles sit in the outer corners, away from the middle where markers land.
        valign: cell.row === 0 ? 'top' : 'bottom',
        fit: 'none',
      },
    );
  }

  const axisY = board.y + board.h + 10;
  c.target.addShape(c.pptx.ShapeType.line, {
    ...position({ x: board.x, y: axisY, w: board.w, h: 0 }),
    line: { color: colors.external, width: pt(4), endArrowType: 'triangle' },
  });
  addBox(c, [{ text: str(c, slide.external.from), style: axisStyle(colors.external) }], {
    x: board.x,
    y: axisY + 8,
    w: board.w,
    h: 32,
  });
  addBox(c, [{ text: str(c, uiText.matrixExternal), style: nameStyle(colors.external) }], {
    x: board.x,
    y: axisY + 42,
    w: board.w,
    h: 30,
  });
  addBox(
    c,
    [{ text: str(c, slide.external.to), style: { ...axisStyle(colors.external), align: 'right' } }],
    { x: board.x, y: axisY + 8, w: board.w, h: 32 },
  );
}

/** Fills a slide of the given kind's layout with the slide's content. */
export function addSlideContent(
  pptx: PptxGenJS,
  target: PptxGenJS.Slide,
  request: SlideRequest,
): void {
  const c: Context = { ...request, pptx, target };
  const { slide } = request;
  switch (slide.kind) {
    case 'title':
      addTitleSlide(c, slide);
      break;
    case 'statement':
      addStatement(c, slide);
      break;
    case 'bullets':
      addBullets(c, slide);
      break;
    case 'quote':
      addQuote(c, slide);
      break;
    case 'fact':
      addFact(c, slide);
      break;
    case 'shift':
      addShift(c, slide);
      break;
    case 'columns':
      addColumns(c, slide);
      break;
    case 'cards':
      addCards(c, slide);
      break;
    case 'question':
      addQuestion(c, slide);
      break;
    case 'diagram':
      addDiagram(c, slide);
      break;
    case 'matrix':
      addMatrix(c, slide);
      break;
  }
}
