import type { RevealApi } from 'reveal.js';
import type { Locale } from '../model/authored.ts';
import { chooseLocale, localeTags, locales } from '../model/locales.ts';
import { readStored, writeStored } from './browser-storage.ts';

/** Per deck address, like the board's markers. */
function storageKey(): string {
  return `deck-lang:${window.location.pathname}`;
}

/**
 * The language of this page: `?lang=`, else the one chosen on an earlier visit, else Dutch.
 * The choice is kept, so a reload or the next visit speaks the same language, and
 * `<html lang>` follows it.
 */
export function startLocale(): Locale {
  const locale = chooseLocale({
    search: window.location.search,
    stored: readStored('localStorage', storageKey()),
    warn: (message) => {
      console.warn(message);
    },
  });
  // Without storage the choice lasts as long as the address keeps ?lang=.
  writeStored('localStorage', storageKey(), locale);
  document.documentElement.lang = localeTags[locale].lang;
  return locale;
}

/** The language the switch offers: the other one. */
export function otherLocale(locale: Locale): Locale {
  return locales.find((candidate) => candidate !== locale) ?? locale;
}

/**
 * The address of this page in another language, on the same slide and step: the slide and
 * step live in the hash, which the new address keeps, as it keeps every other parameter.
 */
export function addressIn(locale: Locale, href = window.location.href): string {
  const url = new URL(href);
  url.searchParams.set('lang', locale);
  return url.toString().replaceAll('%2C', ',');
}

/**
 * Switches the deck to `locale` by loading it again in that language at the same slide and
 * step. A fresh load renders slides, diagrams and widgets in one language from the start, so
 * nothing shows the other one; the board's markers come back from storage, and a speaker
 * view follows through its channel.
 */
export function switchLocale(reveal: RevealApi, locale: Locale): void {
  // reveal writes the slide and step into the hash as it moves; make sure it is current.
  const { f } = reveal.getIndices() as { f?: number };
  const id = reveal.getCurrentSlide().id;
  const url = new URL(addressIn(locale));
  url.hash = f === undefined || f < 0 ? `#/${id}` : `#/${id}/${f}`;
  window.location.assign(url.toString());
}
