/**
 * The flags `npm run pdf` and `npm run pptx` share, checked the same way in both: `--timeout`,
 * `--lang` and `--cut`. Each problem ends the command with its usage (command-line.ts) before
 * anything slow starts.
 */
import type { Locale } from '../../src/model/authored.ts';
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
