import type { Locale, PictureName } from '../model/authored.ts';
import { textIn } from '../model/texts.ts';
import { html, SafeHtml } from '../render/html.ts';
import { bar } from './bar.ts';
import { breakthrough } from './breakthrough.ts';
import { brokenWindow } from './broken-window.ts';
import type { PictureDrawing } from './drawing.ts';
import { paintFor, type Ground } from './paint.ts';
import { toiletPaper } from './toilet-paper.ts';
import { twoAtOnce } from './two-at-once.ts';

/**
 * The picture's size beside the text, in the slide's design pixels: what is left of the 1088
 * inner pixels after it and its gap leaves the large type about 650. An SVG attribute rather
 * than CSS, so it costs the first slide's stylesheet nothing (src/theme/pictures.css).
 */
export const pictureSize = 380;

/** Every picture a slide may name, drawn: a name without a drawing fails to compile. */
export const pictures: Readonly<Record<PictureName, PictureDrawing>> = {
  bar,
  'toilet-paper': toiletPaper,
  'broken-window': brokenWindow,
  breakthrough,
  'two-at-once': twoAtOnce,
};

/**
 * A picture as inline SVG in the colours of its ground (paper or night), named for screen
 * readers in the slide's language (`role="img"` with an `aria-label`, and a `<title>` for a
 * pointer's tooltip). Vector only, so it stays crisp on a projector and in the PDF; no ids
 * inside, so copies of a slide never collide.
 */
export function renderPicture(name: PictureName, locale: Locale, ground: Ground): SafeHtml {
  const drawing = pictures[name];
  const alt = textIn(drawing.alt, locale);
  return html`<svg
    class="picture"
    data-picture="${name}"
    viewBox="${drawing.viewBox}"
    width="${pictureSize}"
    height="${pictureSize}"
    role="img"
    aria-label="${alt}"
    fill="none"
    stroke-linecap="round"
    stroke-linejoin="round"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title>${alt}</title>
    ${new SafeHtml(drawing.markup(paintFor(ground)))}
  </svg>`;
}
