import { describe, expect, it } from 'vitest';
import { chooseLocale } from '../../../src/address/locale-choice.ts';
import { parseAddress } from '../../../src/address/address.ts';
import { sourceLocale } from '../../../src/model/authored.ts';

describe('the language the page speaks', () => {
  it('takes the language the address asks for, and remembers it', () => {
    expect(chooseLocale('en', 'nl')).toEqual({ locale: 'en', remember: true });
    expect(chooseLocale('nl', null)).toEqual({ locale: 'nl', remember: true });
  });

  it('takes the stored choice when the address asks for none, without storing it again', () => {
    expect(chooseLocale(undefined, 'en')).toEqual({ locale: 'en', remember: false });
  });

  it('speaks the source language when nothing usable is stored, and stores nothing', () => {
    expect(chooseLocale(undefined, null)).toEqual({ locale: sourceLocale, remember: false });
    expect(chooseLocale(undefined, 'de')).toEqual({ locale: sourceLocale, remember: false });
    expect(chooseLocale(undefined, '')).toEqual({ locale: sourceLocale, remember: false });
  });

  it('keeps the stored language when ?lang= is unknown', () => {
    const address = parseAddress('https://example.org/deck/?lang=de', 1280);
    expect(chooseLocale(address.locale, 'en')).toEqual({ locale: 'en', remember: false });
    expect(address.problems).toHaveLength(1);
  });
});
