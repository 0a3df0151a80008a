import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { loadBuiltDeck } from '../../scripts/lib/load-deck.ts';
import { useBrowser } from './support/browser.ts';
import { waitForDiagrams } from './support/diagrams.ts';
import { waitForDeck } from './support/deck.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const { deck } = await loadBuiltDeck();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe('accessibility', () => {
  it('has no WCAG 2.1 AA violation (axe-core) on any slide at any step', async () => {
    // axe is injected as a script; the deck's own policy would rightly refuse it.
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      bypassCSP: true,
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      await page.goto(baseUrl);
      await waitForDeck(page);
      await page.addScriptTag({ path: axePath });
      await waitForDiagrams(page);
      const problems: string[] = [];
      for (const entry of deck.slides) {
        for (let step = 0; step <= entry.stepCount; step++) {
          const violations = await page.evaluate(
            async ({ h, f }) => {
              window.Reveal?.slide(h, 0, f);
              await new Promise((resolve) => requestAnimationFrame(resolve));
              const axe = (
                window as unknown as {
                  axe: {
                    run(
                      context: unknown,
                      options: unknown,
                    ): Promise<{ violations: AxeViolation[] }>;
                  };
                }
              ).axe;
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
              });
              return result.violations.map((violation) => ({
                id: violation.id,
                help: violation.help,
                nodes: violation.nodes.map((node) => ({ target: node.target })),
              }));
            },
            { h: entry.index, f: step - 1 },
          );
          for (const violation of violations) {
            problems.push(
              `${entry.slide.id} step ${step}: ${violation.id} (${violation.help}) at ${violation.nodes
                .map((node) => node.target.join(' '))
                .join(', ')}`,
            );
          }
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('gives every slide a heading, and announces the current one', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/achter-de-bar`);
      await waitForDeck(page);
      const withoutHeading = await page.evaluate(() =>
        [...document.querySelectorAll('.reveal .slides > section')]
          .filter((section) => section.querySelector('h1, h2') === null)
          .map((section) => section.id),
      );
      expect(withoutHeading).toEqual([]);
      // reveal.js's live region reads the slide out when it changes.
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.locator('.reveal .aria-status').textContent())
        .toContain('Restauranteigenaren geven meer uit aan toiletpapier');
    } finally {
      await context.close();
    }
  });

  it('moves nothing for people who ask for reduced motion', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      reducedMotion: 'reduce',
    });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/het-plan-staat`);
      await waitForDeck(page);
      const motion = await page.evaluate(() => {
        const durations = [
          ...document.querySelectorAll('.reveal .slides > section, .reveal .fragment'),
        ].map((element) => getComputedStyle(element).transitionDuration);
        return {
          transition: window.Reveal?.getConfig().transition,
          moving: durations.filter((duration) => duration.split(',').some((d) => parseFloat(d) > 0))
            .length,
        };
      });
      expect(motion).toEqual({ transition: 'none', moving: 0 });
    } finally {
      await context.close();
    }
  });
});
