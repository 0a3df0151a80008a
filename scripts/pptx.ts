/**
 * `npm run pptx`: the deck as an editable PowerPoint file, from the typed slides.
 *
 *   npm run pptx -- [--steps] [--lang nl|en] [--cut NAME] [--out FILE] [--timeout SECONDS]
 *
 * Builds the site if it is out of date (the diagrams are drawn from it in Chromium, and the
 * story's pictures' PNGs there too), writes the slides with pptxgenjs, and says where the file
 * is. See the README's "PowerPoint".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { sourceLocale, type Locale } from '../src/model/authored.ts';
import { failUsage, readFlags } from './lib/command-line.ts';
import { ensureBuilt } from './lib/ensure-built.ts';
import { launchBrowser } from './lib/find-browser.ts';
import { exportPptx } from './lib/pptx/export-pptx.ts';
import { outPathProblem } from './lib/out-path.ts';
import { serveDist } from './lib/serve-dist.ts';
import { defaultCutId } from '../src/model/cut.ts';
import { cutFlag, localeFlag, timeoutFlag } from './lib/export-flags.ts';
import { readBuildSettings } from './vite/build-settings.ts';

const usage = `Usage: npm run pptx -- [--steps] [--lang nl|en] [--cut NAME] [--out FILE] [--timeout SECONDS]
  (no flag)          one slide per slide of the deck, at its final step
  --steps            one slide per step of every slide, as the PDF's --steps
  --lang nl|en       the deck's language (default nl); English names end in -en.pptx
  --cut NAME         the cut of slides/cuts.ts (default DECK_CUT, else full); names end in -NAME.pptx
  --out FILE         where to write the file (default dist/<name>.pptx)
  --timeout SECONDS  how long the diagrams may take to be drawn (default 60)`;

const baseName = 'wanneer-partnerschap-twee-bewegingen-vraagt';

interface Options {
  readonly steps: boolean;
  readonly cut: string;
  readonly locale: Locale;
  readonly out: string;
  readonly timeoutMs: number;
}

function fail(message: string): never {
  return failUsage(message, usage);
}

async function readOptions(root: string): Promise<Options> {
  const values = readFlags(
    {
      steps: { type: 'boolean', default: false },
      cut: { type: 'string' },
      out: { type: 'string' },
      timeout: { type: 'string', default: '60' },
      lang: { type: 'string', default: sourceLocale },
    },
    usage,
  );
  const timeoutMs = timeoutFlag(values.timeout, usage);
  const locale = localeFlag(values.lang, usage);
  const cut = await cutFlag(values.cut, usage);
  const name = [
    baseName,
    cut === defaultCutId ? '' : `-${cut}`,
    values.steps ? '-stappen' : '',
    locale === sourceLocale ? '' : `-${locale}`,
    '.pptx',
  ].join('');
  const out = resolve(values.out ?? join(root, 'dist', name));
  const problem = values.out === undefined ? undefined : outPathProblem(out, values.out, 'pptx');
  if (problem !== undefined) fail(problem);
  return { steps: values.steps, cut, locale, out, timeoutMs };
}

const root = process.cwd();
const options = await readOptions(root);
const started = Date.now();
const log = (line: string): void => {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
};

log('Checking the build…');
log(ensureBuilt(root) ? 'Built the site.' : 'The build is up to date.');
const server = await serveDist(root);
let browser;
try {
  browser = await launchBrowser('npm run pptx');
  const { bytes, slideCount } = await exportPptx(browser, {
    locale: options.locale,
    steps: options.steps,
    cut: options.cut,
    baseUrl: server.url,
    timeoutMs: options.timeoutMs,
    deckUrl: readBuildSettings().deckUrl,
    log,
  });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, bytes);
  log(`Done: ${slideCount} slides, ${(bytes.length / 1_000_000).toFixed(2)} MB.`);
  console.log(relative(root, options.out) || options.out);
} catch (error) {
  console.error(
    `\nThe PowerPoint file could not be made: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await browser?.close();
  await server.close();
}
