/**
 * The checks of the occasion (slides/event.ts), part of the one way in (check-deck.ts). Every
 * field is optional; a field that is there must say something, and the date must be a real
 * day written `YYYY-MM-DD`.
 */
import type { DeckEvent } from './authored.ts';
import { limits } from './limits.ts';
import { locales } from './locales.ts';
import { contentFolder } from './resolve.ts';
import type { ContentError } from './validate.ts';

export const eventFile = `${contentFolder}/event.ts`;

const plainFields = ['client', 'presenter', 'place'] as const;

/** Whether `date` is a day of the calendar written `YYYY-MM-DD` (not 2026-02-30). */
export function isIsoDay(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date;
}

/** Every problem with the event, whatever the content holds (a cast, a JavaScript author). */
export function validateEvent(found: unknown): ContentError[] {
  const errors: ContentError[] = [];
  const report = (field: string, message: string): void => {
    errors.push({ file: eventFile, slide: '(event)', field, message });
  };
  if (found === null || typeof found !== 'object') {
    report('(event)', `no event: export one from ${eventFile}, {} for the generic talk`);
    return errors;
  }
  const event = found as DeckEvent;
  const filled = (field: string, value: unknown): void => {
    if (typeof value !== 'string' || value.trim() === '') {
      report(field, 'empty: fill it in, or leave the field out and nothing shows');
    } else if (value.length > limits.maxEventFieldLength) {
      report(
        field,
        `${value.length} characters, at most ${limits.maxEventFieldLength}: it stands on the title slide's one line`,
      );
    }
  };
  for (const field of plainFields) {
    if (event[field] !== undefined) filled(field, event[field]);
  }
  if (event.role !== undefined) {
    for (const locale of locales) filled(`role.${locale}`, event.role[locale]);
  }
  const date: unknown = event.date;
  if (date !== undefined && (typeof date !== 'string' || !isIsoDay(date))) {
    report(
      'date',
      `${JSON.stringify(date)} is not a day written YYYY-MM-DD: write it as 2026-11-30, ` +
        'each language then writes it its own way',
    );
  }
  return errors;
}
