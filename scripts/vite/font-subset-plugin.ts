/**
 * Inter cut down to what the deck shows (ARCHITECTURE.md, "Fonts"). fontsource's Latin files
 * hold some 400 glyphs per weight; the deck uses about a hundred. After the page and its code
 * are written, the build keeps in each weight only the characters the built site can show
 * (scripts/lib/deck-characters.ts), as `assets/inter-deck-<weight>-<hash>.woff2`, a third of
 * the bytes, and the page preloads those. Their `@font-face` rules come after fontsource's, so
 * a browser picks them for every character they hold; a character they lack (a phone's answer
 * in the room with a letter or sign the deck never shows) falls to fontsource's full Latin
 * file, which only then downloads. The dev server keeps the full files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { codePointsOf, deckCharacters, isControl, unicodeRange } from '../lib/deck-characters.ts';

/** fontsource's full Latin files, with their weight (the offline copy leaves them out). */
export const fullInterFile = /(?:^|\/)inter-latin-(\d{3})-normal-[\w-]+\.woff2$/;

/**
 * The OpenType features kept in the deck's cut: those browsers apply to Latin text by default
 * (composition, local forms, marks, kerning, ligatures, contextual alternates) and those the
 * deck's CSS turns on: ss02 (base.css, Inter's open digits) and tnum (`tabular-nums`: the slide
 * number, the timer). HarfBuzz otherwise keeps every feature, and with them every glyph they
 * reach: alternates nobody asks for, a quarter of each file.
 * tests/unit/scripts/font-features.test.ts checks the CSS asks for no other.
 */
export const keptFeatures = [
  'ccmp',
  'locl',
  'mark',
  'mkmk',
  'kern',
  'liga',
  'clig',
  'calt',
  'rlig',
  'rclt',
  'rvrn',
  'ss02',
  'tnum',
] as const;

/**
 * The characters fontsource's full Latin files draw: fontsource's own range
 * for its Latin subset (in `@fontsource/inter/400.css`), control characters left out. The
 * `latin-<weight>.css` rules the deck imports have no range at all, so a browser fetched a full
 * file for any character the cut lacks, in vain for the ones the full file lacks too: the tabs
 * and line feeds in reveal.js's slide number, the arrows in the key list.
 */
export function fullLatinCodePoints(root: string): number[] {
  const css = readFileSync(join(root, 'node_modules/@fontsource/inter/400.css'), 'utf8');
  const range = /inter-latin-400-normal\.woff2[^}]*unicode-range:\s*([^;}]+)/.exec(css)?.[1];
  if (range === undefined) {
    throw new Error('@fontsource/inter/400.css has no unicode-range for its Latin file.');
  }
  return codePointsOf(range).filter((code) => !isControl(code));
}

export function fontSubsetPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'deck-font-subset',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    // After the page is written (vite:build-html, deck-page-plugin.ts), whose text it reads.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      const outputs = Object.values(bundle);
      // Only what fontsource's Latin range holds (and the controls kept on purpose): a character
      // outside it, such as the key list's ←, which no Latin file draws, goes to the system font.
      const fullLatin = fullLatinCodePoints(root);
      const drawn = new Set(fullLatin);
      const codePoints = deckCharacters({
        page: String(page.source),
        scripts: outputs.flatMap((output) => (output.type === 'chunk' ? [output.code] : [])),
        styles: outputs.flatMap((output) =>
          output.type === 'asset' &&
          output.fileName.endsWith('.css') &&
          typeof output.source === 'string'
            ? [output.source]
            : [],
        ),
      }).filter((code) => drawn.has(code) || isControl(code));
      const characters = String.fromCodePoint(...codePoints);
      const range = unicodeRange(codePoints);
      let html = String(page.source);
      const rules: string[] = [];
      for (const [fileName, output] of Object.entries(bundle)) {
        const weight = fullInterFile.exec(fileName)?.[1];
        if (weight === undefined || output.type !== 'asset') continue;
        const subset = await subsetFont(Buffer.from(output.source), characters, {
          targetFormat: 'woff2',
          keepFeatures: keptFeatures,
        });
        const reference = this.emitFile({
          type: 'asset',
          name: `inter-deck-${weight}.woff2`,
          source: subset,
        });
        const subsetFile = this.getFileName(reference);
        html = html.replaceAll(
          `href="./${fileName}" as="font"`,
          `href="./${subsetFile}" as="font"`,
        );
        rules.push(
          `@font-face{font-family:Inter;font-style:normal;font-display:swap;font-weight:${weight};src:url(./${subsetFile}) format("woff2");unicode-range:${range}}`,
        );
      }
      if (rules.length === 0) {
        this.error(
          'No Inter Latin file in the build (src/theme/styles.ts imports them): nothing to subset.',
        );
      }
      // fontsource's rules for the full files get the range of what those files draw.
      const fullRange = unicodeRange(fullLatin);
      html = html.replace(
        /@font-face\{([^}]*inter-latin-\d{3}-normal[^}]*)\}/g,
        (rule, body: string) =>
          body.includes('unicode-range') ? rule : `@font-face{${body};unicode-range:${fullRange}}`,
      );
      // Last, so these faces come first for the characters they hold (CSS Fonts, unicode-range).
      page.source = html.replace('</head>', () => `<style>${rules.join('')}</style>\n</head>`);
    },
  };
}
