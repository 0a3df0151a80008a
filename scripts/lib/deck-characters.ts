/**
 * Which characters the deck's own Inter files hold (scripts/vite/font-subset-plugin.ts): every
 * character the built site can show by itself, and how CSS names them (`unicode-range`).
 */

/**
 * Characters the page sets without their being in its text: spaces and marks Intl writes, and
 * tab, line feed and carriage return, which WebKit looks up in the font even where white space
 * collapses (reveal.js's slide number is written with them) and else takes from the full file.
 */
const alwaysKept = [0x09, 0x0a, 0x0d, 0xa0, 0x2009, 0x202f, 0xfffd];

/**
 * The code points to keep: printable ASCII, `alwaysKept`, and every other character in
 * `texts` (the built page, its scripts and styles), control characters left out. Sorted.
 */
export function deckCharacters(texts: readonly string[]): number[] {
  const kept = new Set<number>(alwaysKept);
  for (let code = 0x20; code <= 0x7e; code++) kept.add(code);
  for (const text of texts) {
    for (const character of text) {
      if ((character.codePointAt(0) ?? 0) < 0xa0) continue;
      // Both cases: CSS may set any text in capitals (text-transform), é as É.
      for (const form of [character, character.toUpperCase(), character.toLowerCase()]) {
        for (const single of form) kept.add(single.codePointAt(0) ?? 0);
      }
    }
  }
  return [...kept].sort((a, b) => a - b);
}

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
