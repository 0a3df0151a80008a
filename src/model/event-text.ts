/**
 * The occasion (slides/event.ts) in words, for every surface that names it: the title slide's
 * byline, the closing slide's contact line, the PDF's metadata, the handout's header and the
 * link preview. Only the fields that are filled in are written, so an empty event gives no
 * line at all and a partial one never an empty label or a dangling separator.
 */
import type { DeckEvent, Locale, Text } from './authored.ts';
import { localeTags } from './locales.ts';

/** Between the parts of a line. */
export const eventSeparator = ' · ';

const forClient: Text = { nl: 'Voor', en: 'For' };

/** An ISO day (`2026-11-30`) as `30 november 2026` / `30 November 2026`. */
export function formatEventDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale].intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Who speaks: `Anna de Vries, adviseur`, either part alone, or undefined for neither. */
export function presenterLine(event: DeckEvent, locale: Locale): string | undefined {
  const parts = [event.presenter, event.role?.[locale]].filter(isFilled);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/**
 * The title slide's byline: `Voor Acme · Anna de Vries, adviseur · 30 november 2026 · Utrecht`,
 * each part only when given; undefined for an empty event.
 */
export function eventByline(event: DeckEvent, locale: Locale): string | undefined {
  const parts = [
    isFilled(event.client) ? `${forClient[locale]} ${event.client}` : undefined,
    presenterLine(event, locale),
    isFilled(event.date) ? formatEventDate(event.date, locale) : undefined,
    event.place,
  ].filter(isFilled);
  return parts.length === 0 ? undefined : parts.join(eventSeparator);
}

function isFilled(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}
