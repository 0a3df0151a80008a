import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileGroups } from '../../../scripts/lib/build-manifest.ts';

let distDir = '';

/** A build's dist/: an entry loading the drawings of both languages, and a page. */
function build(page: string): string {
  distDir = mkdtempSync(join(tmpdir(), 'deck-manifest-'));
  mkdirSync(join(distDir, '.vite'));
  mkdirSync(join(distDir, 'assets'));
  const manifest = {
    'index.html': {
      file: 'assets/index-a.js',
      isEntry: true,
      dynamicImports: ['virtual:deck-diagrams/nl', 'virtual:deck-diagrams/en'],
    },
    'virtual:deck-diagrams/nl': { file: 'assets/nl-b.js' },
    'virtual:deck-diagrams/en': { file: 'assets/en-c.js' },
  };
  writeFileSync(join(distDir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(distDir, 'assets', 'nl-b.js'),
    'var e={plan:`<svg id="mmd-plan-nl" width="100%"></svg>`,lus:`<svg id="mmd-lus-nl"></svg>`};export{e as default};',
  );
  writeFileSync(join(distDir, 'index.html'), page);
  return distDir;
}

afterEach(() => {
  rmSync(distDir, { recursive: true, force: true });
});

describe('the drawings the page holds (inPage)', () => {
  it('are the page language’s module when the page has every one of its drawings', () => {
    const dir = build(
      '<section id="s1"><svg id="mmd-plan-nl-s1"></svg></section><section id="s2"><svg id="mmd-lus-nl-s2"></svg></section>',
    );
    expect([...readFileGroups(dir).inPage]).toEqual(['assets/nl-b.js']);
  });

  it('are none when the page’s cut lacks a diagram another cut shows', () => {
    const dir = build('<section id="s1"><svg id="mmd-plan-nl-s1"></svg></section>');
    expect([...readFileGroups(dir).inPage]).toEqual([]);
  });
});
