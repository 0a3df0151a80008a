/**
 * Which characters the deck's own Inter files hold (scripts/vite/font-subset-plugin.ts): every
 * character the built site can show by itself, and how CSS names them (`unicode-range`).
 */

/** Characters the page shows without their being in its text: spaces and marks Intl writes. */
const alwaysKept = [0xa0, 0x2009, 0x202f, 0xfffd];

/**
 * The code points to keep: printable ASCII, `alwaysKept`, and every other character in
 * `texts` (the built page, its scripts and styles), control characters left out. Sorted.
 */
export function deckCharacters(texts: readonly string[]): number[] {
  const kept = new Set<number>(alwaysKept);
  for (let code = 0x20; code <= 0x7e; code++) kept.add(code);
  for (const text of texts) {
    for (const character of text) {
      const code = character.codePointAt(0) ?? 0;
      if (code >= 0xa0) kept.add(code);
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
