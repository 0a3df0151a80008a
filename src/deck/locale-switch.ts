import type { RevealApi } from 'reveal.js';
import type { Locale } from '../model/authored.ts';
import { localeTags, locales } from '../model/locales.ts';
import type { DeckAddress } from '../address/address.ts';
import { chooseLocale } from '../address/locale-choice.ts';
import { localeLink } from '../address/links.ts';
import { storageKeys } from '../address/storage-keys.ts';
import { readStored, writeStored } from './browser-storage.ts';

/**
 * The language of this page: the address's `?lang=`, else the one chosen on an earlier visit,
 * else Dutch. Only a language the address really asks for is remembered, so a mistyped
 * `?lang=` never overwrites a reader's choice. `<html lang>` follows.
 */
export function startLocale(address: DeckAddress, pathname = window.location.pathname): Locale {
  const { area, key } = storageKeys.locale;
  const choice = chooseLocale(address.locale, readStored(area, key(pathname)));
  // Without storage the choice lasts as long as the address keeps ?lang=.
  if (choice.remember) writeStored(area, key(pathname), choice.locale);
  document.documentElement.lang = localeTags[choice.locale].lang;
  return choice.locale;
}

/** The language the switch offers: the other one. */
export function otherLocale(locale: Locale): Locale {
  return locales.find((candidate) => candidate !== locale) ?? locale;
}

/**
 * Switches the deck to `locale` by loading it again in that language at the same slide and
 * step. A fresh load renders slides, diagrams and widgets in one language from the start, so
 * nothing shows the other one; the board's markers come back from storage, and a speaker
 * view follows through its channel.
 */
export function switchLocale(reveal: RevealApi, locale: Locale): void {
  // reveal writes the slide and step into the hash as it moves; take them from reveal itself.
  const { f } = reveal.getIndices() as { f?: number };
  const target = { slideId: reveal.getCurrentSlide().id, step: f };
  window.location.assign(localeLink(window.location.href, locale, target));
}
