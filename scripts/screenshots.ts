/**
 * `npm run screenshots`: builds the site and saves a PNG of every slide at its final step, at
 * 1280x720, to look at before a talk or after a change (a slide that passes its tests but
 * looks wrong is a bug).
 *
 *   npm run screenshots -- [--out DIR] [--lang nl|en] [--no-build]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { failUsage, readFlags } from './lib/command-line.ts';
import { locales } from '../src/model/locales.ts';
import type { Locale } from '../src/model/authored.ts';
import { launchBrowser } from './lib/find-browser.ts';
import { serveDist } from './lib/serve-dist.ts';

const usage =
  'Usage: npm run screenshots -- [--out DIR] [--lang nl|en] [--no-build]\n' +
  '  --out DIR    where the PNGs go (default screenshots/)\n' +
  '  --lang LANG  the edition to capture, nl (default) or en; English files end in -en\n' +
  '  --no-build   use the dist/ that is there';

function options(): { out: string; lang: Locale; build: boolean } {
  const values = readFlags(
    {
      out: { type: 'string', default: 'screenshots' },
      lang: { type: 'string', default: 'nl' },
      'no-build': { type: 'boolean', default: false },
    },
    usage,
  );
  const lang = locales.find((locale) => locale === values.lang);
  if (lang === undefined) {
    failUsage(`--lang ${values.lang} is not an edition: use ${locales.join(' or ')}`, usage);
  }
  return { out: resolve(values.out), lang, build: !values['no-build'] };
}

const root = process.cwd();
const { out, lang, build: shouldBuild } = options();
if (shouldBuild) await build({ root, logLevel: 'warn' });
mkdirSync(out, { recursive: true });
const server = await serveDist(root);
const browser = await launchBrowser('npm run screenshots');
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.url}?lang=${lang}`);
  // Every part in, the widgets drawn (src/deck/presenting-parts.ts).
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-deck-ready'));
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
    const suffix = lang === 'nl' ? '' : `-${lang}`;
    const file = join(out, `${String(index + 1).padStart(2, '0')}-${id}${suffix}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
