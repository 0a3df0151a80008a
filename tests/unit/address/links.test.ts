import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/address/address.ts';
import {
  boardLink,
  localeLink,
  previewLink,
  printLink,
  readerLink,
  slideHash,
  speakerViewLink,
} from '../../../src/address/links.ts';

const wide = 1280;
const narrow = 390;
const deck = 'https://example.org/deck/';
const busy = `${deck}?lang=nl&matrix-waar-staan-wij=25x70,60x40&view=slides&deck=abcd1234#/twee-bewegingen/2`;
const subPath = 'http://127.0.0.1:4173/deck/?view=speaker';

describe('the speaker view link', () => {
  it('asks for exactly the speaker view, its language and its deck window, without a hash', () => {
    expect(speakerViewLink(busy, { locale: 'en', deckWindow: 'k3v9x2m7qa' })).toBe(
      `${deck}?view=speaker&lang=en&deck=k3v9x2m7qa`,
    );
  });

  it('keeps the folder of a sub-path deployment', () => {
    expect(speakerViewLink(subPath, { locale: 'nl', deckWindow: 'abcd' })).toBe(
      'http://127.0.0.1:4173/deck/?view=speaker&lang=nl&deck=abcd',
    );
  });

  it('refuses a deck window id the address would drop', () => {
    expect(() => speakerViewLink(deck, { locale: 'nl', deckWindow: 'no!' })).toThrow(RangeError);
  });

  it('opens the speaker view for that language and deck window when parsed again', () => {
    const address = parseAddress(
      speakerViewLink(busy, { locale: 'en', deckWindow: 'k3v9x2m7qa' }),
      narrow,
    );
    expect(address).toMatchObject({ view: 'speaker', locale: 'en', deckWindow: 'k3v9x2m7qa' });
    expect(address.target).toBeUndefined();
    expect(address.boards.size).toBe(0);
    expect(address.problems).toEqual([]);
  });
});

describe('the preview link', () => {
  it('writes receiver as a flag, then the slides and the language, without a hash', () => {
    expect(previewLink(busy, 'en')).toBe(`${deck}?receiver&view=slides&lang=en`);
  });

  it('keeps the folder of a sub-path deployment', () => {
    expect(previewLink(subPath, 'nl')).toBe(
      'http://127.0.0.1:4173/deck/?receiver&view=slides&lang=nl',
    );
  });

  it('opens a preview in that language when parsed again', () => {
    const address = parseAddress(previewLink(busy, 'en'), narrow);
    expect(address).toMatchObject({ view: 'preview', locale: 'en', problems: [] });
  });
});

describe('the reader link', () => {
  it("asks for the reader and the language, keeps the boards' markers and the hash", () => {
    expect(readerLink(busy, 'en')).toBe(
      `${deck}?view=scroll&lang=en&matrix-waar-staan-wij=25x70,60x40#/twee-bewegingen/2`,
    );
  });

  it('drops every other parameter', () => {
    expect(readerLink(`${deck}?print-pdf&receiver&deck=abcd&x=1`, 'nl')).toBe(
      `${deck}?view=scroll&lang=nl`,
    );
  });

  it('passes on no board value the address would reject', () => {
    const link = readerLink(`${deck}?matrix-Bad=1x1&matrix-b=${'1'.repeat(201)}`, 'nl');
    expect(link).toBe(`${deck}?view=scroll&lang=nl`);
  });

  it("carries the room's outcome on, and no value the address would reject", () => {
    expect(readerLink(`${deck}?view=speaker&outcome=eyJ2IjoxfQ&deck=abcd`, 'nl')).toBe(
      `${deck}?view=scroll&lang=nl&outcome=eyJ2IjoxfQ`,
    );
    expect(readerLink(`${deck}?outcome=%3Cb%3E`, 'nl')).toBe(`${deck}?view=scroll&lang=nl`);
    expect(
      printLink(`${deck}?outcome=eyJ2IjoxfQ`, { locale: 'nl', steps: false, dialog: false }),
    ).toBe(`${deck}?print-pdf&lang=nl&outcome=eyJ2IjoxfQ`);
  });

  it('opens the reader at the same slide with the same board when parsed again, at any width', () => {
    const address = parseAddress(readerLink(busy, 'en'), wide);
    expect(address.view).toBe('reader');
    expect(address.locale).toBe('en');
    expect(address.target).toEqual({ slideId: 'twee-bewegingen', step: 2 });
    expect(address.boards).toEqual(new Map([['waar-staan-wij', '25x70,60x40']]));
  });
});

describe('the print link', () => {
  it('writes print-pdf and the chosen flags without =, then the language and the boards', () => {
    expect(printLink(busy, { locale: 'en', steps: true, dialog: true })).toBe(
      `${deck}?print-pdf&steps&dialog&lang=en&matrix-waar-staan-wij=25x70,60x40`,
    );
    expect(printLink(busy, { locale: 'nl', steps: false, dialog: true })).toBe(
      `${deck}?print-pdf&dialog&lang=nl&matrix-waar-staan-wij=25x70,60x40`,
    );
    expect(printLink(deck, { locale: 'nl', steps: true, dialog: false })).toBe(
      `${deck}?print-pdf&steps&lang=nl`,
    );
  });

  it('keeps the folder of a sub-path deployment and drops the hash', () => {
    expect(
      printLink('http://127.0.0.1:4173/deck/#/x', { locale: 'nl', steps: false, dialog: false }),
    ).toBe('http://127.0.0.1:4173/deck/?print-pdf&lang=nl');
  });

  it('opens the print pages with the options asked for when parsed again', () => {
    for (const steps of [true, false]) {
      for (const dialog of [true, false]) {
        const address = parseAddress(printLink(busy, { locale: 'en', steps, dialog }), narrow);
        expect(address).toMatchObject({ view: 'print', locale: 'en', print: { steps, dialog } });
        expect(address.boards.get('waar-staan-wij')).toBe('25x70,60x40');
      }
    }
  });
});

describe('the link to another language', () => {
  it('keeps every parameter where it stands, sets lang and keeps the hash', () => {
    expect(localeLink(busy, 'en')).toBe(
      `${deck}?lang=en&matrix-waar-staan-wij=25x70,60x40&view=slides&deck=abcd1234#/twee-bewegingen/2`,
    );
  });

  it('adds lang at the end when the address has none, and keeps flags as flags', () => {
    expect(localeLink(`${deck}?print-pdf&dialog`, 'en')).toBe(`${deck}?print-pdf&dialog&lang=en`);
    expect(localeLink(deck, 'nl')).toBe(`${deck}?lang=nl`);
  });

  it('leaves one lang where an address repeats it', () => {
    expect(localeLink(`${deck}?lang=de&view=slides&lang=nl`, 'en')).toBe(
      `${deck}?lang=en&view=slides`,
    );
  });

  it('writes the hash of the slide and step given, as reveal.js writes it', () => {
    expect(localeLink(busy, 'en', { slideId: 'achter-de-bar' })).toMatch(/#\/achter-de-bar$/);
    expect(localeLink(busy, 'en', { slideId: 'achter-de-bar', step: 0 })).toMatch(
      /#\/achter-de-bar\/0$/,
    );
    expect(localeLink(deck, 'en', { slideId: 'achter-de-bar', step: undefined })).toBe(
      `${deck}?lang=en#/achter-de-bar`,
    );
  });

  it('keeps values it does not know as they were, except for readable commas', () => {
    expect(localeLink(`${deck}?q=a+b%26c&r=%2C%2F`, 'nl')).toBe(`${deck}?q=a+b%26c&r=,%2F&lang=nl`);
  });

  it('gives the same view and options in the new language when parsed again', () => {
    const before = parseAddress(busy, narrow);
    const after = parseAddress(localeLink(busy, 'en', { slideId: 'waar', step: 1 }), narrow);
    expect(after).toEqual({
      ...before,
      locale: 'en',
      target: { slideId: 'waar', step: 1 },
    });
  });
});

describe('links from a speaker view', () => {
  const speakerView = `${deck}?view=speaker&lang=nl&deck=k3v9x2m7qa`;

  it("reloads itself in the deck's new language, still driving the same deck window", () => {
    const link = localeLink(speakerView, 'en');
    expect(link).toBe(`${deck}?view=speaker&lang=en&deck=k3v9x2m7qa`);
    expect(parseAddress(link, wide)).toMatchObject({
      view: 'speaker',
      locale: 'en',
      deckWindow: 'k3v9x2m7qa',
    });
  });

  it('frames previews of the deck in its language', () => {
    expect(previewLink(speakerView, 'nl')).toBe(`${deck}?receiver&view=slides&lang=nl`);
  });
});

describe('links on a sub-path deployment', () => {
  it('keep the folder /deck/ in every link', () => {
    const links = [
      speakerViewLink(subPath, { locale: 'nl', deckWindow: 'abcd' }),
      previewLink(subPath, 'nl'),
      readerLink(subPath, 'nl'),
      printLink(subPath, { locale: 'nl', steps: false, dialog: true }),
      localeLink(subPath, 'en'),
      boardLink(subPath, 'b', '1x1'),
    ];
    for (const link of links) {
      expect(new URL(link).origin).toBe('http://127.0.0.1:4173');
      expect(new URL(link).pathname).toBe('/deck/');
    }
  });

  it('keep a deck served from a page file, such as /talks/deck/index.html', () => {
    const page = 'https://example.org/talks/deck/index.html?lang=nl#/waar';
    expect(readerLink(page, 'en')).toBe(
      'https://example.org/talks/deck/index.html?view=scroll&lang=en#/waar',
    );
  });
});

describe('the link with a board', () => {
  it('sets the board parameter, keeping everything else and the hash', () => {
    expect(boardLink(`${deck}?lang=nl#/waar-staan-wij`, 'waar-staan-wij', '20x30,80x85')).toBe(
      `${deck}?lang=nl&matrix-waar-staan-wij=20x30,80x85#/waar-staan-wij`,
    );
    expect(boardLink(busy, 'waar-staan-wij', '1x1')).toBe(
      `${deck}?lang=nl&matrix-waar-staan-wij=1x1&view=slides&deck=abcd1234#/twee-bewegingen/2`,
    );
  });

  it('takes the parameter out for an empty board, giving the address it started from', () => {
    const href = `${deck}?lang=nl#/waar-staan-wij`;
    expect(boardLink(boardLink(href, 'waar-staan-wij', '20x30'), 'waar-staan-wij', '')).toBe(href);
    expect(boardLink(deck, 'b', '')).toBe(deck);
  });

  it('refuses a board id the address would drop', () => {
    expect(() => boardLink(deck, 'Waar Staan', '1x1')).toThrow(RangeError);
  });

  it('gives the board back when parsed again', () => {
    const address = parseAddress(boardLink(busy, 'b2', '10x10,90x90'), wide);
    expect(address.boards.get('b2')).toBe('10x10,90x90');
    expect(address.boards.get('waar-staan-wij')).toBe('25x70,60x40');
  });
});

describe('the hash of a slide', () => {
  it('is the slide id alone before any step', () => {
    expect(slideHash('achter-de-bar')).toBe('#/achter-de-bar');
    expect(slideHash('achter-de-bar', undefined)).toBe('#/achter-de-bar');
  });

  it("adds reveal's fragment index from 0 up, and leaves out -1 (no step shown yet)", () => {
    expect(slideHash('twee-bewegingen', 0)).toBe('#/twee-bewegingen/0');
    expect(slideHash('twee-bewegingen', 2)).toBe('#/twee-bewegingen/2');
    expect(slideHash('twee-bewegingen', -1)).toBe('#/twee-bewegingen');
    expect(slideHash('twee-bewegingen', 1.5)).toBe('#/twee-bewegingen');
  });

  it('reads back as the same slide and step', () => {
    const address = parseAddress(`${deck}${slideHash('twee-bewegingen', 3)}`, wide);
    expect(address.target).toEqual({ slideId: 'twee-bewegingen', step: 3 });
  });
});

describe('the cut in every link', () => {
  const short = `${deck}?cut=short&lang=nl&deck=abcd1234#/de-vraag-voor-jou`;
  const cuts = { names: ['full', 'short'], fallback: 'full' };

  it('keeps the cut for the speaker view, its previews, the reader and the print pages', () => {
    expect(speakerViewLink(short, { locale: 'nl', deckWindow: 'abcd1234' })).toBe(
      `${deck}?view=speaker&lang=nl&deck=abcd1234&cut=short`,
    );
    expect(previewLink(short, 'en')).toBe(`${deck}?receiver&view=slides&lang=en&cut=short`);
    expect(readerLink(short, 'nl')).toBe(
      `${deck}?view=scroll&lang=nl&cut=short#/de-vraag-voor-jou`,
    );
    expect(printLink(short, { locale: 'nl', steps: false, dialog: true })).toBe(
      `${deck}?print-pdf&dialog&lang=nl&cut=short`,
    );
    expect(localeLink(short, 'en')).toBe(
      `${deck}?cut=short&lang=en&deck=abcd1234#/de-vraag-voor-jou`,
    );
  });

  it('shows the same cut when the link is parsed again', () => {
    for (const link of [
      speakerViewLink(short, { locale: 'nl', deckWindow: 'abcd1234' }),
      previewLink(short, 'nl'),
      readerLink(short, 'nl'),
      printLink(short, { locale: 'nl', steps: true, dialog: false }),
    ]) {
      expect(parseAddress(link, wide, cuts).cut).toBe('short');
    }
  });

  it('passes on no value that could not name a cut', () => {
    expect(readerLink(`${deck}?cut=Kort%20nu`, 'nl')).toBe(`${deck}?view=scroll&lang=nl`);
  });
});
