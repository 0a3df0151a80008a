import { describe, expect, it } from 'vitest';
import { asParameter, maxQuotedLength, quoted } from '../../../src/address/problem-text.ts';

describe('a value quoted in a problem', () => {
  it('is shown whole, in quotes, up to maxQuotedLength characters', () => {
    expect(quoted('de')).toBe('"de"');
    expect(quoted('x'.repeat(maxQuotedLength))).toBe(`"${'x'.repeat(maxQuotedLength)}"`);
  });

  it('is cut to its first 40 characters, then … and its full length', () => {
    expect(quoted('x'.repeat(102_400))).toBe(`"${'x'.repeat(40)}…" (102400 characters)`);
  });

  it('keeps line breaks and quotes from breaking the line', () => {
    expect(quoted('a\n"b')).toBe('"a\\n\\"b"');
  });

  it('never cuts a character in half', () => {
    const value = `${'x'.repeat(39)}😀${'y'.repeat(10)}`;
    expect(quoted(value)).toBe(`"${'x'.repeat(39)}…" (${value.length} characters)`);
  });
});

describe('a parameter named in a problem', () => {
  it('is shown as typed when short and readable', () => {
    expect(asParameter('lang', 'de')).toBe('?lang=de');
    expect(asParameter('lang', '')).toBe('?lang=');
  });

  it('shows a long or unreadable value as …, which quoted() shows beside it', () => {
    expect(asParameter('lang', 'x'.repeat(41))).toBe('?lang=…');
    expect(asParameter('lang', 'd e')).toBe('?lang=…');
    expect(asParameter('lang', 'de\n')).toBe('?lang=…');
  });

  it('cuts a long name to its start and hides an unreadable one', () => {
    expect(asParameter(`matrix-${'a'.repeat(100)}`, '1')).toBe(`?matrix-${'a'.repeat(33)}…=1`);
    expect(asParameter('matrix-\n', '1')).toBe('?…=1');
  });
});
