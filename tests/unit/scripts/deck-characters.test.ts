import { describe, expect, it } from 'vitest';
import {
  codePointsOf,
  deckCharacters,
  unicodeRange,
} from '../../../scripts/lib/deck-characters.ts';

/** Whether the cut of `site` keeps `character`. */
function keeps(site: Partial<Parameters<typeof deckCharacters>[0]>, character: string): boolean {
  const kept = deckCharacters({ page: '', scripts: [], styles: [], ...site });
  return kept.includes(character.codePointAt(0) ?? -1);
}

describe('the characters the deck’s Inter keeps', () => {
  it('are ASCII’s letters, digits and written signs, and the white space the page sets', () => {
    for (const character of ['A', 'z', '7', ' ', '.', '?', '%', '=', '&', '_', '~', '@', '#']) {
      expect(keeps({}, character), character).toBe(true);
    }
    // Tab and line feed: WebKit looks them up in the font even where white space collapses.
    for (const character of ['\t', '\n', '\r']) expect(keeps({}, character), character).toBe(true);
    for (const character of ['\u202f', '\u00a0'])
      expect(keeps({}, character), character).toBe(true);
    for (const character of ['\u0001', '\u007f', '{', '|', '<', '^', '*', '$']) {
      expect(keeps({}, character), character).toBe(false);
    }
  });

  it('keep every character outside ASCII that the site holds, in either case', () => {
    const scripts = ['const a = "Eén naar binnen… “klik” → ok";'];
    for (const character of ['é', 'É', '…', '“', '→']) {
      expect(keeps({ scripts }, character), character).toBe(true);
    }
    expect(keeps({ scripts }, 'ß')).toBe(false);
  });

  it('keep a rarer ASCII sign only where the deck shows it', () => {
    const scripts = [
      // A text in both languages shows its signs, however it is built; its slots are syntax.
      'const t = { nl: `[stel jezelf voor] {n} {n:telefoon|telefoons}`, en: `[introduce yourself]` };',
      'const f = { nl: { message: "Kies *" }, en: { message: `Pick ${"$" + n}` } };',
      // Code's own strings are not shown.
      'const s = "deck > section[data-x=\'y\']"; const r = "^<";',
      // A Mermaid source is no text: its drawing's labels are.
      'const d = { source: { nl: `flowchart LR\\n a["Ja < 1"] --> b{"x"}`, en: `%%{init}%%` } };',
      'const svg = `<svg id="mmd-x"><style>#mmd-x{fill:red}</style><p>Try ^ home</p></svg>`;',
    ];
    for (const character of ['[', ']', '*', '$', '^']) {
      expect(keeps({ scripts }, character), character).toBe(true);
    }
    for (const character of ['{', '}', '|', '>', '<']) {
      expect(keeps({ scripts }, character), character).toBe(false);
    }
  });

  it('keep what the page’s text and CSS’s generated content show', () => {
    const page = '<style>a>b{color:red}</style><p>Q&amp;A &lt;live&gt; * 2</p>';
    expect(keeps({ page }, '*')).toBe(true);
    expect(keeps({ page }, '<')).toBe(true);
    expect(keeps({ page: '<style>a>b{color:red}</style>' }, '>')).toBe(false);
    expect(keeps({ styles: [".q::before { content: '«' '\\2192'; }"] }, '«')).toBe(true);
    expect(keeps({ styles: [".q::before { content: '«' '\\2192'; }"] }, '→')).toBe(true);
  });

  it('are sorted', () => {
    const kept = deckCharacters({ page: '<p>zé</p>', scripts: [], styles: [] });
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
  });

  it('are named for CSS in runs', () => {
    expect(unicodeRange([0x20, 0x21, 0x22, 0xe9, 0x2018, 0x2019, 0x2026])).toBe(
      'U+20-22,U+E9,U+2018-2019,U+2026',
    );
    expect(unicodeRange([])).toBe('');
  });

  it('are read back from a CSS range, and a run CSS cannot read is refused', () => {
    expect(codePointsOf('U+0020-0022,U+E9, U+2026')).toEqual([0x20, 0x21, 0x22, 0xe9, 0x2026]);
    expect(unicodeRange(codePointsOf('U+0000-00FF'))).toBe('U+0-FF');
    expect(() => codePointsOf('U+20-22,latin')).toThrow('Not a unicode-range run: "latin"');
  });
});
