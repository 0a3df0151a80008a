/**
 * `npm run screenshots`: builds the site and saves a PNG of every slide at its final step, at
 * 1280x720, to look at before a talk or after a change (a slide that passes its tests but
 * looks wrong is a bug).
 *
 *   npm run screenshots -- [--out DIR] [--no-build]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { readFlags } from './lib/command-line.ts';
import { launchBrowser } from './lib/find-browser.ts';
import { serveDist } from './lib/serve-dist.ts';

const usage =
  'Usage: npm run screenshots -- [--out DIR] [--no-build]\n' +
  '  --out DIR    where the PNGs go (default screenshots/)\n' +
  '  --no-build   use the dist/ that is there';

function options(): { out: string; build: boolean } {
  const values = readFlags(
    {
      out: { type: 'string', default: 'screenshots' },
      'no-build': { type: 'boolean', default: false },
    },
    usage,
  );
  return { out: resolve(values.out), build: !values['no-build'] };
}

const root = process.cwd();
const { out, build: shouldBuild } = options();
if (shouldBuild) await build({ root, logLevel: 'warn' });
mkdirSync(out, { recursive: true });
const server = await serveDist(root);
const browser = await launchBrowser('npm run screenshots');
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(server.url);
  await page.waitForFunction(() => window.Reveal?.isReady() === true);
  // Every diagram drawn, so no slide is captured half-way.
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('figure.diagram')].every(
      (figure) => figure.dataset.rendered !== undefined,
    ),
  );
  const ids = await page.evaluate(() => window.Reveal?.getSlides().map((slide) => slide.id) ?? []);
  for (const [index, id] of ids.entries()) {
    await page.evaluate((h) => {
      // Past the last fragment: reveal clamps to the slide's final step.
      window.Reveal?.slide(h, 0, 99);
    }, index);
    await page.evaluate(() => document.fonts.ready);
    const file = join(out, `${String(index + 1).padStart(2, '0')}-${id}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
