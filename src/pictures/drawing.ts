import type { Text } from '../model/authored.ts';

/**
 * One illustration, drawn for the deck. The markup is the inside of an `<svg>` whose `viewBox`
 * is given here; `pictures.ts` wraps it with its text alternative.
 *
 * Drawings name no colour: every shape carries a paint class (`paint.ts`), which the theme maps
 * to the palette for light and for night slides (src/theme/pictures.css). They also carry no
 * `id`, so a slide rendered twice (the speaker view's previews, a print copy per step) never
 * has two elements with one id.
 */
export interface PictureDrawing {
  /** What the drawing shows, for screen readers and as its tooltip, in every language. */
  readonly alt: Text;
  /** The drawing's own coordinate box, `0 0 width height`. */
  readonly viewBox: string;
  /** SVG elements, trusted (written in this folder, never taken from content). */
  readonly markup: string;
}
