import { describe, expect, it } from 'vitest';
import type { MatrixSlide, QuestionSlide } from '../../../src/model/authored.ts';
import { applyCut, buildCut, cutLength, deckCuts, landingInCut } from '../../../src/model/cut.ts';
import { resolveDeck } from '../../../src/model/resolve.ts';
import { bulletsSlide, deckOf, quoteSlide, titleSlide, validNotes } from '../../fixtures/decks.ts';

const board: MatrixSlide = {
  kind: 'matrix',
  id: 'het-bord',
  title: { nl: 'Waar staan wij?', en: 'Where do we stand?' },
  external: { from: { nl: 'a', en: 'a' }, to: { nl: 'b', en: 'b' } },
  internal: { from: { nl: 'c', en: 'c' }, to: { nl: 'd', en: 'd' } },
  quadrants: {
    bothStill: { title: { nl: 'e', en: 'e' } },
    externalOnly: { title: { nl: 'f', en: 'f' } },
    internalOnly: { title: { nl: 'g', en: 'g' } },
    bothMoving: { title: { nl: 'h', en: 'h' } },
  },
  exercise: { alone: 1, plenary: 2 },
  notes: validNotes,
  minutes: 1,
};

const question: QuestionSlide = {
  kind: 'question',
  id: 'de-vraag',
  question: { nl: 'Wat doe jij morgen?', en: 'What will you do tomorrow?' },
  exercise: { alone: 1, pairs: 2, plenary: 2 },
  notes: validNotes,
  minutes: 0.5,
};

/** Title and bullets (12 minutes), the board (1 + 3), the question (0.5 + 5), a quote (4). */
const whole = resolveDeck(
  deckOf(
    {
      '01-opening.ts': {
        title: { nl: 'Opening', en: 'Opening' },
        slides: [titleSlide, bulletsSlide],
      },
      '08-bord.ts': { title: { nl: 'Bord', en: 'Board' }, slides: [board] },
      '09-vraag.ts': { title: { nl: 'Vraag', en: 'Question' }, slides: [question, quoteSlide] },
    },
    {
      cuts: {
        full: { name: { nl: 'Volledig', en: 'Full' }, slotMinutes: 25 },
        short: {
          name: { nl: 'Kort', en: 'Short' },
          slotMinutes: 20,
          skip: ['het-bord'],
          exercises: { 'de-vraag': { alone: 1, plenary: 2 } },
        },
      },
    },
  ),
).deck;

describe('applyCut', () => {
  it('keeps every slide in the full cut, with the exercises in the planned time', () => {
    const full = applyCut(whole, 'full');
    expect(full.slides.map((entry) => entry.slide.id)).toEqual([
      'titel',
      'lijst',
      'het-bord',
      'de-vraag',
      'achter-de-bar',
    ]);
    expect(full.slides.map((entry) => entry.timingSeconds)).toEqual([360, 360, 240, 330, 240]);
    expect(full.totalSeconds).toBe(1530);
    expect(full.cut).toEqual({ id: 'full', name: { nl: 'Volledig', en: 'Full' }, slotMinutes: 25 });
  });

  it('leaves out what the cut skips, numbers the rest again and drops a section left empty', () => {
    const short = applyCut(whole, 'short');
    expect(short.slides.map((entry) => [entry.slide.id, entry.index, entry.sectionIndex])).toEqual([
      ['titel', 0, 0],
      ['lijst', 1, 0],
      ['de-vraag', 2, 1],
      ['achter-de-bar', 3, 1],
    ]);
    expect(short.sections.map((section) => section.file)).toEqual([
      'slides/01-opening.ts',
      'slides/09-vraag.ts',
    ]);
    expect(short.sections[1]?.slides[0]).toBe(short.slides[2]);
  });

  it("gives the cut's shorter exercise to its slide, so the timer and the pacing follow", () => {
    const short = applyCut(whole, 'short');
    const vraag = short.slides[2];
    expect(vraag?.slide.kind === 'question' && vraag.slide.exercise).toEqual({
      alone: 1,
      plenary: 2,
    });
    expect(vraag?.timingSeconds).toBe(210);
    expect(short.totalSeconds).toBe(360 + 360 + 210 + 240);
    // The whole deck is left as it was.
    expect(whole.slides[3]?.timingSeconds).toBe(330);
  });

  it('refuses a cut the deck does not declare, and a deck that is already cut', () => {
    expect(() => applyCut(whole, 'tiny')).toThrow(
      'No cut called "tiny": the deck has full, short.',
    );
    expect(() => applyCut(whole, 'toString')).toThrow(RangeError);
    expect(() => applyCut(applyCut(whole, 'short'), 'full')).toThrow('already cut (short)');
  });
});

describe('deckCuts', () => {
  it('gives the names, the cut a build opens in and each cut’s time, as applyCut counts it', () => {
    expect(deckCuts(whole, 'short')).toEqual({
      names: ['full', 'short'],
      fallback: 'short',
      totalSeconds: {
        full: applyCut(whole, 'full').totalSeconds,
        short: applyCut(whole, 'short').totalSeconds,
      },
    });
    // The short cut leaves the board and two minutes of the question out.
    expect(applyCut(whole, 'full').totalSeconds - applyCut(whole, 'short').totalSeconds).toBe(
      (1 + 3 + 2) * 60,
    );
  });
});

describe('cutLength', () => {
  it('adds up spoken minutes and exercises of the slides a cut keeps', () => {
    const slides = whole.slides.map((entry) => entry.slide);
    expect(cutLength(slides, whole.cuts.full)).toEqual({
      spoken: 17.5,
      exercises: 8,
      total: 25.5,
      slides: 5,
    });
    const short = whole.cuts['short'];
    if (short === undefined) throw new Error('no short cut');
    expect(cutLength(slides, short)).toEqual({
      spoken: 16.5,
      exercises: 3,
      total: 19.5,
      slides: 4,
    });
  });
});

describe('landingInCut', () => {
  const short = applyCut(whole, 'short');

  it('lands a deep link to a skipped slide on the next slide the cut keeps, and says so', () => {
    expect(landingInCut(whole, short, 'het-bord')).toEqual({ slideId: 'de-vraag', skipped: true });
  });

  it('keeps a slide the cut shows, and knows nothing of an id the deck never had', () => {
    expect(landingInCut(whole, short, 'lijst')).toEqual({ slideId: 'lijst', skipped: false });
    expect(landingInCut(whole, short, 'bestaat-niet')).toBeUndefined();
  });

  it("lands on the cut's last slide when the skipped slide was the deck's last", () => {
    const cutEnd = {
      ...whole,
      cuts: { ...whole.cuts, zonder: { ...whole.cuts.full, skip: ['achter-de-bar'] } },
    };
    const cut = applyCut(cutEnd, 'zonder');
    expect(landingInCut(cutEnd, cut, 'achter-de-bar')).toEqual({
      slideId: 'de-vraag',
      skipped: true,
    });
  });
});

describe('buildCut', () => {
  it('takes full without DECK_CUT and a declared cut with it', () => {
    expect(buildCut(whole.cuts, undefined)).toEqual({ cut: 'full' });
    expect(buildCut(whole.cuts, 'short')).toEqual({ cut: 'short' });
  });

  it('turns an unknown DECK_CUT into a located problem that lists the cuts', () => {
    expect(buildCut(whole.cuts, 'kort')).toEqual({
      problem: {
        file: 'slides/cuts.ts',
        slide: '(cuts)',
        field: 'DECK_CUT',
        message:
          '"kort" is not a cut of this deck: use DECK_CUT=full, DECK_CUT=short, or leave it out for full',
      },
    });
  });
});
