import { describe, expect, it } from 'vitest';
import type { DeckEvent } from '../../../src/model/authored.ts';
import {
  describedFor,
  eventByline,
  formatEventDate,
  occasionLine,
  presenterLine,
} from '../../../src/model/event-text.ts';

const full: DeckEvent = {
  client: 'Acme Verzekeringen',
  presenter: 'Anna de Vries',
  role: { nl: 'Adviseur', en: 'Adviser' },
  date: '2026-11-30',
  place: 'Utrecht',
};
const nbsp = '\u00a0';

describe('the event in words', () => {
  it('writes the day as each language does, never split over two lines', () => {
    expect(formatEventDate('2026-11-30', 'nl')).toBe(`30${nbsp}november${nbsp}2026`);
    expect(formatEventDate('2026-11-30', 'en')).toBe(`30${nbsp}November${nbsp}2026`);
  });

  it('gives the title slide a byline of every part, in each language', () => {
    expect(eventByline(full, 'nl')).toBe(
      `Voor Acme Verzekeringen · Anna de Vries, Adviseur · 30${nbsp}november${nbsp}2026 · Utrecht`,
    );
    expect(eventByline(full, 'en')).toBe(
      `For Acme Verzekeringen · Anna de Vries, Adviser · 30${nbsp}November${nbsp}2026 · Utrecht`,
    );
  });

  it('writes nothing for the empty event, and no dangling separator for a partial one', () => {
    expect(eventByline({}, 'nl')).toBeUndefined();
    expect(presenterLine({}, 'en')).toBeUndefined();
    expect(occasionLine({}, 'en')).toBeUndefined();
    expect(eventByline({ place: 'Utrecht' }, 'nl')).toBe('Utrecht');
    expect(eventByline({ role: { nl: 'Adviseur', en: 'Adviser' }, place: 'Zwolle' }, 'en')).toBe(
      'Adviser · Zwolle',
    );
    expect(presenterLine({ presenter: 'Anna de Vries' }, 'nl')).toBe('Anna de Vries');
  });

  it('puts the client and the day in front of a description, or leaves it as it is', () => {
    expect(describedFor('Over partnerschap.', full, 'nl')).toBe(
      `Voor Acme Verzekeringen · 30${nbsp}november${nbsp}2026 — Over partnerschap.`,
    );
    expect(describedFor('On partnership.', { presenter: 'Anna' }, 'en')).toBe('On partnership.');
  });
});
