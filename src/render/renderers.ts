import type {
  PictureName,
  SlideContent,
  SlideKind,
  StepText,
  Text,
  Tone,
} from '../model/authored.ts';
import { renderPicture } from '../pictures/pictures.ts';

type MatrixSlide = Extract<SlideContent, { kind: 'matrix' }>;
import { stepAttributes, t, type RenderContext, type ShareLink } from './context.ts';
import { exerciseMinutes } from '../model/exercise.ts';
import { domClasses } from './dom-names.ts';
import { html, SafeHtml } from './html.ts';
import { uiText } from './ui-text.ts';
import { eventByline, presenterLine } from '../model/event-text.ts';
import { drawingOnSlide } from '../diagrams/place-drawings.ts';

/**
 * The self-assessment board: quadrants, axes and tools. Markers are drawn by
 * src/widgets/matrix, which reads the labels it needs from the data attributes.
 */
function matrixBoard(slide: MatrixSlide, c: RenderContext): SafeHtml {
  const { quadrants } = slide;
  // Reading order: top row first, as the board is drawn.
  const cells = [
    ['internalOnly', quadrants.internalOnly],
    ['bothMoving', quadrants.bothMoving],
    ['bothStill', quadrants.bothStill],
    ['externalOnly', quadrants.externalOnly],
  ] as const;
  return html`<div class="${domClasses.matrixLayout}">
    <div class="${domClasses.matrixSide}">
      ${kicker(c, slide.kicker)}
      <h2>${t(c, slide.title)}</h2>
      <p class="${domClasses.matrixCount}" aria-live="polite"></p>
      <button type="button" class="${domClasses.matrixReset}">${t(c, uiText.matrixReset)}</button>
    </div>
    <div class="${domClasses.matrix}">
      <p class="matrix-axis matrix-axis-internal">
        <span class="matrix-axis-from">${t(c, slide.internal.from)}</span>
        <span class="matrix-axis-name">${t(c, uiText.matrixInternal)}</span>
        <span class="matrix-axis-to">${t(c, slide.internal.to)}</span>
      </p>
      <div class="${domClasses.matrixBoard}" data-prevent-swipe>
        ${cells.map(
          ([name, quadrant]) =>
            html`<p class="matrix-quadrant" data-quadrant="${name}">${t(c, quadrant.title)}</p>`,
        )}
        <div
          class="${domClasses.matrixPlane}"
          role="application"
          tabindex="0"
          aria-label="${t(c, uiText.matrixBoard)}"
        ></div>
      </div>
      <p class="matrix-axis matrix-axis-external">
        <span class="matrix-axis-from">${t(c, slide.external.from)}</span>
        <span class="matrix-axis-name">${t(c, uiText.matrixExternal)}</span>
        <span class="matrix-axis-to">${t(c, slide.external.to)}</span>
      </p>
    </div>
  </div>`;
}

/** The build's drawing of a diagram, as placed on this slide, if the build drew it. */
function drawing(c: RenderContext, diagramId: string): SafeHtml | undefined {
  const svg = c.drawings?.[diagramId];
  return svg === undefined
    ? undefined
    : new SafeHtml(drawingOnSlide(svg, diagramId, c.locale, c.entry.slide.id));
}

/** A renderer turns one kind of slide into the inner HTML of its `<section>`. */
type Renderer<K extends SlideKind> = (
  slide: Extract<SlideContent, { kind: K }>,
  context: RenderContext,
) => SafeHtml;

/** One renderer per kind; a kind missing here is a compile error. */
export type Renderers = { readonly [K in SlideKind]: Renderer<K> };

/** Slide kinds set on the dark "night" background: turns in the story and questions. */
export const darkKinds: ReadonlySet<SlideKind> = new Set(['statement', 'question']);

const toneClass = (tone: Tone | undefined): string => `tone-${tone ?? 'neutral'}`;

function kicker(context: RenderContext, text: Text | undefined): SafeHtml {
  return text === undefined ? html`` : html`<p class="kicker">${t(context, text)}</p>`;
}

function lines(context: RenderContext, items: readonly StepText[] | undefined, className: string) {
  return (items ?? []).map(
    (item) => html`<p${stepAttributes(item.step, className)}>${t(context, item.text)}</p>`,
  );
}

/**
 * A slide's layout with its picture beside it, or the layout alone. The text keeps its own
 * layout (a column of kicker, large type, lines); the picture takes a fixed share of the slide
 * and the type steps down a size (src/theme/pictures.css), so neither crowds the other.
 */
function besidePicture(
  context: RenderContext,
  picture: PictureName | undefined,
  layout: SafeHtml,
): SafeHtml {
  if (picture === undefined) return layout;
  const ground = darkKinds.has(context.entry.slide.kind) ? 'night' : 'paper';
  return html`<div class="picture-row">
    ${layout}${renderPicture(picture, context.locale, ground)}
  </div>`;
}

/** The deck's address as a QR code with its URL, and the PDF when the build ships it. */
function shareCard(context: RenderContext, share: ShareLink): SafeHtml {
  const address = share.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return html`<figure class="share-card">
    <div class="share-qr" role="img" aria-label="${t(context, uiText.qrLabel)} ${share.url}">
      ${new SafeHtml(share.qrSvg)}
    </div>
    <figcaption>
      <span class="share-caption">${t(context, uiText.shareCaption)}</span>
      <a class="share-url" href="${share.url}">${address}</a>
      ${
        share.pdfFile === undefined
          ? ''
          : html`<a class="share-pdf" href="${share.pdfFile}" download
              >${t(context, uiText.downloadPdf)}</a
            >`
      }
    </figcaption>
  </figure>`;
}

type Poll = NonNullable<Extract<SlideContent, { kind: 'question' }>['poll']>;

/**
 * A poll's options on the slide, lettered (A, B, C …) so a room without phones answers by a
 * show of hands ("hands up for B"). With a room, src/room/results-view.ts draws the counts and
 * texts into this block (the live screen; the reader and the print from the outcome).
 */
function pollOptions(c: RenderContext, poll: Poll): SafeHtml {
  return html`<div class="${domClasses.poll}" data-poll="${c.entry.slide.id}">
    <ol class="poll-options">
      ${poll.options.map(
        (option, i) =>
          html`<li class="poll-option" data-poll-option="${option.id}">
            <span class="poll-letter" aria-hidden="true">${String.fromCharCode(65 + i)}</span>
            <span class="poll-label">${t(c, option.label)}</span>
          </li>`,
      )}
    </ol>
  </div>`;
}

/**
 * The discussion timer's face and buttons, at its full length; src/widgets/timer brings it to
 * life. Labels travel as data so the widget needs no text of its own.
 */
function timerControls(context: RenderContext, minutes: number): SafeHtml {
  return html`<div
    class="${domClasses.timer}"
    role="group"
    aria-label="${t(context, uiText.timer)}"
  >
    <p class="${domClasses.timerDisplay}" role="timer">${minutes}:00</p>
    <div class="timer-controls">
      <button type="button" data-timer-action="toggle">${t(context, uiText.timerStart)}</button>
      <button type="button" data-timer-action="less" aria-label="${t(context, uiText.timerLess)}">
        −1
      </button>
      <button type="button" data-timer-action="more" aria-label="${t(context, uiText.timerMore)}">
        +1
      </button>
      <button type="button" data-timer-action="reset">${t(context, uiText.timerReset)}</button>
    </div>
  </div>`;
}

/**
 * The title slide's byline: the occasion (slides/event.ts) when it names one, otherwise the
 * slide's own byline; nothing when neither has a word.
 */
function titleByline(c: RenderContext, byline: Text | undefined): SafeHtml | '' {
  const occasion = c.event === undefined ? undefined : eventByline(c.event, c.locale);
  if (occasion !== undefined) return html`<p class="byline byline-occasion">${occasion}</p>`;
  return byline === undefined ? '' : html`<p class="byline">${t(c, byline)}</p>`;
}

/** Who to talk to afterwards, on the closing slide: the presenter and role, when given. */
function contactLine(c: RenderContext): SafeHtml | '' {
  const presenter = c.event === undefined ? undefined : presenterLine(c.event, c.locale);
  return presenter === undefined
    ? ''
    : html`<p class="contact-line">
        <span class="contact-label">${t(c, uiText.contact)}</span> ${presenter}
      </p>`;
}

export const renderers: Renderers = {
  title: (slide, c) =>
    html` <div class="layout-title">
      <div class="movement-bars" aria-hidden="true">
        <span class="bar-external"></span><span class="bar-internal"></span>
      </div>
      <h1>${t(c, slide.title)}</h1>
      <p class="subtitle">${t(c, slide.subtitle)}</p>
      ${titleByline(c, slide.byline)}
    </div>`,

  statement: (slide, c) =>
    besidePicture(
      c,
      slide.picture,
      html` <div class="layout-statement ${toneClass(slide.tone)}">
        ${kicker(c, slide.kicker)}
        <h2 class="statement">${t(c, slide.statement)}</h2>
        ${lines(c, slide.lines, 'statement-line')}
      </div>`,
    ),

  bullets: (slide, c) =>
    html` <div class="layout-bullets ${toneClass(slide.tone)}">
      ${kicker(c, slide.kicker)}
      <h2>${t(c, slide.title)}</h2>
      <ul class="bullets">
        ${slide.items.map((item) => html`<li${stepAttributes(item.step)}>${t(c, item.text)}</li>`)}
      </ul>
    </div>`,

  quote: (slide, c) =>
    besidePicture(
      c,
      slide.picture,
      html` <figure class="layout-quote">
        <h2 class="quote-lead">${t(c, slide.lead)}</h2>
        <blockquote><p>${t(c, slide.quote)}</p></blockquote>
        ${
          slide.attribution === undefined
            ? ''
            : html`<figcaption>${t(c, slide.attribution)}</figcaption>`
        }
      </figure>`,
    ),

  fact: (slide, c) =>
    besidePicture(
      c,
      slide.picture,
      html` <div class="layout-fact">
        ${kicker(c, slide.kicker)}
        <h2 class="fact">${t(c, slide.fact)}</h2>
        ${
          slide.point === undefined
            ? ''
            : html`<p${stepAttributes(slide.point.step, 'fact-point')}>${t(c, slide.point.text)}</p>`
        }
      </div>`,
    ),

  shift: (slide, c) => html`
    <div class="layout-shift ${toneClass(slide.tone)}">
      ${kicker(c, slide.kicker)}
      <h2>${t(c, slide.title)}</h2>
      <div class="shift">
        <div class="shift-from">
          <p class="shift-label">${t(c, uiText.from)}</p>
          <p class="shift-text">${t(c, slide.from)}</p>
        </div>
        <div${stepAttributes(slide.to.step, 'shift-to')}>
          <svg class="shift-arrow" viewBox="0 0 40 24" aria-hidden="true">
            <path d="M2 12h32M24 3l10 9-10 9" />
          </svg>
          <p class="shift-label">${t(c, uiText.to)}</p>
          <p class="shift-text">${t(c, slide.to.text)}</p>
        </div>
      </div>
    </div>`,

  columns: (slide, c) =>
    html` <div class="layout-columns">
      ${kicker(c, slide.kicker)}
      <h2>${t(c, slide.title)}</h2>
      <div class="columns">
        ${slide.columns.map(
          (column) => html`
            <div${stepAttributes(column.step, `column ${toneClass(column.tone)}`)}>
              <h3>${t(c, column.heading)}</h3>
              <ul>
                ${column.items.map(
                  (item) => html`<li${stepAttributes(item.step)}>${t(c, item.text)}</li>`,
                )}
              </ul>
            </div>`,
        )}
      </div>
      ${
        slide.conclusion === undefined
          ? ''
          : html`<p${stepAttributes(slide.conclusion.step, 'conclusion')}>${t(c, slide.conclusion.text)}</p>`
      }
    </div>`,

  cards: (slide, c) =>
    html` <div class="layout-cards">
      ${kicker(c, slide.kicker)}
      <h2>${t(c, slide.title)}</h2>
      <ul class="cards cards-${slide.cards.length}">
        ${slide.cards.map(
          (card) => html`
            <li${stepAttributes(card.step, `card ${toneClass(card.tone)}`)}>
              <h3>${t(c, card.title)}</h3>
              <p>${t(c, card.text)}</p>
            </li>`,
        )}
      </ul>
    </div>`,

  diagram: (slide, c) =>
    html` <div class="layout-diagram">
      ${kicker(c, slide.kicker)}
      <h2>${t(c, slide.title)}</h2>
      <figure
        class="${domClasses.diagram}"
        data-diagram="${slide.diagram.id}"
        ${drawing(c, slide.diagram.id) === undefined ? '' : html` data-rendered="true"`}
      >
        <div class="${domClasses.diagramCanvas}">${drawing(c, slide.diagram.id) ?? ''}</div>
        <figcaption class="diagram-alt">
          <strong>${t(c, slide.diagram.title)}.</strong> ${t(c, slide.diagram.description)}
        </figcaption>
      </figure>
      ${slide.diagram.steps.map(
        (_, i) =>
          html`<span
            class="fragment diagram-step-marker"
            data-fragment-index="${i}"
            data-diagram-step="${i + 1}"
            aria-hidden="true"
          ></span>`,
      )}
    </div>`,

  matrix: (slide, c) => matrixBoard(slide, c),

  question: (slide, c) => {
    const share = slide.shareLink === true ? c.share : undefined;
    const classes = [
      domClasses.questionLayout,
      slide.lines === undefined ? 'question-solo' : '',
      share === undefined ? '' : 'has-share',
      slide.poll === undefined ? '' : 'has-poll',
    ];
    return html`<div class="${classes.filter(Boolean).join(' ')}">
      <div class="${domClasses.questionText}">
        <div class="movement-bars" aria-hidden="true">
          <span class="bar-external"></span><span class="bar-internal"></span>
        </div>
        ${kicker(c, slide.kicker)}
        <h2 class="question">${t(c, slide.question)}</h2>
        ${lines(c, slide.lines, 'question-line')}
        ${slide.poll === undefined ? '' : pollOptions(c, slide.poll)}
        ${
          // A poll's options stand where the timer would: the speaker view keeps its time.
          slide.exercise === undefined || slide.poll !== undefined
            ? ''
            : timerControls(c, exerciseMinutes(slide.exercise))
        }
        ${slide.shareLink === true ? contactLine(c) : ''}
      </div>
      ${share === undefined ? '' : shareCard(c, share)}
    </div>`;
  },
};
