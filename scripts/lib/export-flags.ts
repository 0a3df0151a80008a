/**
 * The flags `npm run pdf` and `npm run pptx` share, checked the same way in both: `--timeout`,
 * `--lang` and `--cut`; and the PDF's `--result`. Each problem ends the command before
 * anything slow starts: a malformed flag with its usage (command-line.ts, exit 2), a result
 * file that cannot be used with what is wrong in it and how to fix it (exit 1).
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../../src/model/authored.ts';
import { maxOutcomeParamLength, outcomeParam } from '../../src/address/outcome-param.ts';
import type { RoomOutcome } from '../../src/room/outcome.ts';
import {
  decodeOutcome,
  encodeOutcome,
  parseOutcomeJson,
  type ReadOutcome,
} from '../../src/room/outcome-link.ts';
import { buildCut, cutIds } from '../../src/model/cut.ts';
import { isLocale, locales } from '../../src/model/locales.ts';
import { readBuildSettings } from '../vite/build-settings.ts';
import { failUsage } from './command-line.ts';

/** `--timeout SECONDS`, from 1 to 600, in milliseconds. */
export function timeoutFlag(value: string, usage: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    failUsage(`--timeout must be a number of seconds from 1 to 600, not "${value}".`, usage);
  }
  return seconds * 1000;
}

/** `--lang`: one of the deck's languages. */
export function localeFlag(value: string, usage: string): Locale {
  if (!isLocale(value)) failUsage(`--lang must be ${locales.join(' or ')}, not "${value}".`, usage);
  return value;
}

/**
 * `--cut NAME`, else the build's (DECK_CUT), else full: one the content declares. Reads the
 * deck's cuts from its content module (loaded only here, so the other flags answer at once).
 */
export async function cutFlag(value: string | undefined, usage: string): Promise<string> {
  const settings = readBuildSettings();
  const asked = value ?? settings.cut;
  const { loadBuiltDeck } = await import('./load-deck.ts');
  const { deck } = await loadBuiltDeck(settings.contentModule);
  const chosen = buildCut(deck.cuts, asked);
  if ('cut' in chosen) return chosen.cut;
  return failUsage(
    `--cut must be a cut of slides/cuts.ts (${cutIds(deck.cuts).join(', ')}), not ${JSON.stringify(asked)}.`,
    usage,
  );
}

/** Says why `--result` cannot be used, and exits 1: the flag is well formed, its content is not. */
function failResult(message: string): never {
  console.error(`--result: ${message}`);
  process.exit(1);
}

const resultFix =
  'save the outcome again with the speaker view\'s Outcome panel ("Save as a file"), or copy its link';

function problemAt(read: Extract<ReadOutcome, { ok: false }>): string {
  return read.field === undefined ? read.problem : `${read.field}: ${read.problem}`;
}

/**
 * `--result <file.json | link>`: the room's outcome to print on the board and the closing
 * question, from the file the speaker view's Outcome panel saves or from the link it copies.
 * Checked with the outcome's schema (src/room/outcome.ts) before anything is built or printed.
 */
export function resultFlag(value: string | undefined): RoomOutcome | undefined {
  if (value === undefined) return undefined;
  let read: ReadOutcome;
  if (/^https?:\/\//i.test(value)) {
    let link: URL;
    try {
      link = new URL(value);
    } catch {
      return failResult(`${JSON.stringify(value.slice(0, 60))} is not a link: ${resultFix}.`);
    }
    const encoded = link.searchParams.get(outcomeParam);
    if (encoded === null) {
      return failResult(
        `the link has no ${outcomeParam}=… parameter: ${resultFix}, or give the saved .json file.`,
      );
    }
    read = decodeOutcome(encoded);
    if (!read.ok) {
      return failResult(
        `the outcome in the link could not be read (${problemAt(read)}): ${resultFix}.`,
      );
    }
  } else {
    let text: string;
    try {
      text = readFileSync(value, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      return failResult(
        `cannot read ${value} (${code}): give the .json file the speaker view's Outcome panel saved, or its link.`,
      );
    }
    read = parseOutcomeJson(text);
    if (!read.ok) {
      return failResult(
        `${value} > ${read.field ?? '(file)'}: ${read.problem}: ${resultFix}; the file is the room's outcome as JSON (version, at, boards, polls).`,
      );
    }
  }
  // The print pages get it in their address (src/address/outcome-param.ts bounds it there).
  if (encodeOutcome(read.outcome).length > maxOutcomeParamLength) {
    return failResult(
      `${value} is too large to print (over ${maxOutcomeParamLength} characters in the print view's address): the room had more answers than a PDF can carry; print the link instead, which keeps the first texts.`,
    );
  }
  return read.outcome;
}
