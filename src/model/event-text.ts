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

/**
 * An ISO day (`2026-11-30`) as `30 november 2026` / `30 November 2026`, with no-break spaces:
 * a byline that wraps never leaves the day on one line and its month on the next.
 */
export function formatEventDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTags[locale].intl, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(`${date}T00:00:00Z`))
    .replace(/ /gu, '\u00a0');
}

/** Who speaks: `Anna de Vries, adviseur`, either part alone, or undefined for neither. */
export function presenterLine(event: DeckEvent, locale: Locale): string | undefined {
  const parts = [event.presenter, event.role?.[locale]].filter(isFilled);
  return parts.length === 0 ? undefined : parts.join(', ');
}

/** For whom and when: `Voor Acme · 30 november 2026`, for the PDF's subject and the link preview. */
export function occasionLine(event: DeckEvent, locale: Locale): string | undefined {
  return joined([clientPart(event, locale), datePart(event, locale)]);
}

function clientPart(event: DeckEvent, locale: Locale): string | undefined {
  return isFilled(event.client) ? `${forClient[locale]} ${event.client}` : undefined;
}

function datePart(event: DeckEvent, locale: Locale): string | undefined {
  return isFilled(event.date) ? formatEventDate(event.date, locale) : undefined;
}

function joined(parts: readonly (string | undefined)[]): string | undefined {
  const filled = parts.filter(isFilled);
  return filled.length === 0 ? undefined : filled.join(eventSeparator);
}

/**
 * The title slide's byline: `Voor Acme · Anna de Vries, adviseur · 30 november 2026 · Utrecht`,
 * each part only when given; undefined for an empty event.
 */
export function eventByline(event: DeckEvent, locale: Locale): string | undefined {
  return joined([
    clientPart(event, locale),
    presenterLine(event, locale),
    datePart(event, locale),
    event.place,
  ]);
}

function isFilled(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

/**
 * A description with the occasion in front (`Voor Acme · 30 november 2026 — Partnerschap …`),
 * for the PDF's subject and the link preview: first, since previews cut long descriptions.
 */
export function describedFor(description: string, event: DeckEvent, locale: Locale): string {
  const occasion = occasionLine(event, locale);
  return occasion === undefined ? description : `${occasion} — ${description}`;
}
