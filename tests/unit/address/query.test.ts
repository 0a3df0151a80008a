import { describe, expect, it } from 'vitest';
import { readQuery, withParam, withoutParam, writeQuery } from '../../../src/address/query.ts';

describe('a query as a list of parameters', () => {
  it('reads names and values in order, and flags as null', () => {
    expect(readQuery('?receiver&view=slides&lang=en')).toEqual([
      ['receiver', null],
      ['view', 'slides'],
      ['lang', 'en'],
    ]);
  });

  it('reads with or without the ?, and skips empty parts', () => {
    expect(readQuery('a=1&&b=')).toEqual([
      ['a', '1'],
      ['b', ''],
    ]);
    expect(readQuery('')).toEqual([]);
    expect(readQuery('?')).toEqual([]);
  });

  it('decodes as URLSearchParams does: + is a space, a broken escape stays', () => {
    expect(readQuery('?q=a+b%26c%2C&x=%E0%A4%A&y=a=b')).toEqual([
      ['q', 'a b&c,'],
      ['x', new URLSearchParams('x=%E0%A4%A').get('x')],
      ['y', 'a=b'],
    ]);
  });

  it('writes flags without = and commas readable', () => {
    expect(
      writeQuery([
        ['print-pdf', null],
        ['matrix-b', '25x70,60x40'],
        ['q', 'a b&c'],
      ]),
    ).toBe('?print-pdf&matrix-b=25x70,60x40&q=a+b%26c');
    expect(writeQuery([])).toBe('');
  });

  it('writes back what it read', () => {
    const search = '?print-pdf&dialog&lang=en&matrix-b=1x2,3x4&q=a+b%26c';
    expect(writeQuery(readQuery(search))).toBe(search);
  });

  it('sets a parameter where it stands, drops its repeats, and adds a missing one at the end', () => {
    const params = readQuery('?lang=de&view=slides&lang=nl');
    expect(writeQuery(withParam(params, 'lang', 'en'))).toBe('?lang=en&view=slides');
    expect(writeQuery(withParam(params, 'deck', 'abcd'))).toBe(
      '?lang=de&view=slides&lang=nl&deck=abcd',
    );
  });

  it('takes every parameter of a name out', () => {
    expect(writeQuery(withoutParam(readQuery('?a=1&b=2&a'), 'a'))).toBe('?b=2');
  });
});
