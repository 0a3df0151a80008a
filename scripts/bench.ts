/**
 * `npm run bench`: builds the site, serves dist/ on 127.0.0.1 and measures cold loads in
 * Chromium, printing medians. A benchmark, not a test: it asserts nothing about time (the
 * machines are shared and noisy); the byte budgets are asserted by the browser tests.
 *
 *   npm run bench -- [--runs N] [--pdf-runs N] [--no-build]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { failUsage, readFlags } from './lib/command-line.ts';
import { exportPdf, type PdfKind } from './lib/export-pdf.ts';
import { launchBrowser } from './lib/find-browser.ts';
import { measureFirstVisit, type FirstVisit } from './lib/first-visit.ts';
import { formatLighthouse, runLighthouse } from './lib/lighthouse.ts';
import { measureLoad, totalBytes, type LoadMeasurement } from './lib/measure-load.ts';
import { serveDist } from './lib/serve-dist.ts';
import { kb, median } from './lib/stats.ts';

const usage = [
  'Usage: npm run bench -- [--runs N] [--pdf-runs N] [--lighthouse-runs N] [--no-build]',
  '  --runs N       cold loads to measure (default 7, 1 to 50)',
  '  --pdf-runs N   exports of the slides PDF to time (default 3, 0 to 20)',
  '  --lighthouse-runs N   Lighthouse runs, mobile preset (default 3, 0 to 10)',
  '  --no-build     measure the dist/ that is there',
].join('\n');

function count(value: string, flag: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    failUsage(`${flag} must be a whole number from ${min} to ${max}, not "${value}".`, usage);
  }
  return number;
}

function options(): { runs: number; pdfRuns: number; lighthouseRuns: number; build: boolean } {
  const values = readFlags(
    {
      runs: { type: 'string', default: '7' },
      'pdf-runs': { type: 'string', default: '3' },
      'lighthouse-runs': { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
    },
    usage,
  );
  return {
    runs: count(values.runs, '--runs', 1, 50),
    pdfRuns: count(values['pdf-runs'], '--pdf-runs', 0, 20),
    lighthouseRuns: count(values['lighthouse-runs'], '--lighthouse-runs', 0, 10),
    build: !values['no-build'],
  };
}

function distJsGzip(distDir: string): { files: number; gzipBytes: number } {
  const assets = join(distDir, 'assets');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  const gzipBytes = scripts.reduce(
    (sum, name) => sum + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length,
    0,
  );
  return { files: scripts.length, gzipBytes };
}

const root = process.cwd();
const distDir = join(root, 'dist');
const { runs, pdfRuns, lighthouseRuns, build: shouldBuild } = options();

if (shouldBuild) {
  console.log('Building…');
  await build({ root, logLevel: 'warn' });
}
const server = await serveDist(root);
const browser = await launchBrowser('npm run bench');
const results: LoadMeasurement[] = [];
const exportSeconds: number[] = [];
const pdfBytes = new Map<PdfKind, number>();
let firstVisit: FirstVisit;
try {
  console.log('Measuring a first visit, service worker included…');
  firstVisit = await measureFirstVisit(browser, server.url, distDir);
  for (let run = 1; run <= runs; run++) {
    console.log(`Measuring cold load ${run}/${runs}…`);
    results.push(await measureLoad(browser, server.url, distDir));
  }
  const exportOnce = async (kind: PdfKind): Promise<number> => {
    const started = performance.now();
    const bytes = await exportPdf(browser, {
      kind,
      locale: 'nl',
      baseUrl: server.url,
      distDir,
      timeoutMs: 120_000,
      log: () => undefined,
    });
    pdfBytes.set(kind, bytes.length);
    return (performance.now() - started) / 1000;
  };
  for (let run = 1; run <= pdfRuns; run++) {
    console.log(`Exporting the slides PDF ${run}/${pdfRuns}…`);
    exportSeconds.push(await exportOnce('slides'));
  }
  if (pdfRuns > 0) {
    await exportOnce('steps');
    await exportOnce('handout');
  }
  console.log('');
} finally {
  await browser.close();
}
// Lighthouse starts Chromium itself, one at a time, after the other measurements.
let lighthouseLines: string[] = [];
try {
  if (lighthouseRuns > 0) {
    console.log(`Running Lighthouse ${lighthouseRuns} times (mobile preset)…\n`);
    lighthouseLines = formatLighthouse(await runLighthouse(server.url, lighthouseRuns));
  }
} finally {
  await server.close();
}

const first = results[0];
if (first === undefined) throw new Error('no measurement');
const dist = distJsGzip(distDir);
const ms = (value: number): string => `${Math.round(value)} ms`;
const rows: [string, string][] = [
  [
    'JS before first slide (raw / gzip)',
    `${kb(totalBytes(first.beforeFirstSlide, 'js', 'rawBytes'))} / ${kb(totalBytes(first.beforeFirstSlide, 'js', 'gzipBytes'))}`,
  ],
  [
    'CSS before first slide (raw / gzip)',
    `${kb(totalBytes(first.beforeFirstSlide, 'css', 'rawBytes'))} / ${kb(totalBytes(first.beforeFirstSlide, 'css', 'gzipBytes'))}`,
  ],
  [
    'Files before first slide',
    first.beforeFirstSlide.map((loaded) => loaded.file.replace('assets/', '')).join(', '),
  ],
  [`All JS in dist/ (${dist.files} files, gzip)`, kb(dist.gzipBytes)],
  [
    'Mermaid requested before first slide',
    results.some((result) => result.mermaidBeforeFirstSlide) ? 'YES' : 'no',
  ],
  ['Time to first slide (median)', ms(median(results.map((result) => result.firstSlideMs)))],
  [
    'Time to all diagrams rendered (median; they wait 5.5 s unless one is near)',
    ms(median(results.map((result) => result.diagramsReadyMs ?? Number.NaN))),
  ],
  [
    'Rendering all four diagrams took (median)',
    ms(median(results.map((result) => result.diagramsRenderMs ?? Number.NaN))),
  ],
  [
    'Long tasks until diagrams ready (median count)',
    String(median(results.map((result) => result.longTasks.length))),
  ],
  [
    'Long-task time until diagrams ready (median)',
    ms(
      median(
        results.map((result) => result.longTasks.reduce((sum, task) => sum + task.durationMs, 0)),
      ),
    ),
  ],
  [
    'Layout shift after first slide (median, CLS)',
    median(results.map((result) => result.layoutShiftAfterFirstSlide)).toFixed(3),
  ],
  [
    'Long tasks before first slide (median count)',
    String(
      median(
        results.map(
          (result) => result.longTasks.filter((task) => task.startMs < result.firstSlideMs).length,
        ),
      ),
    ),
  ],
];
rows.push([
  `First visit, offline copy included (${firstVisit.files} files, raw / gzip)`,
  `${kb(firstVisit.rawBytes)} / ${kb(firstVisit.gzipBytes)}`,
]);
if (pdfRuns > 0) {
  const size = (kind: PdfKind): string => kb(pdfBytes.get(kind) ?? Number.NaN);
  rows.push(
    [
      `Slides PDF export, served build to file (median of ${pdfRuns})`,
      `${median(exportSeconds).toFixed(2)} s`,
    ],
    [
      'PDF sizes: slides / steps / handout',
      `${size('slides')} / ${size('steps')} / ${size('handout')}`,
    ],
  );
}
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`Cold loads of the built deck in Chromium, ${runs} runs:`);
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
for (const line of lighthouseLines) console.log(`  ${line}`);
