import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const outDir = mkdtempSync(join(tmpdir(), 'deck-build-'));
afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

/** `npm run build` with the content module of the given file, as DECK_CONTENT would choose. */
async function buildWith(contentModule: string): Promise<void> {
  const saved = process.env['DECK_CONTENT'];
  process.env['DECK_CONTENT'] = contentModule;
  try {
    await build({ root: process.cwd(), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  } finally {
    if (saved === undefined) Reflect.deleteProperty(process.env, 'DECK_CONTENT');
    else process.env['DECK_CONTENT'] = saved;
  }
}

describe('the build', () => {
  it('fails on a slide kind it does not know, naming the file, slide and field', async () => {
    await expect(buildWith('tests/fixtures/broken-deck.ts')).rejects.toThrow(
      'slides/01-opening.ts > achter-de-bar > kind: "qoute" is not a slide kind: use one of title,',
    );
    // A hang guard, not a speed target: the build starts a worker that loads Mermaid, which on
    // a busy two-core machine (the build and the lint running beside it) takes a minute.
  }, 180_000);
});
