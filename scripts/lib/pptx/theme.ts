/**
 * The deck's theme in PowerPoint terms: the palette (src/theme/palette.ts and tokens.css), the
 * type (Inter), and the mapping from the deck's design pixels to PowerPoint's units.
 *
 * The deck is designed at 1280x720 px. PowerPoint's 16:9 slide (LAYOUT_WIDE) is 13.333 x 7.5
 * inches, so one design pixel is exactly 1/96 inch and 0.75 point: CSS's own ratio, which keeps
 * every size in layouts.css readable here as the same number of pixels.
 */
import { palette } from '../../../src/theme/palette.ts';

export const slideWidthPx = 1280;
export const slideHeightPx = 720;

/** Inches for a length in design pixels (positions and sizes of boxes). */
export const inch = (px: number): number => px / 96;

/** Points for a length in design pixels (font sizes, line widths, spacing). */
export const pt = (px: number): number => px * 0.75;

/** A hex colour as pptxgenjs and DrawingML write it: no `#`, upper case. */
const hex = (color: string): string => color.replace(/^#/u, '').toUpperCase();

/**
 * Colours by role. The palette's colours, plus the three on-night tones that only tokens.css
 * has (CSS reads them; palette.ts holds the colours that scripts need).
 */
export const colors = {
  paper: hex(palette.paper),
  ink: hex(palette.ink),
  muted: hex(palette.muted),
  rule: hex(palette.rule),
  night: hex(palette.night),
  nightInk: hex(palette.nightInk),
  nightMuted: 'E9DFCF',
  external: hex(palette.external),
  externalTint: hex(palette.externalTint),
  externalOnNight: 'F2A77F',
  internal: hex(palette.internal),
  internalTint: hex(palette.internalTint),
  internalOnNight: '7FD1CC',
  white: hex(palette.white),
  /** The board's "neither moves" quadrant (matrix.css). */
  stillTint: 'EFE9DF',
} as const;

/**
 * The typeface, named in every run and in the theme's font scheme. Where Inter is not
 * installed PowerPoint substitutes a sans serif of the same class (the runs say
 * pitchFamily 34, "Swiss"), in practice Arial; the README says so. No font is embedded:
 * pptxgenjs cannot, and Inter is free to install.
 */
export const fontFace = 'Inter';

/**
 * The theme's colour scheme in our palette, so PowerPoint's colour picker, new shapes and
 * hyperlinks use it, and a client's own theme replaces it in one step.
 */
export const colorScheme = `<a:clrScheme name="Partnerschap"><a:dk1><a:srgbClr val="${colors.ink}"/></a:dk1><a:lt1><a:srgbClr val="${colors.paper}"/></a:lt1><a:dk2><a:srgbClr val="${colors.night}"/></a:dk2><a:lt2><a:srgbClr val="${colors.rule}"/></a:lt2><a:accent1><a:srgbClr val="${colors.external}"/></a:accent1><a:accent2><a:srgbClr val="${colors.internal}"/></a:accent2><a:accent3><a:srgbClr val="${colors.muted}"/></a:accent3><a:accent4><a:srgbClr val="${colors.externalTint}"/></a:accent4><a:accent5><a:srgbClr val="${colors.internalTint}"/></a:accent5><a:accent6><a:srgbClr val="${colors.externalOnNight}"/></a:accent6><a:hlink><a:srgbClr val="${colors.internal}"/></a:hlink><a:folHlink><a:srgbClr val="${colors.muted}"/></a:folHlink></a:clrScheme>`;

/** ppt/theme/theme1.xml with our colour scheme and name in place of Office's. */
export function withDeckColors(themeXml: string): string {
  const scheme = /<a:clrScheme\b[^>]*>.*?<\/a:clrScheme>/su;
  if (!scheme.test(themeXml)) {
    throw new Error('ppt/theme/theme1.xml has no colour scheme: pptxgenjs changed its output.');
  }
  return themeXml
    .replace(scheme, colorScheme)
    .replace(/(<a:theme\b[^>]*\bname=")[^"]*"/u, '$1Partnerschap"');
}
