/**
 * Which language the page speaks, from what the address asks (already checked by
 * `parseAddress`) and what an earlier visit stored.
 */
import { sourceLocale, type Locale } from '../model/authored.ts';
import { isLocale } from '../model/locales.ts';

/** The language to show, and whether to store it as the reader's choice. */
export interface LocaleChoice {
  readonly locale: Locale;
  /** True only for a language the address asked for: anything else is stored or a default. */
  readonly remember: boolean;
}

/**
 * The address's language wins and is remembered, so the next visit speaks it too; without one,
 * the language chosen before (when it is still one the deck speaks), else the source language.
 * An unknown `?lang=` arrives here as undefined (its problem comes from `parseAddress`), so a
 * mistyped link never overwrites the language the reader chose.
 *
 * @param asked `DeckAddress.locale`.
 * @param stored The choice as read from storage: untrusted, null when there is none.
 */
export function chooseLocale(asked: Locale | undefined, stored: string | null): LocaleChoice {
  if (asked !== undefined) return { locale: asked, remember: true };
  return { locale: isLocale(stored) ? stored : sourceLocale, remember: false };
}
