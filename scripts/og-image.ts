/**
 * `npm run og-image`: the link-preview image (Open Graph, 1200x630 PNG), a screenshot of the
 * real title slide, so the preview stays true to the design whenever the design changes.
 *
 *   npm run og-image -- [--lang nl|en] [--out FILE]
 *
 * Builds the site if it is out of date, serves it on 127.0.0.1, opens `#/titel` in headless
 * Chromium at 1200x630 without reveal's controls, progress bar and slide number, and saves
 * the screenshot.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Locale } from '../src/model/authored.ts';
import { isLocale, locales } from '../src/model/locales.ts';
import { failUsage, readFlags } from './lib/command-line.ts';
import { previewImageFiles } from './vite/preview-image.ts';
import { ensureBuilt } from './lib/ensure-built.ts';
import { launchBrowser } from './lib/find-browser.ts';
import { serveDist } from './lib/serve-dist.ts';
import { kb } from './lib/stats.ts';

const usage = `Usage: npm run og-image -- [--lang nl|en] [--out FILE]
  --lang nl|en the deck's language (default nl)
  --out FILE   where to write the PNG (default public/og-image.png, og-image-en.png for English)
  --help       show this message`;

/** The size link previews expect (Open Graph, X/Twitter's large card, LinkedIn). */
const size = { width: 1200, height: 630 } as const;

function readOptions(root: string): { out: string; locale: Locale } {
  const values = readFlags(
    { out: { type: 'string' }, lang: { type: 'string', default: 'nl' } },
    usage,
  );
  if (values.out !== undefined && !values.out.toLowerCase().endsWith('.png')) {
    failUsage(`--out must name a .png file, not "${values.out}".`, usage);
  }
  const locale = values.lang;
  if (!isLocale(locale))
    failUsage(`--lang must be ${locales.join(' or ')}, not "${locale}".`, usage);
  return {
    out: resolve(values.out ?? resolve(root, 'public', previewImageFiles[locale])),
    locale,
  };
}

const root = process.cwd();
const { out, locale } = readOptions(root);
if (ensureBuilt(root)) console.log('Built the site (dist/ was out of date).');
const server = await serveDist(root);
const browser = await launchBrowser('npm run og-image');
try {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
  // No transition caught half-way.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.url}?lang=${locale}#/titel`);
  // Every part in, the widgets drawn (src/deck/presenting-parts.ts).
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-deck-ready'));
  // A style rule rather than Reveal.configure(): it hides the furniture whatever reveal's
  // options say, and leaves the slide's layout untouched.
  await page.addStyleTag({
    content:
      '.reveal .controls, .reveal .progress, .reveal .slide-number, .deck-menu-wrapper { display: none !important; }',
  });
  await page.evaluate(() => document.fonts.ready);
  // Any diagram on the slide drawn (the title slide has none today; this keeps it honest).
  await page.waitForFunction(() =>
    [
      ...(window.Reveal?.getCurrentSlide().querySelectorAll<HTMLElement>('figure.diagram') ?? []),
    ].every((figure) => figure.dataset.rendered !== undefined),
  );
  const current = await page.evaluate(() => window.Reveal?.getCurrentSlide().id);
  if (current !== 'titel') {
    throw new Error(`Expected the title slide #/titel, but reveal shows "${current ?? '?'}".`);
  }
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, clip: { x: 0, y: 0, ...size } });
} finally {
  await browser.close();
  await server.close();
}
const shown = out.startsWith(root + sep) ? relative(root, out) : out;
console.log(`${shown}  ${kb(statSync(out).size)}, ${size.width}x${size.height} PNG`);
