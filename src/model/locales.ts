import type { Locale } from './authored.ts';

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
