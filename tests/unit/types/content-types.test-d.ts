/**
 * Type tests: each `@ts-expect-error` below must stay an error, or `npm run typecheck` fails.
 * They pin the promise that wrong content does not compile.
 */
import { describe, expect, it } from 'vitest';
import type { Slide, Text } from '../../../src/model/authored.ts';
import type { Renderers } from '../../../src/render/renderers.ts';
import { renderers } from '../../../src/render/renderers.ts';
import { validNotes } from '../../fixtures/decks.ts';

describe('the content types', () => {
  it('reject an unknown slide kind', () => {
    // @ts-expect-error 'poll' is not a slide kind
    const slide: Slide = { kind: 'poll', id: 'x', notes: validNotes, minutes: 1 };
    expect(slide).toBeDefined();
  });

  it('require the Dutch text of every string', () => {
    // @ts-expect-error nl is required
    const text: Text = { en: 'Only English' };
    expect(text).toBeDefined();
  });

  it('require notes and minutes on every slide', () => {
    // @ts-expect-error notes and minutes are missing
    const slide: Slide = { kind: 'statement', id: 'x', statement: { nl: 'Iets', en: 'Iets' } };
    expect(slide).toBeDefined();
  });

  it('require exactly two columns', () => {
    const slide: Slide = {
      kind: 'columns',
      id: 'x',
      title: { nl: 'Titel', en: 'Titel' },
      // @ts-expect-error a columns slide has two columns
      columns: [{ heading: { nl: 'Een', en: 'Een' }, tone: 'external', items: [] }],
      notes: validNotes,
      minutes: 1,
    };
    expect(slide).toBeDefined();
  });

  it('need a renderer for every kind', () => {
    const { quote: _quote, ...withoutQuote } = renderers;
    // @ts-expect-error the quote renderer is missing
    const incomplete: Renderers = withoutQuote;
    expect(Object.keys(incomplete)).not.toContain('quote');
  });
});
