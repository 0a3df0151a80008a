import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDeckChecker } from '../../../scripts/lib/deck-checker.ts';
import { formatContentError } from '../../../src/model/validate.ts';

const folder = mkdtempSync(join(tmpdir(), 'deck-checker-'));
const checker = startDeckChecker(folder);
afterAll(async () => {
  await checker.close();
  rmSync(folder, { recursive: true, force: true });
});

async function problemsOf(source: string, name = 'index.ts'): Promise<string[]> {
  const file = join(folder, name);
  writeFileSync(file, source);
  const check = await checker.check(file);
  return check.ok ? [] : check.errors.map(formatContentError);
}

describe('the content checker in Node', () => {
  it('passes the talk in slides/, diagram sources included, as the build does', async () => {
    const check = await checker.check(join(process.cwd(), 'slides', 'index.ts'));
    expect(check.ok ? [] : check.errors.map(formatContentError)).toEqual([]);
    // A hang guard: the first check waits for the worker to load Mermaid, a minute or more on a
    // busy two-core machine.
  }, 120_000);

  it('names the file and line of a module that does not even load', async () => {
    const problems = await problemsOf('export const deck = { sections: {,} };\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^index\.ts > \(module\) > \(load\): the content does not load: index\.ts:1:\d+: ERROR: /,
    );
  }, 30_000);

  it('says what to export when the module has no deck', async () => {
    expect(await problemsOf('export const slides = [];\n', 'no-deck.ts')).toEqual([
      'no-deck.ts > (deck) > deck: the module exports no `deck`: export const deck: Deck = { … }',
    ]);
  });

  it('reads the module afresh on every check, as the dev server needs after a save', async () => {
    const deck = (sections: string): string =>
      `export const deck = { title: { nl: 'T', en: 'T' }, sections: ${sections} };\n`;
    expect(await problemsOf(deck('{}'), 'fresh.ts')).toEqual([
      'slides/index.ts > (deck) > sections: no sections: list the modules of slides/ in talk order',
      'slides/cuts.ts > (cuts) > full: no cuts: export the cuts from slides/cuts.ts, at least "full" (every slide)',
      'slides/event.ts > (event) > (event): no event: export one from slides/event.ts, {} for the generic talk',
    ]);
    expect(
      await problemsOf(
        deck("{ '01-a.ts': { title: { nl: 'A', en: 'A' }, slides: [] } }"),
        'fresh.ts',
      ),
    ).toContain('slides/01-a.ts > (section) > slides: no slides in section');
  });
});
