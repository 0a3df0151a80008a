import { describe, expect, it } from 'vitest';
import type { Cuts, QuestionSlide } from '../../../src/model/authored.ts';
import { formatContentError, validateDeck } from '../../../src/model/validate.ts';
import { bulletsSlide, deckOf, quoteSlide, titleSlide, validNotes } from '../../fixtures/decks.ts';

const question: QuestionSlide = {
  kind: 'question',
  id: 'de-vraag',
  question: { nl: 'Wat doe jij morgen?', en: 'What will you do tomorrow?' },
  exercise: { alone: 1, pairs: 2, plenary: 2 },
  notes: validNotes,
  minutes: 1,
};

/** 6 + 6 + 4 spoken minutes and a 5-minute exercise: 22 minutes in all. */
function problemsWith(cuts: unknown): string[] {
  const deck = deckOf({
    '01-opening.ts': {
      title: { nl: 'Opening', en: 'Opening' },
      slides: [titleSlide, bulletsSlide],
    },
    '09-vraag.ts': { title: { nl: 'Vraag', en: 'Question' }, slides: [question, quoteSlide] },
  });
  return validateDeck({ ...deck, cuts: cuts as Cuts }).map(formatContentError);
}

const full = { name: { nl: 'Volledig', en: 'Full' }, slotMinutes: 22 };

describe('the cuts in slides/cuts.ts', () => {
  it('accepts cuts that fit their slots', () => {
    expect(
      problemsWith({
        full,
        short: {
          name: { nl: 'Kort', en: 'Short' },
          slotMinutes: 15,
          skip: ['lijst'],
          exercises: { 'de-vraag': { alone: 1, plenary: 2 } },
        },
      }),
    ).toEqual([]);
  });

  it('says how long a cut takes when it does not fit its slot, and what to do', () => {
    // 22 minutes in a slot of 20 is within its 10%.
    expect(
      problemsWith({ full, short: { name: { nl: 'Kort', en: 'Short' }, slotMinutes: 20 } }),
    ).toEqual([]);
    expect(
      problemsWith({ full, short: { name: { nl: 'Kort', en: 'Short' }, slotMinutes: 15 } }),
    ).toEqual([
      'slides/cuts.ts > short > slotMinutes: the short cut takes 22 minutes (17 spoken + 5 exercise), its slot is 15: within 10% of the slot is 13.5 to 16.5; skip a slide, shorten an exercise or give the cut a longer slot',
    ]);
  });

  it('names an unknown slide id, a slide skipped twice and an empty cut, each in its field', () => {
    expect(
      problemsWith({
        full,
        leeg: {
          name: { nl: 'Leeg', en: 'Empty' },
          slotMinutes: 5,
          skip: ['titel', 'lijst', 'lijst', 'de-vraag', 'achter-de-bar', 'waar-staan-wij'],
        },
      }),
    ).toEqual([
      'slides/cuts.ts > leeg > skip[2]: "lijst" is skipped twice: list it once',
      'slides/cuts.ts > leeg > skip[5]: "waar-staan-wij" is not a slide of the deck: use a slide\'s id, as written in slides/NN-*.ts',
      'slides/cuts.ts > leeg > skip: an empty cut: it skips every slide; keep at least the slides of its story',
      'slides/cuts.ts > leeg > slotMinutes: the leeg cut takes 0 minutes (0 spoken + 0 exercise), its slot is 5: within 10% of the slot is 4.5 to 5.5; keep more slides or give the cut a shorter slot',
    ]);
  });

  it('keeps a shorter exercise to a slide the cut shows that has one, and shorter', () => {
    expect(
      problemsWith({
        full: {
          ...full,
          exercises: {
            'de-vraag': { alone: 2, pairs: 2, plenary: 2 },
            lijst: { alone: 1, plenary: 1 },
            weg: { alone: 1, plenary: 1 },
          },
        },
      }),
    ).toEqual([
      "slides/cuts.ts > full > exercises.de-vraag: 6 minutes, longer than the slide's own 5: a cut's exercise is shorter",
      'slides/cuts.ts > full > exercises.lijst: "lijst" has no exercise to shorten: a cut only shortens a slide\'s own',
      'slides/cuts.ts > full > exercises.weg: "weg" is not a slide of the deck: use the id of a slide with an exercise',
    ]);
  });

  it('requires a full cut, a readable name in both languages and a slot in minutes', () => {
    expect(problemsWith({ Kort: { name: { nl: 'Kort', en: ' ' }, slotMinutes: '20' } })).toEqual([
      'slides/cuts.ts > (cuts) > full: no "full" cut: declare it, it is the talk shown when nothing chooses a cut',
      'slides/cuts.ts > Kort > (name): "Kort" is not a cut name for ?cut= and DECK_CUT: use lower-case words joined by hyphens, such as "short"',
      'slides/cuts.ts > Kort > name.en: missing name (en): say what the cut is, such as "Korte versie"',
      'slides/cuts.ts > Kort > slotMinutes: "20" is not an agenda slot: use minutes from 5 to 120',
    ]);
  });

  it('says where the cuts go when there are none', () => {
    expect(problemsWith(undefined)).toEqual([
      'slides/cuts.ts > (cuts) > full: no cuts: export the cuts from slides/cuts.ts, at least "full" (every slide)',
    ]);
  });
});
