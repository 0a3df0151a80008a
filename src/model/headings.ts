import type { SlideContent, Text } from './authored.ts';

/**
 * The line that names a slide: its heading on screen, and its title in the PDF's text, the
 * handout and anywhere a slide is listed.
 */
export function headingOf(slide: SlideContent): Text {
  switch (slide.kind) {
    case 'title':
    case 'bullets':
    case 'shift':
    case 'columns':
    case 'cards':
    case 'diagram':
    case 'matrix':
      return slide.title;
    case 'statement':
      return slide.statement;
    case 'quote':
      return slide.quote;
    case 'fact':
      return slide.fact;
    case 'question':
      return slide.question;
  }
}
