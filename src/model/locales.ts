import { sourceLocale, type Locale } from './authored.ts';

/** Every language the deck speaks, the source first. */
export const locales: readonly Locale[] = ['nl', 'en'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Tags per language: `lang` for `<html lang>` and the PDF's /Lang, `intl` for dates and times
 * (British English: a 24-hour clock, as the Dutch one), `og` for Open Graph.
 */
export const localeTags: Readonly<Record<Locale, { lang: string; intl: string; og: string }>> = {
  nl: { lang: 'nl', intl: 'nl-NL', og: 'nl_NL' },
  en: { lang: 'en', intl: 'en-GB', og: 'en_GB' },
};

export interface LocaleSources {
  /** The page's query string (`?lang=en`). */
  readonly search: string;
  /** The language chosen on an earlier visit, as stored (untrusted). */
  readonly stored: string | null;
  readonly warn: (message: string) => void;
}

/**
 * The language to show: `?lang=` when it names one the deck speaks, else the one chosen
 * before, else Dutch. An unknown value in the address falls back to Dutch with a note that
 * says which values work.
 */
export function chooseLocale(sources: LocaleSources): Locale {
  const asked = new URLSearchParams(sources.search).get('lang');
  if (asked !== null) {
    if (isLocale(asked)) return asked;
    sources.warn(
      `Unknown language ${JSON.stringify(asked)} in the address (?lang=${asked}); showing Dutch. Use ${locales
        .map((locale) => `lang=${locale}`)
        .join(' or ')}.`,
    );
    return sourceLocale;
  }
  return isLocale(sources.stored) ? sources.stored : sourceLocale;
}
