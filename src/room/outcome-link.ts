/**
 * The room's outcome in a link (ARCHITECTURE.md, What the room leaves behind): the reader's
 * address with `outcome=<base64url of the outcome's JSON>`, so whoever opens it sees the board
 * as the room left it and the answers, with no room server. Pure: `URL`, `TextEncoder`,
 * `btoa`/`atob` and valibot, so Node's unit tests and `npm run pdf` reach all of it.
 *
 * A link has to stay short enough to paste into a mail or a chat (some clients cut a long
 * address, and every link the deck builds from this address carries it again), so it is
 * bounded: when the texts make it too long, it drops texts from the end and says how many it
 * carries. The saved file (`npm run pdf -- --result <file>`) keeps them all.
 */
import * as v from 'valibot';
import type { Locale } from '../model/authored.ts';
import { quoted } from '../address/problem-text.ts';
import { writeQuery, type QueryParam } from '../address/query.ts';
import {
  maxOutcomeParamLength,
  outcomeParam,
  outcomeValuePattern,
} from '../address/outcome-param.ts';
import { roomOutcomeSchema, type RoomOutcome } from './outcome.ts';

export { maxOutcomeParamLength, outcomeParam } from '../address/outcome-param.ts';

/**
 * The longest link `outcomeLink` makes, in characters. About 6 KB: mail clients, chat apps
 * and the browsers' address bars take it, and a team of 12 with a board, a poll and their
 * texts fits with room to spare (an entry is about 30 characters, a text up to 280).
 */
export const maxOutcomeLinkLength = 6000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The text of a base64url value, or undefined when it is not base64url of UTF-8. */
function fromBase64Url(value: string): string | undefined {
  if (!outcomeValuePattern.test(value) || value.length % 4 === 1) return undefined;
  const base64 = value.replaceAll('-', '+').replaceAll('_', '/');
  try {
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The value of `?outcome=` for an outcome, as it is (no bound: `outcomeLink` bounds the link). */
export function encodeOutcome(outcome: RoomOutcome): string {
  return toBase64Url(JSON.stringify(outcome));
}

/** How many of the outcome's free texts (non-empty ones) there are. */
export function textCount(outcome: RoomOutcome): number {
  return outcome.polls.reduce(
    (sum, poll) => sum + poll.entries.filter((entry) => entry.text !== '').length,
    0,
  );
}

/** The outcome with only its first `keep` texts, in the order of polls and entries. */
export function withFirstTexts(outcome: RoomOutcome, keep: number): RoomOutcome {
  let left = keep;
  return {
    ...outcome,
    polls: outcome.polls.map((poll) => ({
      ...poll,
      entries: poll.entries.map((entry) => {
        if (entry.text === '') return entry;
        if (left > 0) {
          left -= 1;
          return entry;
        }
        return { ...entry, text: '' };
      }),
    })),
  };
}

/** A link to the outcome, with what it carries; or why there can be none. */
export type OutcomeLink =
  | {
      readonly ok: true;
      readonly url: string;
      /** The free texts the link carries, and how many the outcome has. */
      readonly texts: { readonly carried: number; readonly total: number };
    }
  | { readonly ok: false; readonly problem: string };

/**
 * The reader's address with the outcome in it: `?view=scroll&lang=<locale>&cut=<cut>&outcome=…`
 * on the deck's own origin and folder, no hash (the reader opens at the top). Texts are dropped
 * from the end until the link is at most `maxOutcomeLinkLength` characters; when even the
 * choices and markers alone are too long (a room far larger than a leadership team), there is
 * no link, and the problem says to share the saved file.
 */
export function outcomeLink(
  href: string,
  outcome: RoomOutcome,
  options: { readonly locale: Locale; readonly cut: string },
): OutcomeLink {
  const linkWith = (carried: RoomOutcome): string => {
    const url = new URL(href);
    const params: QueryParam[] = [
      ['view', 'scroll'],
      ['lang', options.locale],
      ['cut', options.cut],
      [outcomeParam, encodeOutcome(carried)],
    ];
    url.search = writeQuery(params);
    url.hash = '';
    return url.toString();
  };
  const total = textCount(outcome);
  const whole = linkWith(outcome);
  if (whole.length <= maxOutcomeLinkLength) {
    return { ok: true, url: whole, texts: { carried: total, total } };
  }
  // The link grows with each text kept: the most texts that fit, found by halving.
  let low = 0;
  let high = total - 1;
  let best: { url: string; carried: number } | undefined;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const candidate = linkWith(withFirstTexts(outcome, middle));
    if (candidate.length <= maxOutcomeLinkLength) {
      best = { url: candidate, carried: middle };
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (best === undefined) {
    return {
      ok: false,
      problem: `The outcome is too large for a link (over ${maxOutcomeLinkLength} characters even without its texts): save it as a file and share that, or print it with npm run pdf -- --result <file>.`,
    };
  }
  return { ok: true, url: best.url, texts: { carried: best.carried, total } };
}

/** An outcome read from an untrusted place (a link, a file, storage), or what is wrong with it. */
export type ReadOutcome =
  | { readonly ok: true; readonly outcome: RoomOutcome }
  | {
      readonly ok: false;
      /** Where in the outcome (`polls[0].entries[3].text`), when the problem has a place. */
      readonly field: string | undefined;
      /** What is wrong, in a few words, never repeating a long value. */
      readonly problem: string;
    };

/** The first issue of a failed parse, as a field and a short reason. */
function firstIssue(issues: readonly v.BaseIssue<unknown>[]): { field: string; problem: string } {
  const issue = issues[0];
  const field =
    issue?.path
      ?.map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('')
      .replace(/^\./, '') ?? '';
  // valibot's message quotes what it received: shown only when short, like every problem.
  const received = issue?.received ?? '';
  const expected = issue?.expected ?? '';
  const problem =
    issue === undefined
      ? 'not a room outcome'
      : received === 'undefined'
        ? 'missing'
        : expected === 'never'
          ? 'not a field of an outcome'
          : `expected ${expected === '' ? issue.kind : expected}${received === '' ? '' : `, got ${received.length <= 40 ? received : quoted(received)}`}`;
  return { field: field === '' ? '(outcome)' : field, problem };
}

/** Parses an outcome from its JSON text: the file `--result` reads, and the link's payload. */
export function parseOutcomeJson(text: string): ReadOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, field: undefined, problem: 'not JSON' };
  }
  const parsed = v.safeParse(roomOutcomeSchema, data);
  if (parsed.success) return { ok: true, outcome: parsed.output };
  const issue = firstIssue(parsed.issues);
  return { ok: false, field: issue.field, problem: issue.problem };
}

/**
 * Reads `?outcome=`: bounded, base64url, UTF-8 JSON, a valid outcome. Never throws.
 */
export function decodeOutcome(value: string): ReadOutcome {
  if (value.length > maxOutcomeParamLength) {
    return {
      ok: false,
      field: undefined,
      problem: `over ${maxOutcomeParamLength} characters (${value.length})`,
    };
  }
  const text = fromBase64Url(value);
  if (text === undefined) return { ok: false, field: undefined, problem: 'not base64url' };
  return parseOutcomeJson(text);
}

/** One short line for the console about an outcome in the address that could not be used. */
export function outcomeProblemLine(read: Extract<ReadOutcome, { ok: false }>): string {
  const where = read.field === undefined ? '' : ` at ${read.field}`;
  return `The room's outcome in the address (?${outcomeParam}=…) could not be read${where}: ${read.problem}; showing the deck without it. Use the link the speaker view's Outcome panel copies.`;
}
