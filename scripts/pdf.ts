/**
 * `npm run pdf`: the deck as a PDF, one page per slide at its final step.
 *
 *   npm run pdf -- [--steps | --handout] [--lang nl|en] [--cut NAME] [--result FILE|LINK] [--out FILE] [--timeout SECONDS]
 *
 * Builds the site if it is out of date, serves it on 127.0.0.1, prints it with headless
 * Chromium, adds bookmarks and metadata, and says where the file is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { sourceLocale, type Locale } from '../src/model/authored.ts';
import { failUsage, readFlags } from './lib/command-line.ts';
import { outPathProblem } from './lib/out-path.ts';
import type { PdfKind } from './lib/export-pdf.ts';
import { defaultCutId } from '../src/model/cut.ts';
import { cutFlag, localeFlag, resultFlag, timeoutFlag } from './lib/export-flags.ts';
import type { RoomOutcome } from '../src/room/outcome.ts';

const usage = `Usage: npm run pdf -- [--steps | --handout] [--lang nl|en] [--cut NAME] [--result FILE|LINK] [--out FILE] [--timeout SECONDS]
  (no flag)          one page per slide, at its final step
  --steps            one page per step of every slide
  --handout          A4 notes pages: each slide with its speaker notes
  --lang nl|en       the deck's language (default nl); English names end in -en.pdf
  --cut NAME         the cut of slides/cuts.ts (default DECK_CUT, else full); names end in -NAME.pdf
  --result FILE|LINK the room's outcome on the board and the closing question: the .json file
                     or the link the speaker view's Outcome panel gives
  --out FILE         where to write the PDF (default pdf/<name>.pdf)
  --timeout SECONDS  how long the print view may take to be ready (default 60)`;

const defaultNames: Record<PdfKind, string> = {
  slides: 'wanneer-partnerschap-twee-bewegingen-vraagt.pdf',
  steps: 'wanneer-partnerschap-twee-bewegingen-vraagt-stappen.pdf',
  handout: 'wanneer-partnerschap-twee-bewegingen-vraagt-handout.pdf',
};

interface Options {
  readonly kind: PdfKind;
  readonly locale: Locale;
  readonly cut: string;
  readonly out: string;
  readonly timeoutMs: number;
  readonly outcome: RoomOutcome | undefined;
}

function fail(message: string): never {
  return failUsage(message, usage);
}

async function readOptions(root: string): Promise<Options> {
  const values = readFlags(
    {
      steps: { type: 'boolean', default: false },
      handout: { type: 'boolean', default: false },
      cut: { type: 'string' },
      out: { type: 'string' },
      timeout: { type: 'string', default: '60' },
      lang: { type: 'string', default: sourceLocale },
      result: { type: 'string' },
    },
    usage,
  );
  if (values.steps && values.handout) fail('Choose --steps or --handout, not both.');
  const kind: PdfKind = values.steps ? 'steps' : values.handout ? 'handout' : 'slides';
  const timeoutMs = timeoutFlag(values.timeout, usage);
  const locale = localeFlag(values.lang, usage);
  const cut = await cutFlag(values.cut, usage);
  const outcome = resultFlag(values.result);
  const name = defaultNames[kind].replace(
    /\.pdf$/,
    `${cut === defaultCutId ? '' : `-${cut}`}${locale === sourceLocale ? '' : `-${locale}`}.pdf`,
  );
  const out = resolve(values.out ?? join(root, 'pdf', name));
  // Before the slow part: a PDF that cannot be written is said at once, not after the print.
  const problem = values.out === undefined ? undefined : outPathProblem(out, values.out, 'pdf');
  if (problem !== undefined) fail(problem);
  return { kind, locale, cut, out, timeoutMs, outcome };
}

const root = process.cwd();
const options = await readOptions(root);
const started = Date.now();
const log = (line: string): void => {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);
};

// Loaded only now: a refused flag or --out is said without waiting for Vite, Playwright and
// pdf-lib to load.
const [{ ensureBuilt }, { exportPdf }, { launchBrowser }, { serveDist }] = await Promise.all([
  import('./lib/ensure-built.ts'),
  import('./lib/export-pdf.ts'),
  import('./lib/find-browser.ts'),
  import('./lib/serve-dist.ts'),
]);
// The browser first: without one there is nothing to print, so say so before building.
let browser;
try {
  browser = await launchBrowser('npm run pdf');
} catch (error) {
  console.error(
    `\nThe PDF could not be made: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
let server;
try {
  log('Checking the build…');
  log(ensureBuilt(root) ? 'Built the site.' : 'The build is up to date.');
  server = await serveDist(root);
  const bytes = await exportPdf(browser, {
    kind: options.kind,
    locale: options.locale,
    cut: options.cut,
    baseUrl: server.url,
    distDir: join(root, 'dist'),
    timeoutMs: options.timeoutMs,
    outcome: options.outcome,
    log,
  });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, bytes);
  const { PDFDocument } = await import('pdf-lib');
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  log(`Done: ${pages} pages, ${(bytes.length / 1_000_000).toFixed(2)} MB.`);
  console.log(relative(root, options.out) || options.out);
} catch (error) {
  console.error(
    `\nThe PDF could not be made: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await browser.close();
  await server?.close();
}
