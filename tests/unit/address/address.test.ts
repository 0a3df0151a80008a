import { describe, expect, it } from 'vitest';
import {
  deckWindowPattern,
  isDeckWindowId,
  maxBoardParamLength,
  parseAddress,
  readerMaxWidth,
} from '../../../src/address/address.ts';

const wide = 1280;
const narrow = 390;
const at = (query: string, hash = ''): string => `https://example.org/deck/${query}${hash}`;

describe('the view an address asks for', () => {
  it('shows the slides on a wide screen when no view is asked for', () => {
    expect(parseAddress(at(''), wide).view).toBe('slides');
  });

  it('shows the reader on a screen of at most readerMaxWidth pixels', () => {
    expect(readerMaxWidth).toBe(600);
    expect(parseAddress(at(''), readerMaxWidth).view).toBe('reader');
    expect(parseAddress(at(''), readerMaxWidth + 1).view).toBe('slides');
    expect(parseAddress(at(''), narrow).view).toBe('reader');
  });

  it('shows the reader for ?view=scroll at any width', () => {
    expect(parseAddress(at('?view=scroll'), wide).view).toBe('reader');
  });

  it('forces the slides for ?view=slides, even on a phone', () => {
    expect(parseAddress(at('?view=slides'), narrow).view).toBe('slides');
  });

  it('shows the speaker view for ?view=speaker, even on a phone', () => {
    expect(parseAddress(at('?view=speaker'), narrow).view).toBe('speaker');
  });

  it("shows a speaker view's preview for ?receiver, whatever view it names", () => {
    expect(parseAddress(at('?receiver&view=slides&lang=en'), narrow).view).toBe('preview');
    expect(parseAddress(at('?receiver&view=speaker'), wide).view).toBe('preview');
  });

  it("shows the print pages whenever the query matches reveal's own /print-pdf/i test", () => {
    expect(parseAddress(at('?print-pdf'), narrow).view).toBe('print');
    expect(parseAddress(at('?Print-PDF'), wide).view).toBe('print');
    expect(parseAddress(at('?lang=en&print-pdf=1'), wide).view).toBe('print');
    expect(parseAddress(at('?receiver&view=speaker&print-pdf'), wide).view).toBe('print');
  });

  it('treats an unknown view as none, with a problem that names the views that work', () => {
    const onWide = parseAddress(at('?view=grid'), wide);
    expect(onWide.view).toBe('slides');
    expect(onWide.problems).toEqual([
      'Unknown view "grid" in the address (?view=grid); showing the slides. Use view=slides, view=scroll or view=speaker.',
    ]);
    const onPhone = parseAddress(at('?view=grid'), narrow);
    expect(onPhone.view).toBe('reader');
    expect(onPhone.problems[0]).toContain('showing the reader, as on any narrow screen');
  });

  it('says what it shows instead when an unknown view comes with print or preview', () => {
    expect(parseAddress(at('?print-pdf&view=grid'), wide).problems[0]).toContain(
      'showing the print pages',
    );
    expect(parseAddress(at('?receiver&view=grid'), wide).problems[0]).toContain(
      "showing the speaker view's preview",
    );
  });

  it('reports nothing for an address without parameters', () => {
    expect(parseAddress(at(''), wide)).toEqual({
      view: 'slides',
      locale: undefined,
      print: { steps: false, dialog: false },
      deckWindow: undefined,
      boards: new Map(),
      cut: 'full',
      target: undefined,
      join: undefined,
      problems: [],
    });
  });
});

describe('the print options', () => {
  it('reads &steps and &dialog in the print view', () => {
    expect(parseAddress(at('?print-pdf&steps&dialog'), wide).print).toEqual({
      steps: true,
      dialog: true,
    });
    expect(parseAddress(at('?print-pdf&dialog'), wide).print).toEqual({
      steps: false,
      dialog: true,
    });
  });

  it('ignores &steps and &dialog outside the print view', () => {
    expect(parseAddress(at('?steps&dialog'), wide).print).toEqual({ steps: false, dialog: false });
  });
});

describe('the language an address asks for', () => {
  it('reads a language the deck speaks', () => {
    expect(parseAddress(at('?lang=en'), wide).locale).toBe('en');
    expect(parseAddress(at('?lang=nl'), wide).locale).toBe('nl');
  });

  it('asks for none without ?lang=', () => {
    expect(parseAddress(at('?view=slides'), wide).locale).toBeUndefined();
  });

  it('drops ?lang=de with a problem that says the earlier choice stands and which values work', () => {
    const address = parseAddress(at('?lang=de'), wide);
    expect(address.locale).toBeUndefined();
    expect(address.problems).toEqual([
      'Unknown language "de" in the address (?lang=de); showing the language chosen before, or Dutch. Use lang=nl or lang=en.',
    ]);
  });

  it('drops an empty ?lang= with a problem', () => {
    const address = parseAddress(at('?lang='), wide);
    expect(address.locale).toBeUndefined();
    expect(address.problems[0]).toMatch(/^Unknown language "" in the address \(\?lang=\)/);
  });

  it('takes the first of repeated ?lang= parameters, as URLSearchParams does', () => {
    expect(parseAddress(at('?lang=en&lang=nl'), wide).locale).toBe('en');
  });
});

describe('the deck window a speaker view drives', () => {
  it('reads ?deck= of 4 to 32 letters and digits', () => {
    expect(parseAddress(at('?view=speaker&deck=k3v9x2m7qa'), wide).deckWindow).toBe('k3v9x2m7qa');
    expect(parseAddress(at('?deck=AB12'), wide).deckWindow).toBe('AB12');
    expect(parseAddress(at(`?deck=${'a'.repeat(32)}`), wide).deckWindow).toBe('a'.repeat(32));
  });

  it('has none without ?deck=', () => {
    expect(parseAddress(at('?view=speaker'), wide).deckWindow).toBeUndefined();
  });

  it('drops a deck id that is too short, too long or has other characters, with a problem', () => {
    for (const bad of ['abc', 'a'.repeat(33), 'k3v9-x2m7', 'k3v9 x2m7', '']) {
      const address = parseAddress(at(`?deck=${encodeURIComponent(bad)}`), wide);
      expect(address.deckWindow).toBeUndefined();
      expect(address.problems).toHaveLength(1);
      expect(address.problems[0]).toMatch(/^Unknown deck window .*; ignored it\. Use 4 to 32/);
    }
  });

  it('agrees with isDeckWindowId and deckWindowPattern', () => {
    expect(isDeckWindowId('k3v9x2m7qa')).toBe(true);
    expect(isDeckWindowId('k3v')).toBe(false);
    expect(deckWindowPattern.test('K3V9')).toBe(true);
  });
});

describe("the boards' markers in an address", () => {
  it('reads the raw value of every matrix-<boardId> parameter', () => {
    const address = parseAddress(
      at('?matrix-waar-staan-wij=25x70,60x40&lang=en&matrix-b2=oops&matrix-leeg='),
      wide,
    );
    expect(address.boards).toEqual(
      new Map([
        ['waar-staan-wij', '25x70,60x40'],
        ['b2', 'oops'],
        ['leeg', ''],
      ]),
    );
    expect(address.problems).toEqual([]);
  });

  it('reads commas written as %2C the same', () => {
    expect(parseAddress(at('?matrix-b=25x70%2C60x40'), wide).boards.get('b')).toBe('25x70,60x40');
  });

  it('takes the first of repeated board parameters', () => {
    expect(parseAddress(at('?matrix-b=1x1&matrix-b=2x2'), wide).boards.get('b')).toBe('1x1');
  });

  it('ignores a board parameter whose name is not a board id, with a problem', () => {
    const address = parseAddress(at('?matrix-Waar_Staan=1x1&matrix-=2x2&matrix-a--b=3x3'), wide);
    expect(address.boards.size).toBe(0);
    expect(address.problems).toHaveLength(3);
    expect(address.problems[0]).toBe(
      'Unknown board "Waar_Staan" in the address (?matrix-Waar_Staan=1x1); ignored its markers. Use matrix-<slide-id>, with the board slide\'s id in lower-case words joined by hyphens.',
    );
  });

  it(`keeps a value of exactly maxBoardParamLength (${maxBoardParamLength}) characters`, () => {
    const value = 'x'.repeat(maxBoardParamLength);
    expect(parseAddress(at(`?matrix-b=${value}`), wide).boards.get('b')).toBe(value);
  });

  it('drops a 100 KB board value with a problem under 200 characters that quotes only its start', () => {
    const huge = '25x70,'.repeat(20_000).slice(0, 102_400);
    const address = parseAddress(at(`?matrix-waar-staan-wij=${huge}#/waar-staan-wij`), wide);
    expect(address.boards.size).toBe(0);
    expect(address.problems).toHaveLength(1);
    const [problem = ''] = address.problems;
    expect(problem.length).toBeLessThan(200);
    expect(problem).toContain(`"${huge.slice(0, 40)}…" (102400 characters)`);
    expect(problem).toContain('over 200 characters; ignored them');
    expect(address.target).toEqual({ slideId: 'waar-staan-wij', step: undefined });
  });

  it('keeps every problem short, however long the values in the address', () => {
    // Capitals: not a board or slide id, whatever its length.
    const long = 'A'.repeat(10_000);
    const address = parseAddress(
      at(`?view=${long}&lang=${long}&deck=${long}&matrix-${long}=1&matrix-b=${long}`, `#/${long}`),
      wide,
    );
    expect(address.problems).toHaveLength(6);
    for (const problem of address.problems) {
      expect(problem.length).toBeLessThan(250);
      expect(problem).toMatch(/\(1000\d characters\)/);
      expect(problem).not.toContain('A'.repeat(41));
    }
  });
});

describe('the slide in the hash', () => {
  it('reads a slide id', () => {
    expect(parseAddress(at('', '#/achter-de-bar'), wide).target).toEqual({
      slideId: 'achter-de-bar',
      step: undefined,
    });
  });

  it("reads a step after it, reveal's fragment index counted from 0", () => {
    expect(parseAddress(at('', '#/twee-bewegingen/2'), wide).target).toEqual({
      slideId: 'twee-bewegingen',
      step: 2,
    });
    expect(parseAddress(at('', '#/twee-bewegingen/0'), wide).target?.step).toBe(0);
  });

  it('names no slide, and no problem, for no hash, an empty hash or #/', () => {
    for (const hash of ['', '#', '#/']) {
      const address = parseAddress(at('', hash), wide);
      expect(address.target).toBeUndefined();
      expect(address.problems).toEqual([]);
    }
  });

  it('ignores any other hash with a problem that shows the form that works', () => {
    for (const hash of [
      '#achter-de-bar',
      '#/Achter-De-Bar',
      '#/achter_de_bar',
      '#/achter-de-bar/',
      '#/achter-de-bar/x',
      '#/achter-de-bar/-1',
      '#/achter-de-bar/2/3',
      '#/achter%20de%20bar',
      `#/a/${'9'.repeat(20)}`,
    ]) {
      const address = parseAddress(at('', hash), wide);
      expect(address.target, hash).toBeUndefined();
      expect(address.problems, hash).toHaveLength(1);
      expect(address.problems[0]).toMatch(
        /^Unknown slide ".*" in the address; ignored it, so the deck opens at its start\. Use #\/<slide-id> or #\/<slide-id>\/<step>/,
      );
    }
  });
});

describe('addresses on a sub-path', () => {
  it('reads a deployment under /deck/ as at the root', () => {
    const address = parseAddress('http://127.0.0.1:4173/deck/?view=speaker&lang=en', wide);
    expect(address.view).toBe('speaker');
    expect(address.locale).toBe('en');
  });
});

describe('problems together', () => {
  it('lists one line per thing ignored, in the order view, language, deck, boards, hash', () => {
    const address = parseAddress(at('?matrix-B=1&deck=x&lang=de&view=grid', '#/Bad'), wide);
    expect(address.problems.map((problem) => problem.split(' ').slice(0, 2).join(' '))).toEqual([
      'Unknown view',
      'Unknown language',
      'Unknown deck',
      'Unknown board',
      'Unknown slide',
    ]);
  });
});

describe('the cut an address asks for', () => {
  const cuts = { names: ['full', 'short'], fallback: 'full' };

  it('reads a cut the deck declares', () => {
    const address = parseAddress(at('?cut=short'), wide, cuts);
    expect(address.cut).toBe('short');
    expect(address.problems).toEqual([]);
  });

  it("shows the deck's default cut without ?cut=, the build's when it has one", () => {
    expect(parseAddress(at(''), wide, cuts).cut).toBe('full');
    expect(parseAddress(at(''), wide, { ...cuts, fallback: 'short' }).cut).toBe('short');
  });

  it('drops a cut the deck does not have, with a short problem that names the cuts there are', () => {
    const address = parseAddress(at('?cut=kort'), wide, cuts);
    expect(address.cut).toBe('full');
    expect(address.problems).toEqual([
      'Unknown cut "kort" in the address (?cut=kort); showing the full cut. Use cut=full or cut=short.',
    ]);
  });

  it('never repeats a long value in its problem', () => {
    const [problem] = parseAddress(at(`?cut=${'x'.repeat(500)}`), wide, cuts).problems;
    expect(problem).toContain('(500 characters)');
    expect(problem?.length).toBeLessThan(200);
  });
});

describe("the room's outcome in the address", () => {
  it('keeps a base64url value as it is, for the view that shows it to decode', () => {
    const address = parseAddress(at('?view=scroll&outcome=eyJ2ZXJzaW9uIjoxfQ'), narrow);
    expect(address.outcome).toBe('eyJ2ZXJzaW9uIjoxfQ');
    expect(address.problems).toEqual([]);
  });

  it('leaves out a value the deck never writes, in one short line that does not repeat it', () => {
    const markup = parseAddress(at('?outcome=%3Cscript%3E'), wide);
    expect(markup.outcome).toBeUndefined();
    expect(markup.problems).toEqual([
      "The room's outcome in the address (?outcome=<script>) is not the base64url text the deck writes; showing the deck without it. Use the link the speaker view's Outcome panel copies.",
    ]);
    const huge = parseAddress(at(`?outcome=${'A'.repeat(40_000)}`), wide);
    expect(huge.outcome).toBeUndefined();
    expect(huge.problems).toEqual([
      "The room's outcome in the address (?outcome=…) is over 32000 characters (40000); showing the deck without it. Use the link the speaker view's Outcome panel copies.",
    ]);
  });
});
