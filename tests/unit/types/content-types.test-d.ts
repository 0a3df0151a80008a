/**
 * Type tests, checked by tsc (`npm run typecheck`): they pin the promise that wrong content
 * does not compile. Each `@ts-expect-error` must stay an error, or the type check fails.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Deck,
  DeckNotes,
  Slide,
  SlideContent,
  SlideKind,
  Text,
} from '../../../src/model/authored.ts';
import { slideKinds } from '../../../src/model/authored.ts';
import type { ShippedDeck } from '../../../src/model/check-deck.ts';
import type { ResolvedSlide } from '../../../src/model/resolved.ts';
import type { Renderers } from '../../../src/render/renderers.ts';

describe('the content types', () => {
  it('reject an unknown slide kind', () => {
    expectTypeOf<'poll'>().not.toExtend<SlideKind>();
    expectTypeOf<'quote'>().toExtend<SlideKind>();
  });

  it('list every kind as data, for the validator', () => {
    expectTypeOf<(typeof slideKinds)[number]>().toEqualTypeOf<SlideKind>();
  });

  it('require both languages of every string', () => {
    expectTypeOf<{ en: string }>().not.toExtend<Text>();
    expectTypeOf<{ nl: string }>().not.toExtend<Text>();
    expectTypeOf<{ nl: string; en: string }>().toExtend<Text>();
  });

  it('require notes and minutes on every authored slide', () => {
    type Statement = Extract<Slide, { kind: 'statement' }>;
    expectTypeOf<Statement>().toHaveProperty('notes').toEqualTypeOf<Text>();
    expectTypeOf<Statement>().toHaveProperty('minutes').toEqualTypeOf<number>();
  });

  it('require exactly two columns', () => {
    type Columns = Extract<Slide, { kind: 'columns' }>['columns'];
    expectTypeOf<Columns>().toHaveProperty('length').toEqualTypeOf<2>();
  });

  it('keep the notes off what the views render, and apart by slide id', () => {
    expectTypeOf<SlideContent>().not.toHaveProperty('notes');
    expectTypeOf<ResolvedSlide['slide']>().toEqualTypeOf<SlideContent>();
    expectTypeOf<DeckNotes>().toEqualTypeOf<Readonly<Record<string, Text>>>();
  });

  it('ship either a checked deck or its problems, never both', () => {
    expectTypeOf<Extract<ShippedDeck, { ok: true }>>().not.toHaveProperty('errors');
    expectTypeOf<Extract<ShippedDeck, { ok: false }>>().not.toHaveProperty('deck');
  });

  it('need a renderer for every kind', () => {
    expectTypeOf<keyof Renderers>().toEqualTypeOf<SlideKind>();
    expectTypeOf<Omit<Renderers, 'quote'>>().not.toExtend<Renderers>();
  });

  it('describe a deck as sections keyed by their file', () => {
    expectTypeOf<keyof Deck['sections']>().toEqualTypeOf<string>();
  });
});
