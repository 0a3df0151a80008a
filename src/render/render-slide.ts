import type { Locale, Slide, SlideKind } from '../model/authored.ts';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import { textIn } from '../model/texts.ts';
import type { RenderContext, RenderOptions } from './context.ts';
import { palette } from '../theme/palette.ts';
import { html, type SafeHtml } from './html.ts';
import { darkKinds, renderers } from './renderers.ts';

/**
 * Looks up the renderer for a slide's kind. The cast is the one place TypeScript cannot follow
 * the correlation between `slide.kind` and the table's key; `Renderers` guarantees it holds.
 */
function renderBody(slide: Slide, context: RenderContext): SafeHtml {
  const render = renderers[slide.kind] as (slide: Slide, context: RenderContext) => SafeHtml;
  return render(slide, context);
}

function renderNotes(notes: string): SafeHtml {
  // A build without notes (DECK_NOTES=false) leaves them empty: no aside at all.
  if (notes.trim() === '') return html``;
  const paragraphs = notes.split(/\n\s*\n/u).map((paragraph) => paragraph.trim());
  return html`<aside class="notes">${paragraphs.map((p) => html`<p>${p}</p>`)}</aside>`;
}

/** One slide as a reveal.js `<section>`, with its id, timing, background and notes. */
export function renderSlide(
  entry: ResolvedSlide,
  locale: Locale,
  options: RenderOptions = {},
): SafeHtml {
  const { slide } = entry;
  const kind: SlideKind = slide.kind;
  const dark = darkKinds.has(kind);
  return html`<section
    id="${slide.id}"
    class="slide-${kind}${dark ? ' slide-dark' : ''}"
    data-timing="${entry.timingSeconds}"
    ${dark ? html` data-background-color="${palette.night}"` : ''}
  >
    <div class="slide-frame">${renderBody(slide, { ...options, locale, entry })}</div>
    ${renderNotes(textIn(slide.notes, locale))}
  </section>`;
}

/** Every slide of the deck, in order: the content of reveal.js's `.slides` element. */
export function renderDeck(
  deck: ResolvedDeck,
  locale: Locale,
  options: RenderOptions = {},
): string {
  return deck.slides.map((entry) => renderSlide(entry, locale, options).value).join('\n');
}
