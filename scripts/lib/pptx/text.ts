/**
 * Text in the deck's type, as pptxgenjs runs: sizes, weights, spacing and colours read off
 * src/theme/tokens.css, base.css and layouts.css (design pixels, converted by `pt`), so an
 * exported slide reads like the projected one and stays editable text.
 */
import type PptxGenJS from 'pptxgenjs';
import { colors, fontFace, pt } from './theme.ts';

/** A run of text as a layout sets it: the CSS of one element. */
export interface TextStyle {
  /** font-size in design pixels. */
  readonly size: number;
  /**
   * Bold for weights 600 and 700: PowerPoint has bold or not, and names no semibold unless the
   * font is installed under a separate name, which would break the fallback.
   */
  readonly bold?: boolean;
  readonly color: string;
  /** line-height as a multiple of the size. */
  readonly lineHeight?: number;
  /** letter-spacing in em. */
  readonly letterSpacing?: number;
  /** text-transform: uppercase. The export writes the capitals (pptxgenjs sets no "All Caps"). */
  readonly uppercase?: boolean;
  readonly align?: 'left' | 'center' | 'right';
}

/** base.css: `.reveal { line-height: 1.3 }`. */
const defaultLineHeight = 1.3;

/** The deck's recurring text styles (tokens.css and base.css). */
export const styles = {
  kicker: {
    size: 26,
    bold: true,
    color: colors.muted,
    letterSpacing: 0.06,
    uppercase: true,
    lineHeight: 1.3,
  },
  title: { size: 60, bold: true, color: colors.ink, lineHeight: 1.12, letterSpacing: -0.015 },
  display: { size: 72, bold: true, color: colors.ink, lineHeight: 1.12, letterSpacing: -0.015 },
  heading3: { size: 36, bold: true, color: colors.ink, lineHeight: 1.12, letterSpacing: -0.015 },
  body: { size: 34, color: colors.ink, lineHeight: 1.3 },
} as const satisfies Record<string, TextStyle>;

/** One paragraph of a text box: its words and how they are set. */
export interface Paragraph {
  readonly text: string;
  readonly style: TextStyle;
  /** A real list item with a bullet of this character (hex code, such as 25A0 for ■). */
  readonly bullet?: { readonly char: string; readonly indentPx: number };
  /** Space under the paragraph in design pixels (the CSS gap between items). */
  readonly spaceAfterPx?: number;
  /** Makes the whole paragraph a link. */
  readonly link?: string;
}

/** Run and paragraph options for one style, in the file's language. */
export function runOptions(style: TextStyle, lang: string): PptxGenJS.TextPropsOptions {
  return {
    fontFace,
    fontSize: pt(style.size),
    bold: style.bold === true,
    color: style.color,
    lang,
    ...(style.letterSpacing === undefined
      ? {}
      : { charSpacing: style.letterSpacing * pt(style.size) }),
    // Exact line spacing in points: PowerPoint's "multiple" is of the font's own line height
    // (1.21 em for Inter), CSS's of the font size, so a multiple would set lines 21% apart wider.
    lineSpacing: pt(style.size * (style.lineHeight ?? defaultLineHeight)),
    // Stated always: the master's title style centres, and the deck sets everything flush left.
    align: style.align ?? 'left',
  };
}

function shown(text: string, style: TextStyle, lang: string): string {
  return style.uppercase === true ? text.toLocaleUpperCase(lang) : text;
}

/**
 * Paragraphs as pptxgenjs text: one run per paragraph, each ending its paragraph, list items
 * with real bullets (PowerPoint's outline and a screen reader see a list).
 */
export function textRuns(paragraphs: readonly Paragraph[], lang: string): PptxGenJS.TextProps[] {
  return paragraphs.map((paragraph, index) => ({
    text: shown(paragraph.text, paragraph.style, lang),
    options: {
      ...runOptions(paragraph.style, lang),
      breakLine: index < paragraphs.length - 1,
      ...(paragraph.bullet === undefined
        ? {}
        : {
            bullet: {
              characterCode: paragraph.bullet.char,
              indent: pt(paragraph.bullet.indentPx),
            },
          }),
      ...(paragraph.spaceAfterPx === undefined || index === paragraphs.length - 1
        ? {}
        : { paraSpaceAfter: pt(paragraph.spaceAfterPx) }),
      ...(paragraph.link === undefined
        ? {}
        : { hyperlink: { url: paragraph.link, tooltip: paragraph.link } }),
    },
  }));
}
