import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unicodeRange } from '../../../scripts/lib/deck-characters.ts';
import { fullLatinCodePoints, keptFeatures } from '../../../scripts/vite/font-subset-plugin.ts';

/** The OpenType feature each `font-variant-*` value the deck may use turns on. */
const variantFeatures: Readonly<Record<string, string>> = {
  'tabular-nums': 'tnum',
  'proportional-nums': 'pnum',
  'lining-nums': 'lnum',
  'oldstyle-nums': 'onum',
  'slashed-zero': 'zero',
  'diagonal-fractions': 'frac',
  ordinal: 'ordn',
  'small-caps': 'smcp',
  'all-small-caps': 'c2sc',
  super: 'sups',
  sub: 'subs',
};

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return path.endsWith('.css') ? [path] : [];
  });
}

/** Every feature the deck's CSS asks of its fonts, with the file that asks. */
function featuresAskedFor(): { feature: string; file: string }[] {
  return cssFiles('src').flatMap((file) => {
    const css = readFileSync(file, 'utf8');
    const settings = [...css.matchAll(/font-feature-settings\s*:([^;}]+)/g)].flatMap((match) =>
      [...(match[1] ?? '').matchAll(/['"](\w{4})['"]/g)].map((tag) => tag[1] ?? ''),
    );
    const variants = [...css.matchAll(/font-variant(?:-\w+)?\s*:([^;}]+)/g)].flatMap((match) =>
      (match[1] ?? '')
        .trim()
        .split(/\s+/)
        .filter((value) => value !== 'normal' && value !== 'none')
        .map((value) => variantFeatures[value] ?? `unknown font-variant value "${value}"`),
    );
    return [...settings, ...variants].map((feature) => ({ feature, file }));
  });
}

describe("the deck's cut of Inter", () => {
  it('keeps every OpenType feature the CSS turns on (ss02, tabular numbers)', () => {
    const asked = featuresAskedFor();
    expect(asked.map(({ feature }) => feature)).toEqual(expect.arrayContaining(['ss02', 'tnum']));
    const kept: readonly string[] = keptFeatures;
    const missing = asked.filter(({ feature }) => !kept.includes(feature));
    // A new one: add its tag to keptFeatures in scripts/vite/font-subset-plugin.ts.
    expect(missing).toEqual([]);
  });
});

describe('the full Latin files’ range', () => {
  it('is fontsource’s Latin range without the control characters no font draws', () => {
    const codePoints = fullLatinCodePoints(process.cwd());
    const range = unicodeRange(codePoints);
    expect(range.startsWith('U+20-7E,U+A0-FF,')).toBe(true);
    expect(range).toContain('U+2000-206F');
    expect(codePoints).not.toContain(0x09);
    // The arrows the key list shows are in no Latin file: no full file is fetched for them.
    expect(codePoints).not.toContain(0x2192);
  });
});
