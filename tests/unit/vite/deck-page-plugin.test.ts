import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { prerenderPage } from '../../../scripts/vite/deck-page-plugin.ts';

const template = readFileSync('index.html', 'utf8');

describe('the prerendered page', () => {
  it('holds the slides as the reader, marked with their language, in index.html', () => {
    const page = prerenderPage(template, '<section id="titel"></section>', 'nl');
    expect(page).toContain('<html lang="nl" class="deck-static reader-view">');
    expect(page).toContain('<div class="reveal reader" id="deck">');
    expect(page).toContain(
      '<div class="reader-slides" id="deck-slides" aria-live="off" data-prerendered="nl"><section id="titel"></section></div>',
    );
  });

  it('keeps markup that looks like a replacement pattern as it is', () => {
    const page = prerenderPage(template, '<p>$& costs $1</p>', 'nl');
    expect(page).toContain('<p>$& costs $1</p>');
  });

  it('fails the build, naming what index.html lacks, when the template changed', () => {
    expect(() => prerenderPage(template.replace(' id="deck-slides"', ''), '', 'nl')).toThrow(
      /index\.html lacks <div class="slides" id="deck-slides"/,
    );
  });
});
