import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/address/address.ts';
import { printLink, readerLink } from '../../../src/address/links.ts';
import type { RoomOutcome } from '../../../src/room/outcome.ts';
import {
  decodeOutcome,
  encodeOutcome,
  maxOutcomeLinkLength,
  maxOutcomeParamLength,
  outcomeLink,
  outcomeProblemLine,
  parseOutcomeJson,
  textCount,
} from '../../../src/room/outcome-link.ts';

const deck = 'https://example.org/deck/';

/** A leadership team of `people`: each placed a marker and answered, with a text of `chars`. */
function outcomeOf(people: number, chars = 40): RoomOutcome {
  const ids = ['een-klantrelatie', 'een-team', 'meten-en-belonen', 'begeleiding'];
  return {
    version: 1,
    at: 1_764_500_000_000,
    boards: [
      {
        id: 'waar-staan-wij',
        entries: Array.from({ length: people }, (_, i) => ({
          n: i + 1,
          x: (i * 17) % 101,
          y: (i * 29) % 101,
        })),
      },
    ],
    polls: [
      {
        id: 'wat-past-er-voor-jou',
        entries: Array.from({ length: people }, (_, i) => ({
          n: i + 1,
          option: ids[i % ids.length] ?? 'een-team',
          text:
            i % 3 === 2 ? '' : `${i + 1}: één klant bellen — ${'x'.repeat(chars)}`.slice(0, 280),
        })),
      },
    ],
  };
}

/** The outcome a link carries, read back as the deck reads it. */
function carried(url: string): RoomOutcome {
  const address = parseAddress(url, 1280, { names: ['full', 'short'], fallback: 'full' });
  expect(address.problems).toEqual([]);
  expect(address.view).toBe('reader');
  const read = decodeOutcome(address.outcome ?? '');
  if (!read.ok) throw new Error(read.problem);
  return read.outcome;
}

describe('the shareable outcome link', () => {
  it('carries the whole outcome of a team of 12, texts (with accents and dashes) included', () => {
    const outcome = outcomeOf(12);
    const link = outcomeLink(`${deck}?view=speaker&deck=abcd#/x`, outcome, {
      locale: 'en',
      cut: 'short',
    });
    if (!link.ok) throw new Error(link.problem);
    expect(link.url).toMatch(
      /^https:\/\/example\.org\/deck\/\?view=scroll&lang=en&cut=short&outcome=[\w-]+$/,
    );
    expect(link.texts).toEqual({ carried: 8, total: 8 });
    expect(carried(link.url)).toEqual(outcome);
  });

  it('drops texts from the end to stay under 6000 characters, and says how many it carries', () => {
    const outcome = outcomeOf(30, 260);
    const link = outcomeLink(deck, outcome, { locale: 'nl', cut: 'full' });
    if (!link.ok) throw new Error(link.problem);
    expect(link.url.length).toBeLessThanOrEqual(maxOutcomeLinkLength);
    expect(link.texts.total).toBe(textCount(outcome));
    expect(link.texts.carried).toBeGreaterThan(0);
    expect(link.texts.carried).toBeLessThan(link.texts.total);
    const back = carried(link.url);
    // The first texts stay, the rest are empty; markers and choices all stay.
    expect(textCount(back)).toBe(link.texts.carried);
    expect(back.boards).toEqual(outcome.boards);
    const texts = (o: RoomOutcome) => o.polls[0]?.entries.map((entry) => entry.text) ?? [];
    const kept = texts(back).filter((text) => text !== '');
    expect(kept).toEqual(
      texts(outcome)
        .filter((text) => text !== '')
        .slice(0, link.texts.carried),
    );
    expect(back.polls[0]?.entries.map((entry) => entry.option)).toEqual(
      outcome.polls[0]?.entries.map((entry) => entry.option),
    );
    // One more text would not fit.
    expect(link.url.length + 260).toBeGreaterThan(maxOutcomeLinkLength);
  });

  it('makes no link for a room far larger than a leadership team, and says to share the file', () => {
    const link = outcomeLink(deck, outcomeOf(250, 0), { locale: 'nl', cut: 'full' });
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.problem).toContain('save it as a file');
  });

  it('is carried on to the reader and the print pages, and kept by the address', () => {
    const value = encodeOutcome(outcomeOf(3));
    const shared = `${deck}?view=scroll&lang=nl&outcome=${value}#/waar-staan-wij`;
    expect(parseAddress(shared, 390).outcome).toBe(value);
    expect(new URL(readerLink(shared, 'nl')).searchParams.get('outcome')).toBe(value);
    expect(
      new URL(printLink(shared, { locale: 'nl', steps: false, dialog: false })).searchParams.get(
        'outcome',
      ),
    ).toBe(value);
  });
});

describe('reading an outcome from an address or a file', () => {
  it('refuses an oversized value in one short line, without repeating it', () => {
    const huge = 'A'.repeat(maxOutcomeParamLength + 1);
    const address = parseAddress(`${deck}?view=scroll&outcome=${huge}`, 390);
    expect(address.outcome).toBeUndefined();
    expect(address.problems).toEqual([
      `The room's outcome in the address (?outcome=…) is over 32000 characters (32001); showing the deck without it. Use the link the speaker view's Outcome panel copies.`,
    ]);
    expect(decodeOutcome(huge)).toEqual({
      ok: false,
      field: undefined,
      problem: 'over 32000 characters (32001)',
    });
  });

  it('refuses a value that is not base64url, and does not pass it on in links', () => {
    const address = parseAddress(`${deck}?outcome=%3Cimg%20src%3Dx%3E`, 1280);
    expect(address.outcome).toBeUndefined();
    expect(address.problems[0]).toMatch(/is not the base64url text the deck writes/);
    expect(readerLink(`${deck}?outcome=%3Cimg%3E`, 'nl')).not.toContain('outcome');
  });

  it('names the field of a well-formed link whose outcome breaks the schema', () => {
    const bad = {
      ...outcomeOf(2),
      boards: [{ id: 'waar-staan-wij', entries: [{ n: 1, x: 140, y: 5 }] }],
    };
    const value = Buffer.from(JSON.stringify(bad)).toString('base64url');
    const read = decodeOutcome(value);
    expect(read).toEqual({
      ok: false,
      field: 'boards[0].entries[0].x',
      problem: 'expected <=100, got 140',
    });
    if (read.ok) return;
    expect(outcomeProblemLine(read)).toBe(
      "The room's outcome in the address (?outcome=…) could not be read at boards[0].entries[0].x: expected <=100, got 140; showing the deck without it. Use the link the speaker view's Outcome panel copies.",
    );
  });

  it('refuses base64 that is not UTF-8 JSON, and a text longer than the room allows', () => {
    expect(decodeOutcome(Buffer.from([0xff, 0xfe, 0x00]).toString('base64url'))).toMatchObject({
      ok: false,
      problem: 'not base64url',
    });
    expect(decodeOutcome(Buffer.from('{"version":1').toString('base64url'))).toMatchObject({
      ok: false,
      problem: 'not JSON',
    });
    const long = outcomeOf(1);
    const tooLong = {
      ...long,
      polls: [
        {
          id: 'wat-past-er-voor-jou',
          entries: [{ n: 1, option: 'een-team', text: 'y'.repeat(281) }],
        },
      ],
    };
    const read = parseOutcomeJson(JSON.stringify(tooLong));
    expect(read).toMatchObject({ ok: false, field: 'polls[0].entries[0].text' });
    // The 281 characters are not repeated whole.
    expect(JSON.stringify(read).length).toBeLessThan(200);
  });

  it('names an unknown field and a missing version, as a file reader needs', () => {
    expect(parseOutcomeJson(JSON.stringify({ ...outcomeOf(1), extra: 1 }))).toEqual({
      ok: false,
      field: 'extra',
      problem: 'not a field of an outcome',
    });
    const { version: _version, ...unversioned } = outcomeOf(1);
    expect(parseOutcomeJson(JSON.stringify(unversioned))).toEqual({
      ok: false,
      field: 'version',
      problem: 'missing',
    });
  });
});
