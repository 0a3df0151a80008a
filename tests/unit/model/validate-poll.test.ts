import { describe, expect, it } from 'vitest';
import type { QuestionSlide } from '../../../src/model/authored.ts';
import { formatContentError, validateDeck } from '../../../src/model/validate.ts';
import { visibleWordCount } from '../../../src/model/texts.ts';
import { bulletsSlide, deckOf, titleSlide, untyped, validNotes } from '../../fixtures/decks.ts';

/** The closing question with a poll of two options and a free text, valid as it stands. */
const pollSlide: QuestionSlide = {
  kind: 'question',
  id: 'wat-past',
  question: { nl: 'Wat past er nu?', en: 'What fits now?' },
  poll: {
    options: [
      { id: 'een-team', label: { nl: 'Eén team ruimte geven', en: 'Give one team room' } },
      { id: 'begeleiding', label: { nl: 'Begeleiding', en: 'Guidance' } },
    ],
    freeText: { nl: 'Jouw eerste stap', en: 'Your first step' },
  },
  notes: validNotes,
  minutes: 1,
};

/** The messages about the poll slide (and only those about its poll). */
function pollMessages(slide: unknown): string[] {
  const deck = deckOf({
    '01-opening.ts': { title: { nl: 'Opening', en: 'Opening' }, slides: [titleSlide] },
    '09-de-vraag.ts': {
      title: { nl: 'Vraag', en: 'Question' },
      slides: [bulletsSlide, untyped(slide)],
    },
  });
  return validateDeck(deck)
    .map(formatContentError)
    .filter((message) => message.includes(' > poll'));
}

const withOptions = (options: unknown): unknown => ({
  ...pollSlide,
  poll: { ...pollSlide.poll, options },
});

describe('a poll on the closing question', () => {
  it('accepts two to eight options with short labels in both languages', () => {
    expect(pollMessages(pollSlide)).toEqual([]);
  });

  it('wants at least two options and at most eight, located on poll.options', () => {
    expect(pollMessages(withOptions([pollSlide.poll?.options[0]]))).toEqual([
      'slides/09-de-vraag.ts > wat-past > poll.options: 1 option, expected 2 to 8: give the room a real choice that fits on the slide and on a phone',
    ]);
    const nine = Array.from({ length: 9 }, (_, i) => ({
      id: `optie-${i + 1}`,
      label: { nl: `Optie ${i + 1}`, en: `Option ${i + 1}` },
    }));
    expect(pollMessages(withOptions(nine))).toEqual([
      expect.stringMatching(
        /^slides\/09-de-vraag\.ts > wat-past > poll\.options: 9 options, expected 2 to 8/,
      ),
    ]);
  });

  it('names an id the room server would refuse, and a duplicate one, by its index', () => {
    const options = [
      { id: 'Een Team', label: { nl: 'Een team', en: 'One team' } },
      { id: 'begeleiding', label: { nl: 'Begeleiding', en: 'Guidance' } },
      { id: 'begeleiding', label: { nl: 'Nog eens', en: 'Again' } },
    ];
    expect(pollMessages(withOptions(options))).toEqual([
      'slides/09-de-vraag.ts > wat-past > poll.options[0].id: "Een Team" is not an option id: use up to 40 characters of lower-case words joined by hyphens, such as "een-team"',
      'slides/09-de-vraag.ts > wat-past > poll.options[2].id: duplicate id "begeleiding", also poll.options[1]: each option needs its own id, since the phones send only the id',
    ]);
  });

  it('keeps a label to a few words, in each language', () => {
    const options = [
      pollSlide.poll?.options[0],
      {
        id: 'lang',
        label: { nl: 'Kort', en: 'A label that runs on far too long to read' },
      },
    ];
    expect(pollMessages(withOptions(options))).toEqual([
      'slides/09-de-vraag.ts > wat-past > poll.options[1].label: 10 words (en), at most 6: an option is read at a glance on the slide and on a phone; say the rest in the notes',
    ]);
  });

  it('names a label missing its English, as every other text', () => {
    const options = [
      pollSlide.poll?.options[0],
      { id: 'half', label: { nl: 'Alleen Nederlands' } },
    ];
    expect(pollMessages(withOptions(options))).toEqual([
      'slides/09-de-vraag.ts > wat-past > poll.options[1].label: missing English text (en): every string needs its en version, the English edition',
    ]);
  });

  it('keeps the free-text prompt to one short line', () => {
    const slide = {
      ...pollSlide,
      poll: {
        ...pollSlide.poll,
        freeText: { nl: 'Eerste regel\ntweede regel', en: 'x'.repeat(81) },
      },
    };
    expect(pollMessages(slide)).toEqual([
      'slides/09-de-vraag.ts > wat-past > poll.freeText: the prompt (nl) must be one line of at most 80 characters, not several lines: it stands above the text field on a phone',
      'slides/09-de-vraag.ts > wat-past > poll.freeText: the prompt (en) must be one line of at most 80 characters, not 81: it stands above the text field on a phone',
    ]);
  });

  it('refuses a poll on a slide that is not a question', () => {
    expect(pollMessages({ ...bulletsSlide, id: 'lijst-met-poll', poll: pollSlide.poll })).toEqual([
      'slides/09-de-vraag.ts > lijst-met-poll > poll: a bullets slide cannot carry a poll: only question slides do (the closing question), since the room answers a question',
    ]);
  });

  it('counts the options as words on the slide, not the prompt only the phones show', () => {
    // "Wat past er nu?" 4, "Eén team ruimte geven" 4, "Begeleiding" 1.
    expect(visibleWordCount(pollSlide, 'nl')).toBe(9);
  });
});
