/**
 * reveal.css without the rules the deck can never use: the transitions it never sets
 * (src/deck/reveal-config.ts uses `fade` and `none` only), the fragment styles its renderers
 * never write (src/render writes plain `fragment`), and reveal's layout helpers (`r-stack`,
 * `r-fit-text` …). About 1.5 KB gzip of the CSS the first paint waits for (ARCHITECTURE.md,
 * The page before its script). A rule goes only when every one of its selectors is unused.
 */
import type { Plugin } from 'vite';

const unusedTransitions = 'convex|concave|zoom|slide|linear|default|cube|page';

/** Selectors no page of the deck can match. */
const unusedSelector = new RegExp(
  [
    `data-(?:background-)?transition[~|^]?="?(?:${unusedTransitions})\\b`,
    `\\.reveal\\.(?:${unusedTransitions})\\b`,
    `\\.fragment\\.(?!visible\\b|current-fragment\\b|disabled\\b)[a-z-]+`,
    `\\.r-(?:stack|fit-text|stretch|frame|hstack|vstack)\\b`,
  ].join('|'),
);

/** `css` without its rules whose selectors are all unused. Nested blocks (@media) are kept. */
export function withoutUnusedRevealRules(css: string): string {
  return css.replace(/([^{}@;]+)\{[^{}]*\}/g, (rule: string, selectors: string) =>
    selectors.split(',').every((selector) => unusedSelector.test(selector)) ? '' : rule,
  );
}

export function revealCssPlugin(): Plugin {
  return {
    name: 'deck-reveal-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]reveal\.js[\\/]dist[\\/]reveal\.css$/.test(id.split('?')[0] ?? '')) {
        return undefined;
      }
      return { code: withoutUnusedRevealRules(code), map: null };
    },
  };
}
