import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutUnusedRevealRules } from '../../../scripts/vite/reveal-css-plugin.ts';

const revealCss = readFileSync('node_modules/reveal.js/dist/reveal.css', 'utf8');

describe('reveal.css as the deck ships it', () => {
  it('drops the transitions the deck never sets and keeps fade and none', () => {
    const trimmed = withoutUnusedRevealRules(revealCss);
    expect(trimmed).not.toMatch(/\.reveal\.convex \.slides/);
    expect(trimmed).not.toMatch(/data-transition=zoom/);
    expect(trimmed).toMatch(/\.reveal\.fade \.slides section/);
    expect(trimmed).toMatch(/data-transition=none/);
    expect(trimmed.length).toBeLessThan(revealCss.length);
  });

  it('keeps the fragments, controls, progress bar, overview and print it does use', () => {
    const trimmed = withoutUnusedRevealRules(revealCss);
    for (const used of [
      '.fragment.visible',
      '.reveal .controls',
      '.reveal .progress',
      '.overview',
      '@media print',
    ]) {
      expect(trimmed, used).toContain(used);
    }
  });

  it('keeps a rule when one of its selectors is still used', () => {
    const css =
      '.reveal.zoom .slides section,.reveal.fade .slides section{opacity:1}.reveal.zoom .x{top:0}';
    expect(withoutUnusedRevealRules(css)).toBe(
      '.reveal.zoom .slides section,.reveal.fade .slides section{opacity:1}',
    );
  });
});
