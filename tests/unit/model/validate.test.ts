import { describe, expect, it } from 'vitest';
import { formatContentError, validateDeck } from '../../../src/model/validate.ts';
import { checkDeck, loadDeck } from '../../../src/model/check-deck.ts';
import type { ContentError } from '../../../src/model/validate.ts';
import type { Slide } from '../../../src/model/authored.ts';
import {
  bulletsSlide,
  columnsSlide,
  quoteSlide,
  deckOf,
  diagramSlide,
  titleSlide,
  untyped,
  validDeck,
  notesWithCues,
  validNotes,
} from '../../fixtures/decks.ts';

type DeckInput = Parameters<typeof validateDeck>[0];

const allMessages = (deck: DeckInput): string[] => validateDeck(deck).map(formatContentError);

/** Small fixture decks do not fill the `full` cut's slot either; the cuts' tests check that. */
const fullSlotProblem = 'slides/cuts.ts > full > slotMinutes';

/**
 * The messages about slides. Small fixture decks are also too short a talk, and a test that
 * changes a slide's steps leaves its cues behind: tests of their own check both.
 */
const messages = (deck: DeckInput): string[] =>
  allMessages(deck).filter(
    (message) =>
      !message.includes(' > (deck) > ') &&
      !message.startsWith(fullSlotProblem) &&
      !/ > notes \((nl|en)\): /.test(message),
  );

/** Every message about one slide, cue messages included. */
const messagesOn = (deck: DeckInput, slideId: string): string[] =>
  allMessages(deck).filter((message) => message.includes(` > ${slideId} > `));

describe('validateDeck', () => {
  it('accepts a well-formed deck', () => {
    expect(messages(validDeck())).toEqual([]);
  });

  it('names the file, slide and field of an empty text inside a column', () => {
    const broken = {
      ...columnsSlide,
      columns: [
        columnsSlide.columns[0],
        {
          heading: { nl: 'Rechts', en: 'Rechts' },
          tone: 'internal',
          items: [
            { text: { nl: 'b', en: 'b' } },
            { text: { nl: 'c', en: 'c' } },
            { text: { nl: '  ', en: 'd' } },
          ],
        },
      ],
    };
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [titleSlide, bulletsSlide],
      },
      '04-uitdaging.ts': { title: { nl: 'Uitdaging', en: 'Uitdaging' }, slides: [untyped(broken)] },
    });
    expect(messages(deck)).toEqual([
      'slides/04-uitdaging.ts > training-versus-systemen > columns[1].items[2].text: empty text (nl)',
    ]);
  });

  it('reports a duplicate id with the file of its first use', () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [titleSlide, bulletsSlide],
      },
      '02-tweede.ts': { title: { nl: 'Tweede', en: 'Tweede' }, slides: [{ ...titleSlide }] },
    });
    expect(messages(deck)).toContain(
      'slides/02-tweede.ts > titel > id: duplicate id, also used in slides/01-opening.ts: ids are deep links and must be unique',
    );
  });

  it('rejects ids that are not readable deep links', () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [{ ...titleSlide, id: 'Achter de Bar' }, bulletsSlide],
      },
    });
    expect(messages(deck)[0]).toBe(
      'slides/01-opening.ts > Achter de Bar > id: "Achter de Bar" is not a readable id: use lower-case words joined by hyphens, such as "achter-de-bar"',
    );
  });

  it('reports missing notes, missing minutes and missing Dutch text together', () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [
          untyped({
            kind: 'title',
            id: 'titel',
            title: { en: 'Title' },
            subtitle: { nl: 'x', en: 'x' },
          }),
          { ...bulletsSlide, minutes: 16 },
        ],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/01-opening.ts > titel > title: missing Dutch text (nl): every string needs its nl version',
      'slides/01-opening.ts > titel > notes: missing speaker notes: write what the presenter says on this slide',
      'slides/01-opening.ts > titel > minutes: missing time budget: give the minutes this slide takes',
      'slides/01-opening.ts > lijst > minutes: 16 is not a time budget: use quarters of a minute from 0.25 to 6',
    ]);
  });

  it('names a missing English string once the English edition exists', () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [untyped({ ...titleSlide, subtitle: { nl: 'Een ondertitel' } }), bulletsSlide],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/01-opening.ts > titel > subtitle: missing English text (en): every string needs its en version, the English edition',
    ]);
  });

  it('requires steps to run from 1 without gaps', () => {
    const gap = untyped({
      ...bulletsSlide,
      items: [
        { text: { nl: 'a', en: 'a' }, step: 1 },
        { text: { nl: 'b', en: 'b' }, step: 3 },
      ],
    });
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [titleSlide, gap, columnsSlide],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/01-opening.ts > lijst > step: steps must run 1, 2, 3 ... without gaps; missing 2 (steps used: 1, 3)',
    ]);
  });

  it('rejects a step that is not a whole number', () => {
    const bad = untyped({ ...bulletsSlide, items: [{ text: { nl: 'a', en: 'a' }, step: 0.5 }] });
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [titleSlide, bad, columnsSlide],
      },
    });
    expect(messages(deck)).toContain(
      'slides/01-opening.ts > lijst > items[0].step: step 0.5 is not a whole number from 1',
    );
  });

  it('keeps notes between 40 and 110 spoken words', () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [
          { ...titleSlide, notes: { nl: 'Te kort.', en: 'Te kort.' } },
          bulletsSlide,
          columnsSlide,
        ],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/01-opening.ts > titel > notes: 2 spoken words of notes (nl), expected 40 to 110: say one idea, and leave the rest to the slides around it',
      'slides/01-opening.ts > titel > notes: 2 spoken words of notes (en), expected 40 to 110: say one idea, and leave the rest to the slides around it',
    ]);
  });

  it('counts only spoken words: cues and prompts for the presenter are not said', () => {
    const prompt = `[eigen voorbeeld: ${'een heel lang verhaal '.repeat(30)}]`;
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [{ ...titleSlide, notes: { nl: `Te kort. ${prompt}`, en: validNotes.en } }],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/01-opening.ts > titel > notes: 2 spoken words of notes (nl), expected 40 to 110: say one idea, and leave the rest to the slides around it',
    ]);
  });

  it('keeps a slide to about thirty words, in each language (English runs longer)', () => {
    const wordy = {
      ...bulletsSlide,
      items: [
        {
          text: {
            nl: Array.from({ length: 20 }, () => 'woord').join(' '),
            en: Array.from({ length: 40 }, () => 'word').join(' '),
          },
        },
      ],
    };
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [titleSlide, wordy, columnsSlide],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/01-opening.ts > lijst > (slide): 42 words on the slide (en), at most 35: keep one idea on the slide and move the rest to the notes',
    ]);
  });

  it('checks that the full talk, exercises included, takes 15 to 45 minutes', () => {
    const short = deckOf({
      '01-opening.ts': { title: { nl: 'Opening', en: 'Opening' }, slides: [titleSlide] },
    });
    const aboutTheTalk = (deck: DeckInput): string[] =>
      allMessages(deck).filter((message) => !message.startsWith(fullSlotProblem));
    expect(aboutTheTalk(short)).toEqual([
      'slides/index.ts > (deck) > minutes: the slides add up to 6 minutes (spoken minutes and exercises); the full talk should take 15 to 45: check that no section is missing and that the exercises have their time',
    ]);
    const question = {
      kind: 'question',
      id: 'vraag',
      question: { nl: 'Wat past er voor jou, nu?', en: 'What is right for you, now?' },
      notes: validNotes,
      minutes: 1,
      exercise: { alone: 10, pairs: 15, plenary: 15 },
    } as const;
    const long = deckOf({
      '01-opening.ts': { title: { nl: 'Opening', en: 'Opening' }, slides: [titleSlide, question] },
    });
    expect(aboutTheTalk(long)).toEqual([
      'slides/index.ts > (deck) > minutes: the slides add up to 47 minutes (spoken minutes and exercises); the full talk should take 15 to 45: shorten notes or exercises, and make shorter versions as cuts (slides/cuts.ts)',
    ]);
  });

  it('checks that each cut fits its slot, naming the cut, its length and the slot', () => {
    const deck = deckOf({
      '01-opening.ts': { title: { nl: 'Opening', en: 'Opening' }, slides: [titleSlide] },
    });
    expect(allMessages(deck)).toContain(
      'slides/cuts.ts > full > slotMinutes: the full cut takes 6 minutes (6 spoken + 0 exercise), its slot is 22: within 10% of the slot is 19.8 to 24.2; keep more slides or give the cut a shorter slot',
    );
  });

  it('gives a slide at least the minutes its longer language takes to say, at 130 a minute', () => {
    const words = (count: number, word: string): string =>
      Array.from({ length: count }, () => word).join(' ');
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [
          { ...titleSlide, minutes: 0.5, notes: { nl: words(82, 'woord'), en: words(70, 'word') } },
          {
            ...titleSlide,
            id: 'precies',
            minutes: 0.5,
            notes: { nl: words(65, 'woord'), en: words(65, 'word') },
          },
        ],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/01-opening.ts > titel > minutes: 0.5 min is too short for 82 spoken words (nl) at 130 a minute: give at least 0.75',
    ]);
  });

  it('wants one cue per step, in each language’s own word', () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [
          {
            ...bulletsSlide,
            notes: {
              nl: `${validNotes.nl} [klik] een [click] twee`,
              en: `${validNotes.en} [click] one`,
            },
          },
          { ...titleSlide, id: 'zonder-stappen', notes: notesWithCues(1) },
        ],
      },
    });
    expect(messagesOn(deck, 'lijst')).toEqual([
      'slides/01-opening.ts > lijst > notes (nl): [click] is the English cue: write [klik] in the Dutch notes',
      'slides/01-opening.ts > lijst > notes (nl): 2 steps, 1 cue: put one [klik] where each step comes in (only [klik] counts in the Dutch notes)',
      'slides/01-opening.ts > lijst > notes (en): 2 steps, 1 cue: put one [click] where each step comes in (only [click] counts in the English notes)',
    ]);
    expect(messagesOn(deck, 'zonder-stappen')).toEqual([
      'slides/01-opening.ts > zonder-stappen > notes (nl): 0 steps, 1 cue: put one [klik] where each step comes in (only [klik] counts in the Dutch notes)',
      'slides/01-opening.ts > zonder-stappen > notes (en): 0 steps, 1 cue: put one [click] where each step comes in (only [click] counts in the English notes)',
    ]);
  });

  it('reports every problem at once when loading', async () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [
          { ...titleSlide, title: { nl: '', en: 'A title' } },
          { ...bulletsSlide, id: 'titel' },
        ],
      },
    });
    await expect(loadDeck(deck, () => Promise.resolve([]))).rejects.toThrow(
      /The slides have 4 problems:\n {2}slides\/01-opening\.ts > titel > title: empty text \(nl\)\n {2}slides\/01-opening\.ts > titel > id: duplicate id/,
    );
  });

  it('treats notes as text too', () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [{ ...titleSlide, notes: { ...validNotes, en: '' } }, bulletsSlide, columnsSlide],
      },
    });
    expect(messages(deck)).toEqual(['slides/01-opening.ts > titel > notes: empty text (en)']);
  });

  it('checks diagram steps: node ids, and a node revealed only once', () => {
    const stepped = {
      ...diagramSlide,
      diagram: { ...diagramSlide.diagram, steps: [{ nodes: ['a', 'b_2'] }, { nodes: ['a'] }] },
    };
    const deck = deckOf({
      '03-twee.ts': { title: { nl: 'Twee', en: 'Twee' }, slides: [stepped] },
    });
    expect(messages(deck)).toEqual([
      'slides/03-twee.ts > schema > diagram.steps[0].nodes[1]: "b_2" is not a node id: use letters and digits only',
      'slides/03-twee.ts > schema > diagram.steps[1].nodes[0]: node "a" is already revealed at step 1',
    ]);
  });

  it('keeps each phase of an exercise to whole minutes from 1 to 30', () => {
    const question = (id: string, exercise: unknown): Slide =>
      untyped({
        kind: 'question',
        id,
        question: { nl: 'Wat past er voor jou, nu?', en: 'What is right for you, now?' },
        exercise,
        notes: validNotes,
        minutes: 1,
      });
    const deck = deckOf({
      '08-de-vraag.ts': {
        title: { nl: 'Vraag', en: 'Question' },
        slides: [
          question('goed', { alone: 2, pairs: 4, plenary: 6 }),
          question('zonder-tweetallen', { alone: 1, plenary: 6 }),
          question('halve-minuut', { alone: 1.5, plenary: 6 }),
          question('te-lang', { alone: 2, pairs: 4, plenary: 45 }),
          question('geen-plenair', { alone: 2, pairs: 0 }),
        ],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/08-de-vraag.ts > halve-minuut > exercise.alone: 1.5 is not a phase length: use whole minutes from 1 to 30',
      'slides/08-de-vraag.ts > te-lang > exercise.plenary: 45 is not a phase length: use whole minutes from 1 to 30',
      'slides/08-de-vraag.ts > geen-plenair > exercise.pairs: 0 is not a phase length: use whole minutes from 1 to 30',
    ]);
  });

  it('names a slide kind it does not know, where the compiler is bypassed', () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [untyped({ ...titleSlide, kind: 'qoute' }), bulletsSlide],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/01-opening.ts > titel > kind: "qoute" is not a slide kind: use one of title, statement, bullets, quote, fact, shift, columns, cards, question, diagram, matrix',
    ]);
  });

  it('names the pictures there are when a slide asks for one that is not drawn', () => {
    const deck = deckOf({
      '02-verzekeraar.ts': {
        title: { nl: 'Verzekeraar', en: 'Insurer' },
        slides: [untyped({ ...quoteSlide, picture: 'glass' })],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/02-verzekeraar.ts > achter-de-bar > picture: "glass" is not a picture: use one of bar, toilet-paper, broken-window, breakthrough, two-at-once (drawn in src/pictures/)',
    ]);
  });

  it('accepts a drawn picture on a quote, and refuses one on a kind with no room for it', () => {
    const deck = deckOf({
      '02-verzekeraar.ts': {
        title: { nl: 'Verzekeraar', en: 'Insurer' },
        slides: [{ ...quoteSlide, picture: 'bar' }, untyped({ ...bulletsSlide, picture: 'bar' })],
      },
    });
    expect(messages(deck)).toEqual([
      'slides/02-verzekeraar.ts > lijst > picture: a bullets slide has no room for a picture: only statement, quote, fact slides take one',
    ]);
  });

  it('keeps steps in reading order, so the third row is never revealed first', () => {
    const outOfOrder = {
      ...bulletsSlide,
      items: [
        { text: { nl: 'een', en: 'one' }, step: 3 },
        { text: { nl: 'twee', en: 'two' }, step: 2 },
        { text: { nl: 'drie', en: 'three' }, step: 1 },
        { text: { nl: 'vier', en: 'four' }, step: 4 },
      ],
    };
    const deck = deckOf({
      '01-opening.ts': { title: { nl: 'Opening', en: 'Opening' }, slides: [outOfOrder] },
    });
    expect(messages(deck)).toEqual([
      'slides/01-opening.ts > lijst > items[1].step: step 2 comes after step 3 (items[0].step): number the steps in the order the entries appear on the slide',
      'slides/01-opening.ts > lijst > items[2].step: step 1 comes after step 2 (items[1].step): number the steps in the order the entries appear on the slide',
    ]);
  });

  it('reports, never throws, on content it cannot even walk', () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [untyped({ kind: 'diagram', id: 'kapot', notes: validNotes, minutes: 1 })],
      },
      '02-leeg.ts': untyped({ title: { nl: 'Leeg', en: 'Empty' } }) as never,
    });
    expect(() => validateDeck(deck)).not.toThrow();
    expect(messages(deck)).toEqual([
      expect.stringMatching(/^slides\/01-opening\.ts > kapot > \(slide\): could not be checked/),
      'slides/02-leeg.ts > (section) > slides: no slides in section',
    ]);
  });
});

describe('checkDeck, the one way into a deck', () => {
  const sourceProblem: ContentError = {
    file: 'slides/03-twee.ts',
    slide: 'schema',
    field: 'diagram.source.nl',
    message: 'Mermaid cannot parse slides/diagrams/schema.ts',
  };

  it('gives the resolved deck and its notes apart when every check passes', async () => {
    const check = await checkDeck(validDeck(), () => Promise.resolve([]));
    if (!check.ok) throw new Error(check.errors.map(formatContentError).join('\n'));
    expect(check.deck.slides.map((entry) => entry.slide.id)).toEqual(Object.keys(check.notes));
  });

  it("lists the diagram sources' problems with every other problem, in one list", async () => {
    const deck = deckOf({
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [{ ...titleSlide, title: { nl: '', en: 'A title' } }, diagramSlide],
      },
    });
    const check = await checkDeck(deck, () => Promise.resolve([sourceProblem]));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.map(formatContentError)).toEqual([
      'slides/01-opening.ts > titel > title: empty text (nl)',
      expect.stringContaining('(deck) > minutes'),
      expect.stringContaining('slides/cuts.ts > full > slotMinutes'),
      'slides/03-twee.ts > schema > diagram.source.nl: Mermaid cannot parse slides/diagrams/schema.ts',
    ]);
  });
});
