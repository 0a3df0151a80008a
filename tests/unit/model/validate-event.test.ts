import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/model/validate.ts';
import { isIsoDay, validateEvent } from '../../../src/model/validate-event.ts';

const problems = (event: unknown): string[] => validateEvent(event).map(formatContentError);

describe('the event in slides/event.ts', () => {
  it('accepts the empty event of the generic talk, and a full one', () => {
    expect(problems({})).toEqual([]);
    expect(
      problems({
        client: 'Acme Verzekeringen',
        presenter: 'Anna de Vries',
        role: { nl: 'Adviseur', en: 'Adviser' },
        date: '2026-11-30',
        place: 'Utrecht',
      }),
    ).toEqual([]);
  });

  it('names a date that is not written YYYY-MM-DD, with the fix', () => {
    expect(problems({ date: '30-11-2026' })).toEqual([
      'slides/event.ts > (event) > date: "30-11-2026" is not a day written YYYY-MM-DD: write it as 2026-11-30, each language then writes it its own way',
    ]);
  });

  it('refuses a day the calendar does not have', () => {
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(problems({ date: '2026-13-01' })).toHaveLength(1);
  });

  it('refuses an empty field, which would show an empty label, and a missing translation', () => {
    expect(problems({ client: ' ', role: { nl: 'Adviseur' } })).toEqual([
      'slides/event.ts > (event) > client: empty: fill it in, or leave the field out and nothing shows',
      'slides/event.ts > (event) > role.en: empty: fill it in, or leave the field out and nothing shows',
    ]);
  });

  it('keeps a field to one line on the title slide', () => {
    expect(problems({ place: 'x'.repeat(81) })).toEqual([
      "slides/event.ts > (event) > place: 81 characters, at most 80: it stands on the title slide's one line",
    ]);
  });
});
