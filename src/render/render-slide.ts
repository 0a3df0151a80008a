import type { DeckNotes, Locale, SlideContent, SlideKind } from '../model/authored.ts';
import { readerParagraphs } from '../model/notes-text.ts';
import type { ResolvedDeck, ResolvedSlide } from '../model/resolved.ts';
import { textIn } from '../model/texts.ts';
import type { RenderContext, RenderOptions } from './context.ts';
import { palette } from '../theme/palette.ts';
import { domClasses } from './dom-names.ts';
import { html, type SafeHtml } from './html.ts';
import { darkKinds, renderers } from './renderers.ts';

/**
 * Looks up the renderer for a slide's kind. The cast is the one place TypeScript cannot follow
 * the correlation between `slide.kind` and the table's key; `Renderers` guarantees it holds.
 */
function renderBody(slide: SlideContent, context: RenderContext): SafeHtml {
  const render = renderers[slide.kind] as (slide: SlideContent, context: RenderContext) => SafeHtml;
  return render(slide, context);
}

/** The notes as a reader gets them: the talk's narrative, without the presenter's cues. */
function renderNotes(notes: string | undefined): SafeHtml {
  // A view without notes (the slide show, DECK_NOTES=false) gets no aside at all.
  if (notes === undefined || notes.trim() === '') return html``;
  const paragraphs = readerParagraphs(notes);
  return html`<aside class="${domClasses.notes}">
    ${paragraphs.map((p) => html`<p>${p}</p>`)}
  </aside>`;
}

function notesOf(
  notes: DeckNotes | undefined,
  slideId: string,
  locale: Locale,
): string | undefined {
  const text = notes?.[slideId];
  return text === undefined ? undefined : textIn(text, locale);
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
    <div class="${domClasses.slideFrame}">${renderBody(slide, { ...options, locale, entry })}</div>
    ${renderNotes(notesOf(options.notes, slide.id, locale))}
  </section>`;
}

/** Every slide of the deck, in order: the content of reveal.js's `.slides` element. */
export function renderDeck(
  deck: ResolvedDeck,
  locale: Locale,
  options: RenderOptions = {},
): string {
  const withEvent = { event: deck.event, ...options };
  return deck.slides.map((entry) => renderSlide(entry, locale, withEvent).value).join('\n');
}
