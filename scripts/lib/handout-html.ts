/**
 * The handout's text pages: A4 portrait, a frame on top where the slide is stamped in
 * afterwards (as vector art, see handout.ts), and below it the slide's place in the talk and
 * its speaker notes, in the deck's type and colours.
 */
import type { DeckNotes, Locale, Text } from '../../src/model/authored.ts';
import { readerParagraphs } from '../../src/model/notes-text.ts';
import { headingOf } from '../../src/model/headings.ts';
import type { ResolvedDeck } from '../../src/model/resolved.ts';
import { eventByline } from '../../src/model/event-text.ts';
import { textIn } from '../../src/model/texts.ts';
import { localeTags } from '../../src/model/locales.ts';
import { html, type SafeHtml } from '../../src/render/html.ts';
import { palette } from '../../src/theme/palette.ts';
import type { RoomOutcome } from '../../src/room/outcome.ts';
import { boardSpread, pollTally, pollTexts } from '../../src/room/results.ts';
import { roomText } from '../../src/room/room-text.ts';
import { outcomeText } from '../../src/room/outcome-text.ts';
import { fillIn, uiText, withWordsFor } from '../../src/render/ui-text.ts';
import type { ResolvedSlide } from '../../src/model/resolved.ts';

/** The handout's geometry in millimetres; handout.ts places the slides with the same numbers. */
export const handoutPage = {
  widthMm: 210,
  heightMm: 297,
  marginMm: 16,
  /** The slide: full text width, 16:9. */
  slideWidthMm: 178,
  slideHeightMm: 178 * (9 / 16),
} as const;

/** The font files the handout uses, as URLs the page can load. */
export interface InterFiles {
  readonly regular: string;
  readonly semibold: string;
  readonly bold: string;
}

const labels = {
  slide: { nl: 'Dia', en: 'Slide' },
  of: { nl: 'van', en: 'of' },
  minutes: { nl: 'min', en: 'min' },
} as const;

function fontFaces(fonts: InterFiles): string {
  return (
    [
      [400, fonts.regular],
      [600, fonts.semibold],
      [700, fonts.bold],
    ] as const
  )
    .map(
      ([weight, url]) =>
        `@font-face{font-family:'Inter';font-weight:${weight};font-style:normal;src:url('${url}') format('woff2')}`,
    )
    .join('\n');
}

/**
 * What the room left on this slide, under its notes: the board's markers and spread (the slide
 * above shows where), or the poll's counts and every text, which the slide has no room for.
 * The phones' words are escaped like every other text (src/render/html.ts).
 */
function roomAnswers(
  entry: ResolvedSlide,
  outcome: RoomOutcome | undefined,
  locale: Locale,
): SafeHtml {
  const t = (text: Text): string => textIn(text, locale);
  const { slide } = entry;
  if (outcome === undefined) return html``;
  if (slide.kind === 'matrix') {
    const entries = outcome.boards.find((board) => board.id === slide.id)?.entries ?? [];
    const spread = boardSpread(entries);
    if (spread === undefined) return html``;
    const axes = [
      fillIn(t(roomText.spread), {
        axis: t(uiText.matrixExternal),
        min: spread.x.min,
        max: spread.x.max,
      }),
      fillIn(t(roomText.spread), {
        axis: t(uiText.matrixInternal),
        min: spread.y.min,
        max: spread.y.max,
      }),
    ];
    return html`<div class="room">
      <h3>${t(outcomeText.handoutAnswers)}</h3>
      <p>
        ${fillIn(t(outcomeText.boardCount), { n: entries.length, date: dateOf(outcome, locale) })}.
        ${axes.join('. ')}.
      </p>
    </div>`;
  }
  if (slide.kind !== 'question' || slide.poll === undefined) return html``;
  const entries = outcome.polls.find((poll) => poll.id === slide.id)?.entries ?? [];
  if (entries.length === 0) return html``;
  const labels = new Map(slide.poll.options.map((option) => [option.id, t(option.label)]));
  const tally = pollTally(
    slide.poll.options.map((option) => option.id),
    entries,
  );
  const texts = pollTexts(entries);
  return html`<div class="room">
    <h3>${t(outcomeText.handoutAnswers)} · ${dateOf(outcome, locale)}</h3>
    <ul class="counts">
      ${tally.map(
        ({ option, count }) =>
          html`<li>
            ${labels.get(option) ?? option}:
            <strong>${fillIn(t(roomText.count), { n: count, total: entries.length })}</strong>
          </li>`,
      )}
    </ul>
    ${
      texts.length === 0
        ? ''
        : html`<ul
            class="texts"
            data-more-one="${withWordsFor(t(outcomeText.handoutMore), { n: 1 })}"
            data-more-other="${withWordsFor(t(outcomeText.handoutMore), { n: 2 })}"
          >
            ${texts.map(
              (shown) =>
                html`<li>
                  “${shown.text}” <span class="option">${labels.get(shown.option) ?? ''}</span>
                </li>`,
            )}
          </ul>`
    }
  </div>`;
}

function dateOf(outcome: RoomOutcome, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale].intl, { dateStyle: 'long' }).format(outcome.at);
}

/** The whole handout as an HTML document, one `.page` per slide. */
export function handoutHtml(
  deck: ResolvedDeck,
  notes: DeckNotes,
  locale: Locale,
  fonts: InterFiles,
  outcome?: RoomOutcome,
): string {
  const t = (text: Text): string => textIn(text, locale);
  const total = deck.slides.length;
  // The occasion in the top margin of every page, above the slide (which handout.ts places by
  // the same numbers, so the header moves nothing); no header for the generic talk.
  const occasion = eventByline(deck.event, locale);
  const header = occasion === undefined ? html`` : html`<p class="running-head">${occasion}</p>`;
  const pages: SafeHtml[] = deck.slides.map((entry) => {
    const section = deck.sections[entry.sectionIndex];
    const minutes = Number((entry.timingSeconds / 60).toFixed(2)).toLocaleString(locale);
    const text = notes[entry.slide.id];
    // The reader's text: the presenter's cues are for the speaker view only.
    const paragraphs = (text === undefined ? [] : readerParagraphs(t(text))).map(
      (paragraph) => html`<p>${paragraph}</p>`,
    );
    return html`<section class="page">
      ${header}
      <div class="slide-frame"></div>
      <p class="meta">
        ${section === undefined ? '' : t(section.title)} · ${t(labels.slide)} ${entry.index + 1}
        ${t(labels.of)} ${total} · ${minutes} ${t(labels.minutes)}
      </p>
      <h2>${t(headingOf(entry.slide))}</h2>
      <div class="notes">${paragraphs}</div>
      ${roomAnswers(entry, outcome, locale)}
    </section>`;
  });
  const { widthMm, heightMm, marginMm, slideWidthMm, slideHeightMm } = handoutPage;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${html`${t(deck.title)}`.value}</title>
<style>
${fontFaces(fonts)}
@page { size: ${widthMm}mm ${heightMm}mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Inter', sans-serif; color: ${palette.ink}; background: #fff; }
.page { position: relative; width: ${widthMm}mm; height: ${heightMm}mm; padding: ${marginMm}mm; overflow: hidden; break-after: page; }
.running-head { position: absolute; top: ${marginMm / 2 - 2}mm; left: ${marginMm}mm; right: ${marginMm}mm; margin: 0; font-size: 8pt; color: ${palette.muted}; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.page:last-child { break-after: auto; }
.slide-frame { width: ${slideWidthMm}mm; height: ${slideHeightMm}mm; border: 0.3mm solid ${palette.rule}; margin-bottom: 9mm; }
.meta { margin: 0 0 2.5mm; font-size: 8.5pt; font-weight: 600; letter-spacing: 0.06em; text-transform: uppercase; color: ${palette.muted}; }
h2 { margin: 0 0 5mm; font-size: 15pt; line-height: 1.25; font-weight: 700; border-left: 1.2mm solid ${palette.internal}; padding-left: 3mm; }
.notes p { margin: 0 0 3.2mm; font-size: 11pt; line-height: 1.55; }
.room { margin-top: 4mm; padding-top: 3mm; border-top: 0.3mm solid ${palette.rule}; font-size: 9.5pt; line-height: 1.4; }
.room h3 { margin: 0 0 2mm; font-size: 10pt; font-weight: 700; }
.room p { margin: 0; }
.room ul { margin: 0 0 2.5mm; padding: 0; list-style: none; }
.room .counts { display: flex; flex-wrap: wrap; gap: 1mm 6mm; }
.room .texts { columns: 2; column-gap: 6mm; }
.room .texts li { break-inside: avoid; margin-bottom: 1.5mm; }
.room .option { color: ${palette.muted}; }
.room .more { margin: 0; color: ${palette.muted}; }
</style>
</head>
<body>
${pages.map((page) => page.value).join('\n')}
</body>
</html>`;
}
