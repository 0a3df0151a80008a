import { describe, expect, it } from 'vitest';
import { fillIn, withWordsFor } from '../../../src/render/ui-text.ts';

describe('a UI string filled in', () => {
  it('puts the values in their slots and leaves a slot without one as written', () => {
    expect(fillIn('Dia {n} van {total}', { n: 3, total: 23 })).toBe('Dia 3 van 23');
    expect(fillIn('Dia {n} van {total}', { n: 3 })).toBe('Dia 3 van {total}');
  });

  it('says one phone, not "1 phones", and agrees the verb with the number', () => {
    const placed = '{n} van {m} {m:telefoon|telefoons} {n:heeft|hebben} een marker gezet.';
    expect(fillIn(placed, { n: 1, m: 1 })).toBe('1 van 1 telefoon heeft een marker gezet.');
    expect(fillIn(placed, { n: 1, m: 3 })).toBe('1 van 3 telefoons heeft een marker gezet.');
    expect(fillIn(placed, { n: 0, m: 3 })).toBe('0 van 3 telefoons hebben een marker gezet.');
    expect(fillIn('{n} {n:phone|phones} connected', { n: 2 })).toBe('2 phones connected');
    expect(fillIn('{n} {n:phone|phones} connected', {})).toBe('{n} {n:phone|phones} connected');
  });

  it('can choose the words first and leave the number for later', () => {
    const more = 'En nog {n} {n:tekst|teksten}';
    expect(withWordsFor(more, { n: 1 })).toBe('En nog {n} tekst');
    expect(withWordsFor(more, { n: 2 }).replace('{n}', '7')).toBe('En nog 7 teksten');
  });
});
