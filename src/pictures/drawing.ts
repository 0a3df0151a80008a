import type { Text } from '../model/authored.ts';
import type { Paint } from './paint.ts';

/**
 * One illustration, drawn for the deck. The markup is the inside of an `<svg>` whose `viewBox`
 * is given here; `pictures.ts` wraps it with its text alternative.
 *
 * Drawings name no colour: they paint by meaning with the `Paint` they are given (`paint.ts`),
 * resolved to the palette of the slide's ground. They also carry no `id`, so a slide rendered
 * twice (the speaker view's previews, a print copy per step) never has two elements with one id.
 */
export interface PictureDrawing {
  /** What the drawing shows, for screen readers and as its tooltip, in every language. */
  readonly alt: Text;
  /** The drawing's own coordinate box, `0 0 width height`. */
  readonly viewBox: string;
  /** SVG elements in the given paints, trusted (written in this folder, never from content). */
  readonly markup: (paint: Paint) => string;
}
