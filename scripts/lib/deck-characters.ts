/**
 * Which characters the deck's own Inter files hold (scripts/vite/font-subset-plugin.ts): every
 * character the built site can show by itself, and how CSS names them (`unicode-range`).
 *
 * A character costs its glyph and the alternates and kerning that come with it. ASCII's rarer
 * signs (`{ } | < > ^ * $ \`) cost a fifth of each file, and the deck shows none of them: they
 * are in its code, not in its text. So the cut keeps
 * - every character outside ASCII that the page, its scripts or its styles hold (a few, cheap);
 * - ASCII's letters and digits, and the signs of sentences, numbers, times, addresses and names
 *   (`writtenSigns`: a join link is `…/~deck/?join=K7QF2M&lang=en`, a Wi-Fi `Ziggo_5G`);
 * - any other ASCII sign only where the deck shows it: in the page's text, in a text the code
 *   holds in both languages (`{ nl, en }`: the content, notes, UI and room texts), in a drawing's
 *   labels, in CSS's generated content.
 * A sign the deck never shows, such as a `#` in a phone's answer in the room, comes from
 * fontsource's full file, which the browser then fetches (font-subset-plugin.ts).
 */
import { parseSync } from 'vite';
import { fillIn } from '../../src/render/ui-text.ts';

/**
 * Characters the page sets without their being in its text: spaces and marks Intl writes, and
 * tab, line feed and carriage return, which WebKit looks up in the font even where white space
 * collapses (reveal.js's slide number is written with them) and else takes from the full file.
 */
const alwaysKept = [0x09, 0x0a, 0x0d, 0xa0, 0x2009, 0x202f, 0xfffd];

/**
 * ASCII's letters, digits and the signs of ordinary text, numbers, times and addresses: what the
 * deck writes while it runs as well as what it holds (the join link on the room's board, a path
 * with `_` or `~`; the venue's Wi-Fi name, `Ziggo_5G`; a phone's `@name`).
 */
const writtenSigns =
  ' .,:;!?\'"()-/%+=&_~@#0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** What a build holds: the page, its scripts (chunks' code) and its style sheets. */
export interface BuiltSite {
  readonly page: string;
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/** The code points to keep (see above), control characters left out but `alwaysKept`. Sorted. */
export function deckCharacters(site: BuiltSite): number[] {
  const kept = new Set<number>(alwaysKept);
  const keep = (text: string): void => {
    for (const character of text) {
      // Both cases: CSS may set any text in capitals (text-transform), é as É.
      for (const form of [character, character.toUpperCase(), character.toLowerCase()]) {
        for (const single of form) {
          const code = single.codePointAt(0) ?? 0;
          if (!isControl(code)) kept.add(code);
        }
      }
    }
  };
  for (const text of [site.page, ...site.scripts, ...site.styles]) {
    for (const character of text) if ((character.codePointAt(0) ?? 0) >= 0xa0) keep(character);
  }
  keep(writtenSigns);
  keep(textOfMarkup(site.page));
  for (const code of site.scripts) shownTexts(code).forEach(keep);
  for (const css of [site.page, ...site.styles]) generatedContent(css).forEach(keep);
  return [...kept].sort((a, b) => a - b);
}

/** The text of HTML or SVG markup: its styles, scripts, comments and tags left out. */
export function textOfMarkup(markup: string): string {
  return (
    markup
      .replace(/<(style|script)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      // A piece of markup that code goes on to build ends in a tag not yet closed.
      .replace(/<[^>]*$/, ' ')
      .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
        if (name.startsWith('#x') || name.startsWith('#X')) {
          return String.fromCodePoint(parseInt(name.slice(2), 16));
        }
        if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
        return namedEntities[name.toLowerCase()] ?? whole;
      })
  );
}

/** The strings of CSS's `content` declarations, escapes (`\\2192`) decoded. */
function generatedContent(css: string): string[] {
  return [...css.matchAll(/content:([^;}]*)/g)].flatMap((declaration) =>
    [...(declaration[1] ?? '').matchAll(/(['"])(.*?)\1/g)].map((quoted) =>
      (quoted[2] ?? '').replace(/\\([\da-f]{1,6})\s?/gi, (_whole, hex: string) =>
        String.fromCodePoint(parseInt(hex, 16)),
      ),
    ),
  );
}

const namedEntities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** A node of the ESTree syntax tree `parseSync` gives, as far as `shownTexts` reads it. */
interface SyntaxNode {
  readonly type: string;
  readonly [key: string]: unknown;
}

const isNode = (value: unknown): value is SyntaxNode =>
  typeof value === 'object' && value !== null && typeof (value as SyntaxNode).type === 'string';

/**
 * The texts `code` shows: every string under the `nl` and `en` of a text in both languages,
 * however it is built (`{n:one|other}` slots read as their words), but a diagram's Mermaid
 * source (a `source` in both languages: its labels show in the drawing); and the labels of each
 * drawing (a string of SVG markup).
 */
export function shownTexts(code: string): string[] {
  const parsed = parseSync('chunk.js', code);
  if (parsed.errors.length > 0) {
    throw new Error(
      `Could not read a built script for its texts: ${parsed.errors[0]?.message ?? ''}`,
    );
  }
  const texts: string[] = [];
  /** `shown`: under a text's `nl` or `en`; `key`: the property `value` is the value of. */
  const visit = (value: unknown, shown: boolean, key: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, shown, key);
      return;
    }
    if (!isNode(value)) return;
    const text = stringOf(value);
    if (text?.startsWith('<svg') === true) texts.push(textOfMarkup(text));
    else if (text !== undefined && shown) texts.push(withoutSlots(text));
    if (value.type === 'Property') {
      visit(value['value'], shown, keyOf(value) ?? '');
      return;
    }
    const pair = value.type === 'ObjectExpression' && isPair(value) && key !== 'source';
    for (const [name, child] of Object.entries(value)) {
      if (name === 'type') continue;
      if (!pair || name !== 'properties' || !Array.isArray(child)) {
        visit(child, shown, '');
        continue;
      }
      for (const property of child) {
        if (!isNode(property) || property.type !== 'Property') {
          visit(property, shown, '');
          continue;
        }
        const language = keyOf(property) ?? '';
        visit(property['value'], shown || language === 'nl' || language === 'en', language);
      }
    }
  };
  visit(parsed.program, false, '');
  return texts;
}

/** A string literal's or a template's text (its slots left out), else undefined. */
function stringOf(node: SyntaxNode): string | undefined {
  if (node.type === 'Literal' && typeof node['value'] === 'string') return node['value'];
  if (node.type !== 'TemplateLiteral' || !Array.isArray(node['quasis'])) return undefined;
  return (node['quasis'] as { value: { cooked?: string | null; raw: string } }[])
    .map((quasi) => quasi.value.cooked ?? quasi.value.raw)
    .join(' ');
}

/** A property's name when it is written out (`nl`, `'nl'`), else undefined. */
function keyOf(property: SyntaxNode): string | undefined {
  const key = property['key'];
  if (!isNode(key) || property['computed'] === true) return undefined;
  const name = key.type === 'Identifier' ? key['name'] : key['value'];
  return typeof name === 'string' ? name : undefined;
}

/** Whether an object literal is a text in both languages: it has `nl` and `en`. */
function isPair(node: SyntaxNode): boolean {
  const properties = Array.isArray(node['properties']) ? (node['properties'] as unknown[]) : [];
  const names = properties.map((property) => (isNode(property) ? keyOf(property) : undefined));
  return names.includes('nl') && names.includes('en');
}

/** `{n} {n:telefoon|telefoons}` as it can read, for one and for more (ui-text.ts's `fillIn`). */
function withoutSlots(text: string): string {
  return [1, 2]
    .map((n) => fillIn(text, new Proxy<Record<string, number>>({}, { get: () => n })))
    .join(' ');
}

/** The code points of a CSS unicode-range (`U+0000-00FF,U+0131,…`), sorted. */
export function codePointsOf(range: string): number[] {
  const codePoints = new Set<number>();
  for (const run of range.split(',')) {
    const match = /^\s*U\+([\dA-F]+)(?:-([\dA-F]+))?\s*$/i.exec(run);
    if (match === null) throw new Error(`Not a unicode-range run: "${run}" in "${range}"`);
    const from = parseInt(match[1] ?? '', 16);
    const to = match[2] === undefined ? from : parseInt(match[2], 16);
    for (let code = from; code <= to; code++) codePoints.add(code);
  }
  return [...codePoints].sort((a, b) => a - b);
}

/** Whether a code point is a control character (C0, DEL, C1), which no font draws. */
export const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code < 0xa0);

/** `U+20-7E,U+A0,U+E9,…`: sorted code points as CSS's unicode-range, runs joined. */
export function unicodeRange(codePoints: readonly number[]): string {
  const hex = (code: number): string => code.toString(16).toUpperCase();
  const runs: string[] = [];
  let start: number | undefined;
  let end = -2;
  const close = (): void => {
    if (start === undefined) return;
    runs.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  };
  for (const code of codePoints) {
    if (code === end + 1) {
      end = code;
      continue;
    }
    close();
    start = code;
    end = code;
  }
  close();
  return runs.join(',');
}
