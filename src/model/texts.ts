import type { Locale, SlideContent, Text } from './authored.ts';
import { locales } from './locales.ts';

/** A `Text` found on a slide, with the field it sits on (`columns[1].items[2].text`). */
export interface TextUse {
  readonly path: string;
  /** The value as found; validation decides whether it is well-formed. */
  readonly value: Partial<Record<Locale, unknown>>;
}

function isTextShaped(value: unknown): value is Partial<Record<Locale, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => (locales as readonly string[]).includes(key));
}

/**
 * Every `Text` on a slide (an object keyed only by locales), speaker notes included, found by
 * walking the data so new kinds and fields are covered without a change here.
 */
export function collectTexts(slide: SlideContent): TextUse[] {
  const found: TextUse[] = [];
  const visit = (value: unknown, path: string): void => {
    if (isTextShaped(value)) {
      found.push({ path, value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, `${path}[${i}]`);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        visit(child, path === '' ? key : `${path}.${key}`);
      }
    }
  };
  visit(slide, '');
  return found;
}

/** The words of a string, as a reader counts them. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * Fields whose words are not counted as slide text: the speaker notes, a diagram's source and
 * alternatives (its labels are short by design and checked by eye), and a poll's free-text
 * prompt, which only the phones show (the options stand on the slide and count).
 */
const uncountedField = /^(notes|diagram\.|poll\.freeText)/;

/** Words shown on the slide itself in one locale (speaker notes excluded). */
export function visibleWordCount(slide: SlideContent, locale: Locale): number {
  return collectTexts(slide)
    .filter((use) => !uncountedField.test(use.path))
    .reduce((sum, use) => {
      const value = use.value[locale];
      return sum + (typeof value === 'string' ? wordsOf(value).length : 0);
    }, 0);
}

/** The string of a `Text` in a locale. */
export function textIn(text: Text, locale: Locale): string {
  return text[locale];
}
