import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deck } from '../../../slides/index.ts';
import { cutIds, cutLength, cutNamed } from '../../../src/model/cut.ts';

/** The README's "Cuts" table, row by row: `| `short` | Korte versie | 29 | 18.75 | 3 | 21.75 | 20 |`. */
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const rows = new Map(
  [...readme.matchAll(/^\| `([a-z0-9-]+)`\s*\|([^\n]*)\|$/gmu)].map(([, id = '', rest = '']) => [
    id,
    rest.split('|').map((cell) => cell.trim()),
  ]),
);

describe("the README's table of cuts", () => {
  it('gives every cut of slides/cuts.ts with the lengths the content adds up to', () => {
    const slides = Object.values(deck.sections).flatMap((section) => section.slides);
    for (const id of cutIds(deck.cuts)) {
      const cut = cutNamed(deck.cuts, id);
      if (cut === undefined) throw new Error(`no cut ${id}`);
      const length = cutLength(slides, cut);
      expect(rows.get(id), `README row for ${id}`).toEqual([
        cut.name.nl,
        String(length.slides),
        String(length.spoken),
        String(length.exercises),
        String(length.total),
        String(cut.slotMinutes),
      ]);
    }
  });
});
