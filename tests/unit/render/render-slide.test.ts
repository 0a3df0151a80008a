// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { DeckEvent, FactSlide, Slide } from '../../../src/model/authored.ts';
import { resolveDeck } from '../../../src/model/resolve.ts';
import { renderDeck, renderSlide } from '../../../src/render/render-slide.ts';
import { deckOf, diagramSlide, validDeck, validNotes } from '../../fixtures/decks.ts';

/** Renders one slide and parses it, so the tests read the DOM a browser would build. */
function render(slide: Slide): HTMLElement {
  const { deck, notes } = resolveDeck(
    deckOf({ '01-test.ts': { title: { nl: 'Test', en: 'Test' }, slides: [slide] } }),
  );
  const [entry] = deck.slides;
  if (entry === undefined) throw new Error('fixture deck has no slide');
  const template = document.createElement('template');
  template.innerHTML = renderSlide(entry, 'nl', { notes }).value;
  const section = template.content.firstElementChild;
  if (!(section instanceof HTMLElement)) throw new Error('no section rendered');
  return section;
}

const texts = (root: Element, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent.trim());

describe('renderSlide', () => {
  it("lists a poll's options on its question, lettered for a show of hands, as text", () => {
    const section = render({
      kind: 'question',
      id: 'wat-past',
      question: { nl: 'Wat past er nu?', en: 'What fits now?' },
      poll: {
        options: [
          { id: 'een-team', label: { nl: 'Eén team <b>ruimte</b> geven', en: 'One team' } },
          { id: 'begeleiding', label: { nl: 'Begeleiding', en: 'Guidance' } },
        ],
      },
      exercise: { alone: 1, plenary: 1 },
      notes: validNotes,
      minutes: 1,
    });
    const options = [...section.querySelectorAll<HTMLElement>('.poll [data-poll-option]')];
    expect(options.map((option) => option.dataset.pollOption)).toEqual(['een-team', 'begeleiding']);
    expect(texts(section, '.poll-letter')).toEqual(['A', 'B']);
    // Content is text: a label never becomes markup.
    expect(texts(section, '.poll-label')).toEqual(['Eén team <b>ruimte</b> geven', 'Begeleiding']);
    expect(section.querySelector('.poll b')).toBeNull();
    // The options stand where the timer would; the speaker view keeps the poll's time.
    expect(section.querySelector('.discussion-timer')).toBeNull();
    expect(section.querySelector<HTMLElement>('.poll')?.dataset.poll).toBe('wat-past');
  });

  it('gives the section its readable id, timing and notes', () => {
    const section = render({
      kind: 'quote',
      id: 'achter-de-bar',
      lead: { nl: 'Tot iemand zei:', en: 'Tot iemand zei:' },
      quote: {
        nl: 'Laten we gewoon achter de bar gaan staan.',
        en: 'Laten we gewoon achter de bar gaan staan.',
      },
      notes: {
        nl: 'Eerste alinea. [klik] Dan dit.\n\nTweede alinea.',
        en: 'First paragraph. [click] Then this.\n\nSecond paragraph.',
      },
      minutes: 1.5,
    });
    expect(section.tagName).toBe('SECTION');
    expect(section.id).toBe('achter-de-bar');
    expect(section.dataset.timing).toBe('90');
    // A reader gets the narrative without the presenter's step cues.
    expect(texts(section, 'aside.notes p')).toEqual(['Eerste alinea. Dan dit.', 'Tweede alinea.']);
    expect(texts(section, 'blockquote')).toEqual(['Laten we gewoon achter de bar gaan staan.']);
    expect(texts(section, 'h2')).toEqual(['Tot iemand zei:']);
  });

  it('escapes content so text can never become markup', () => {
    const section = render({
      kind: 'statement',
      id: 'veilig',
      statement: {
        nl: '<img src=x onerror=alert(1)> & "quotes"',
        en: '<img src=x onerror=alert(1)> & "quotes"',
      },
      notes: validNotes,
      minutes: 1,
    });
    expect(section.querySelector('img')).toBeNull();
    expect(texts(section, 'h2')).toEqual(['<img src=x onerror=alert(1)> & "quotes"']);
  });

  it('turns steps into reveal.js fragments with zero-based indices', () => {
    const section = render({
      kind: 'bullets',
      id: 'stappen',
      title: { nl: 'Stappen', en: 'Stappen' },
      items: [
        { text: { nl: 'altijd zichtbaar', en: 'altijd zichtbaar' } },
        { text: { nl: 'eerste klik', en: 'eerste klik' }, step: 1 },
        { text: { nl: 'tweede klik', en: 'tweede klik' }, step: 2 },
      ],
      notes: validNotes,
      minutes: 1,
    });
    const items = [...section.querySelectorAll('li')];
    expect(
      items.map((li) => [li.classList.contains('fragment'), li.dataset.fragmentIndex]),
    ).toEqual([
      [false, undefined],
      [true, '0'],
      [true, '1'],
    ]);
  });

  it('puts statements and questions on the night background', () => {
    const section = render({
      kind: 'question',
      id: 'vraag',
      question: { nl: 'Wat past er voor jou, nu?', en: 'Wat past er voor jou, nu?' },
      notes: validNotes,
      minutes: 1,
    });
    expect(section.classList.contains('slide-dark')).toBe(true);
    expect(section.dataset.backgroundColor).toBe('#14202B');
    expect(texts(section, 'h2.question')).toEqual(['Wat past er voor jou, nu?']);
  });

  it('colours columns by the movement they belong to, without nesting sections', () => {
    const section = render({
      kind: 'columns',
      id: 'kolommen',
      title: { nl: 'Twee kolommen', en: 'Twee kolommen' },
      columns: [
        {
          heading: { nl: 'Extern', en: 'Extern' },
          tone: 'external',
          items: [{ text: { nl: 'a', en: 'a' } }],
        },
        {
          heading: { nl: 'Intern', en: 'Intern' },
          tone: 'internal',
          step: 1,
          items: [{ text: { nl: 'b', en: 'b' } }],
        },
      ],
      notes: validNotes,
      minutes: 1,
    });
    const columns = [...section.querySelectorAll('.column')];
    expect(columns.map((column) => column.className)).toEqual([
      'column tone-external',
      'column tone-internal fragment',
    ]);
    // A nested <section> would become a vertical slide in reveal.js.
    expect(section.querySelector('section')).toBeNull();
  });

  it('reserves the diagram figure with its text alternative and one fragment per step', () => {
    const section = render(diagramSlide);
    const figure = section.querySelector<HTMLElement>('figure.diagram');
    expect(figure?.dataset.diagram).toBe('schema');
    expect(texts(section, 'figcaption.diagram-alt')[0]).toMatch(
      /^Schema\.\s+Van begin naar eind\.$/,
    );
    const markers = [...section.querySelectorAll<HTMLElement>('.diagram-step-marker.fragment')];
    expect(
      markers.map((marker) => [marker.dataset.fragmentIndex, marker.dataset.diagramStep]),
    ).toEqual([
      ['0', '1'],
      ['1', '2'],
    ]);
  });
});

describe('renderDeck', () => {
  it('renders every slide once, in order', () => {
    const template = document.createElement('template');
    template.innerHTML = renderDeck(resolveDeck(validDeck()).deck, 'nl');
    expect([...template.content.children].map((section) => section.id)).toEqual([
      'titel',
      'lijst',
      'training-versus-systemen',
      'achter-de-bar',
    ]);
  });
});

describe('a slide with a picture', () => {
  const plainFact: FactSlide = {
    kind: 'fact',
    id: 'het-raam',
    kicker: { nl: 'Als er een raam sneuvelt', en: 'When a window breaks' },
    fact: { nl: 'Nu een nieuw raam.', en: 'A new window, now.' },
    point: { text: { nl: 'Vandaag nog open.', en: 'Open today.' }, step: 1 },
    notes: validNotes,
    minutes: 1,
  };
  const fact: FactSlide = { ...plainFact, picture: 'broken-window' };

  it('sets the picture beside the text, after it, named for screen readers', () => {
    const section = render(fact);
    const row = section.querySelector('.picture-row');
    expect(row?.firstElementChild?.classList.contains('layout-fact')).toBe(true);
    const picture = row?.lastElementChild;
    expect(picture?.tagName.toLowerCase()).toBe('svg');
    expect(picture?.getAttribute('role')).toBe('img');
    expect(picture?.getAttribute('aria-label')).toMatch(/^Tekening: een gebarsten etalageraam/);
    expect(picture?.getAttribute('data-picture')).toBe('broken-window');
    // The text keeps its own step: the picture adds none.
    expect(texts(section, '.fragment')).toEqual(['Vandaag nog open.']);
  });

  it('leaves a slide without a picture as it was', () => {
    const section = render(plainFact);
    expect(section.querySelector('.picture-row, svg')).toBeNull();
    expect(section.querySelector('.slide-frame > .layout-fact')).not.toBeNull();
  });

  it('keeps ids unique when a slide is rendered twice (speaker previews, print copies)', () => {
    const twice = [render(fact), render({ ...fact, id: 'het-raam-kopie' })];
    const ids = twice.flatMap((section) =>
      [section, ...section.querySelectorAll('[id]')].map((element) => element.id),
    );
    expect(ids).toEqual(['het-raam', 'het-raam-kopie']);
  });

  it.each(['statement', 'quote'] as const)('shows a picture on a %s slide too', (kind) => {
    const slide: Slide =
      kind === 'statement'
        ? {
            kind,
            id: 'tegelijk',
            picture: 'two-at-once',
            statement: { nl: 'Twee dingen tegelijk.', en: 'Two things at once.' },
            notes: validNotes,
            minutes: 1,
          }
        : {
            kind,
            id: 'achter-de-bar',
            picture: 'bar',
            lead: { nl: 'Tot iemand zei:', en: 'Until someone said:' },
            quote: { nl: 'Achter de bar.', en: 'Behind the bar.' },
            notes: validNotes,
            minutes: 1,
          };
    const section = render(slide);
    expect(section.querySelector(`.picture-row > svg[role="img"]`)).not.toBeNull();
  });
});

describe('the occasion on the slides', () => {
  const closing: Slide = {
    kind: 'question',
    id: 'wat-past-er-voor-jou',
    question: { nl: 'Wat past er voor jou, nu?', en: 'What’s right for you, now?' },
    shareLink: true,
    notes: validNotes,
    minutes: 1,
  };
  const titled: Slide = {
    kind: 'title',
    id: 'titel',
    title: { nl: 'Een titel', en: 'A title' },
    subtitle: { nl: 'Een ondertitel', en: 'A subtitle' },
    byline: { nl: 'MT-sessie', en: 'Leadership team session' },
    notes: validNotes,
    minutes: 1,
  };

  function renderWith(event: DeckEvent, locale: 'nl' | 'en'): HTMLElement {
    const { deck } = resolveDeck(
      deckOf(
        { '01-test.ts': { title: { nl: 'T', en: 'T' }, slides: [titled, closing] } },
        { event },
      ),
    );
    const template = document.createElement('template');
    template.innerHTML = renderDeck(deck, locale);
    return template.content as unknown as HTMLElement;
  }

  it('puts the client, presenter, day and place on the title slide, in its language', () => {
    const event: DeckEvent = {
      client: 'Acme',
      presenter: 'Anna de Vries',
      role: { nl: 'Adviseur', en: 'Adviser' },
      date: '2026-11-30',
      place: 'Utrecht',
    };
    expect(texts(renderWith(event, 'en'), '#titel .byline')).toEqual([
      'For Acme · Anna de Vries, Adviser · 30\u00a0November\u00a02026 · Utrecht',
    ]);
    expect(texts(renderWith(event, 'nl'), '#wat-past-er-voor-jou .contact-line')).toEqual([
      'Contact Anna de Vries, Adviseur',
    ]);
  });

  it("keeps the slide's own byline and no contact line for the generic talk", () => {
    const page = renderWith({}, 'nl');
    expect(texts(page, '#titel .byline')).toEqual(['MT-sessie']);
    expect(page.querySelector('.contact-line')).toBeNull();
  });

  it('names the client alone without a stray separator, and no contact without a presenter', () => {
    const page = renderWith({ client: 'Acme' }, 'nl');
    expect(texts(page, '#titel .byline')).toEqual(['Voor Acme']);
    expect(page.querySelector('.contact-line')).toBeNull();
  });
});

describe('a diagram the build drew', () => {
  const drawn =
    '<svg id="mmd-schema-nl" aria-hidden="true"><marker id="mmd-schema-nl_arrow"></marker>' +
    '<path marker-end="url(#mmd-schema-nl_arrow)"></path></svg>';

  function renderWith(drawings?: Record<string, string>): HTMLElement {
    const { deck } = resolveDeck(
      deckOf({ '01-test.ts': { title: { nl: 'Test', en: 'Test' }, slides: [diagramSlide] } }),
    );
    const template = document.createElement('template');
    template.innerHTML = renderDeck(deck, 'nl', { drawings });
    const figure = template.content.querySelector<HTMLElement>('figure.diagram');
    if (figure === null) throw new Error('no figure rendered');
    return figure;
  }

  it("is in its figure, marked drawn, its ids made its slide's own", () => {
    const figure = renderWith({ schema: drawn });
    expect(figure.dataset.rendered).toBe('true');
    const svg = figure.querySelector('.diagram-canvas > svg');
    expect(svg?.id).toBe('mmd-schema-nl-schema');
    expect(svg?.querySelector('path')?.getAttribute('marker-end')).toBe(
      'url(#mmd-schema-nl-schema_arrow)',
    );
  });

  it('leaves the figure waiting for its drawing when the build drew none', () => {
    const figure = renderWith();
    expect(figure.dataset.rendered).toBeUndefined();
    expect(figure.querySelector('.diagram-canvas')?.innerHTML).toBe('');
  });
});
