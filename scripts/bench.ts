/**
 * `npm run bench`: builds the site, serves dist/ on 127.0.0.1, measures it in Chromium and
 * checks its budgets (scripts/lib/budgets.ts): Lighthouse's mobile run, the bytes before the
 * first paint and before the first slide works, the diagrams on screen after their slide, a
 * first visit with the offline copy, the build's wall time; each timed figure a median of
 * several runs. With `--against <commit>` it builds that commit beside this one and measures
 * both in the same run, side by side. Exits 1 when this build misses a budget. The machines
 * are shared and noisy: read the runs, not one figure.
 *
 *   npm run bench -- [--runs N] [--pdf-runs N] [--lighthouse-runs N] [--no-build] [--against REF]
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { failUsage, readFlags } from './lib/command-line.ts';
import { checkBudgets, formatBudgets, withinBudgets, type BenchFigures } from './lib/budgets.ts';
import { exportPdf, type PdfKind } from './lib/export-pdf.ts';
import { launchBrowser } from './lib/find-browser.ts';
import { measureFirstVisit, type FirstVisit } from './lib/first-visit.ts';
import { formatLighthouse, runLighthouse, type LighthouseSummary } from './lib/lighthouse.ts';
import { measureDiagrams } from './lib/measure-diagrams.ts';
import {
  cssBeforeFirstPaint,
  measureLoad,
  totalBytes,
  type LoadMeasurement,
} from './lib/measure-load.ts';
import { serveDist } from './lib/serve-dist.ts';
import { kb, median } from './lib/stats.ts';
import { checkOutCommit, timedBuild, type OtherCommit } from './lib/timed-build.ts';
import { locales } from '../src/model/locales.ts';

const usage = [
  'Usage: npm run bench -- [--runs N] [--pdf-runs N] [--lighthouse-runs N] [--no-build] [--against REF]',
  '  --runs N              cold loads and diagram visits to measure (default 5, 1 to 50)',
  '  --pdf-runs N          exports of the slides PDF to time (default 3, 0 to 20)',
  '  --lighthouse-runs N   Lighthouse runs, mobile preset (default 5, 0 to 10)',
  '  --no-build            measure the dist/ that is there (no build time)',
  '  --against REF         also build and measure commit REF (such as HEAD~1), side by side',
].join('\n');

function count(value: string, flag: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    failUsage(`${flag} must be a whole number from ${min} to ${max}, not "${value}".`, usage);
  }
  return number;
}

function options(): {
  runs: number;
  pdfRuns: number;
  lighthouseRuns: number;
  build: boolean;
  against: string | undefined;
} {
  const values = readFlags(
    {
      runs: { type: 'string', default: '5' },
      'pdf-runs': { type: 'string', default: '3' },
      'lighthouse-runs': { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
      against: { type: 'string' },
    },
    usage,
  );
  if (values.against === '') failUsage('--against needs a commit, such as HEAD~1.', usage);
  return {
    runs: count(values.runs, '--runs', 1, 50),
    pdfRuns: count(values['pdf-runs'], '--pdf-runs', 0, 20),
    lighthouseRuns: count(values['lighthouse-runs'], '--lighthouse-runs', 0, 10),
    build: !values['no-build'],
    against: values.against,
  };
}

/** Everything measured of one build. */
interface Measured {
  readonly loads: readonly LoadMeasurement[];
  readonly diagramMs: ReadonlyMap<string, number[]>;
  readonly mermaidRequests: number;
  readonly firstVisit: FirstVisit;
  readonly lighthouse: LighthouseSummary | undefined;
  readonly buildSeconds: number | undefined;
}

async function measureBuild(
  browser: Browser,
  dir: string,
  settings: { runs: number; lighthouseRuns: number; buildSeconds: number | undefined },
  name: string,
): Promise<Measured> {
  const distDir = join(dir, 'dist');
  const server = await serveDist(dir);
  try {
    console.log(`[${name}] a first visit, service worker included…`);
    const firstVisit = await measureFirstVisit(browser, dir);
    const loads: LoadMeasurement[] = [];
    const diagramMs = new Map<string, number[]>();
    let mermaidRequests = 0;
    for (let run = 1; run <= settings.runs; run++) {
      console.log(`[${name}] cold load and diagrams ${run}/${settings.runs}…`);
      loads.push(await measureLoad(browser, server.url, distDir));
      for (const locale of locales) {
        const timings = await measureDiagrams(browser, server.url, distDir, locale);
        mermaidRequests = Math.max(mermaidRequests, timings.mermaidRequests.length);
        for (const { slideId, visibleMs } of timings.slides) {
          const key = `${slideId} (${locale})`;
          diagramMs.set(key, [...(diagramMs.get(key) ?? []), visibleMs]);
        }
      }
    }
    let lighthouse: LighthouseSummary | undefined;
    if (settings.lighthouseRuns > 0) {
      console.log(`[${name}] Lighthouse ${settings.lighthouseRuns} times (mobile preset)…`);
      lighthouse = await runLighthouse(server.url, settings.lighthouseRuns);
    }
    return {
      loads,
      diagramMs,
      mermaidRequests,
      firstVisit,
      lighthouse,
      buildSeconds: settings.buildSeconds,
    };
  } finally {
    await server.close();
  }
}

function figuresOf(measured: Measured): BenchFigures {
  const lighthouse = measured.lighthouse;
  return {
    lighthouse:
      lighthouse === undefined
        ? undefined
        : {
            performance: lighthouse.scores.performance,
            accessibility: lighthouse.scores.accessibility,
            bestPractices: lighthouse.scores['best-practices'],
            seo: lighthouse.scores.seo,
            totalBlockingTimeMs: lighthouse.metrics['total-blocking-time'],
            largestContentfulPaintMs: lighthouse.metrics['largest-contentful-paint'],
          },
    jsBeforeFirstSlideGzip: median(
      measured.loads.map((load) => totalBytes(load.beforeFirstSlide, 'js', 'gzipBytes')),
    ),
    cssGzip: median(measured.loads.map((load) => cssBeforeFirstPaint(load, 'gzipBytes'))),
    slowestDiagramMs: Math.max(...[...measured.diagramMs.values()].map((runs) => median(runs))),
    mermaidRequests: measured.mermaidRequests,
    firstVisitGzip: measured.firstVisit.gzipBytes,
    buildSeconds: measured.buildSeconds,
  };
}

/** The details behind the budgets, for whoever has to move one. */
function details(measured: Measured, name: string): string[] {
  const { loads } = measured;
  const first = loads[0];
  if (first === undefined) return [];
  const ms = (value: number): string => `${Math.round(value)} ms`;
  const rows: [string, string][] = [
    ['First paint (median)', ms(median(loads.map((load) => load.firstPaintMs)))],
    ['First slide works: reveal.js ready (median)', ms(median(loads.map((l) => l.firstSlideMs)))],
    [
      'JS before the first slide works (raw / gzip)',
      `${kb(totalBytes(first.beforeFirstSlide, 'js', 'rawBytes'))} / ${kb(totalBytes(first.beforeFirstSlide, 'js', 'gzipBytes'))}`,
    ],
    [
      'CSS before the first paint, in the page + files (raw / gzip)',
      `${kb(cssBeforeFirstPaint(first, 'rawBytes'))} / ${kb(cssBeforeFirstPaint(first, 'gzipBytes'))}`,
    ],
    [
      'Files before the first paint',
      first.beforeFirstPaint.map((loaded) => loaded.file.replace('assets/', '')).join(', ') ||
        '(the page alone)',
    ],
    [
      'Files before the first slide works',
      first.beforeFirstSlide.map((loaded) => loaded.file.replace('assets/', '')).join(', '),
    ],
    [
      'Long tasks until a second after the first slide works (median count / time)',
      `${median(loads.map((load) => load.longTasks.length))} / ${ms(
        median(loads.map((load) => load.longTasks.reduce((sum, t) => sum + t.durationMs, 0))),
      )}`,
    ],
    [
      'Layout shift after the first paint (median, CLS)',
      median(loads.map((load) => load.layoutShiftAfterFirstPaint)).toFixed(3),
    ],
    ...[...measured.diagramMs].map(([slide, runs]): [string, string] => [
      `Diagram ${slide} on screen after its slide (median)`,
      `${ms(median(runs))}   runs: ${runs.map(ms).join(', ')}`,
    ]),
    [
      `First visit, offline copy included (${measured.firstVisit.files} files, raw / gzip)`,
      `${kb(measured.firstVisit.rawBytes)} / ${kb(measured.firstVisit.gzipBytes)}`,
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    `${name}: cold loads at 1280x720 in Chromium, ${loads.length} runs`,
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    ...(measured.lighthouse === undefined ? [] : formatLighthouse(measured.lighthouse)),
  ];
}

const root = process.cwd();
const settings = options();
// The CLI `npm run build` runs; vite's exports map hides the file, its folder does not.
const viteBin = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
let other: OtherCommit | undefined;
let otherBuildSeconds: number | undefined;
if (settings.against !== undefined) {
  other = checkOutCommit(root, settings.against);
  console.log(`Building ${other.name} (--against) in ${other.dir}…`);
  otherBuildSeconds = timedBuild(other.dir, viteBin);
}
let buildSeconds: number | undefined;
if (settings.build) {
  console.log('Building this checkout…');
  buildSeconds = timedBuild(root, viteBin);
}

const browser = await launchBrowser('npm run bench');
const pdfSeconds: number[] = [];
const pdfBytes = new Map<PdfKind, number>();
let mine: Measured;
let theirs: Measured | undefined;
try {
  mine = await measureBuild(browser, root, { ...settings, buildSeconds }, 'this build');
  if (other !== undefined) {
    theirs = await measureBuild(
      browser,
      other.dir,
      { ...settings, buildSeconds: otherBuildSeconds },
      other.name,
    );
  }
  if (settings.pdfRuns > 0) {
    const server = await serveDist(root);
    try {
      const exportOnce = async (kind: PdfKind): Promise<number> => {
        const started = performance.now();
        const bytes = await exportPdf(browser, {
          kind,
          locale: 'nl',
          baseUrl: server.url,
          distDir: join(root, 'dist'),
          timeoutMs: 120_000,
          log: () => undefined,
        });
        pdfBytes.set(kind, bytes.length);
        return (performance.now() - started) / 1000;
      };
      for (let run = 1; run <= settings.pdfRuns; run++) {
        console.log(`Exporting the slides PDF ${run}/${settings.pdfRuns}…`);
        pdfSeconds.push(await exportOnce('slides'));
      }
      await exportOnce('steps');
      await exportOnce('handout');
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
  other?.remove();
}

const rows = checkBudgets(figuresOf(mine));
console.log('');
for (const line of details(mine, 'This build')) console.log(line);
if (theirs !== undefined && other !== undefined) {
  console.log('');
  for (const line of details(theirs, other.name)) console.log(line);
}
if (pdfSeconds.length > 0) {
  const size = (kind: PdfKind): string => kb(pdfBytes.get(kind) ?? Number.NaN);
  console.log(
    `  Slides PDF export, served build to file (median of ${pdfSeconds.length}): ${median(pdfSeconds).toFixed(2)} s`,
  );
  console.log(
    `  PDF sizes: slides / steps / handout: ${size('slides')} / ${size('steps')} / ${size('handout')}`,
  );
}
console.log('\nBudgets (medians of the runs above):');
const against =
  theirs === undefined || other === undefined
    ? undefined
    : { name: other.name, rows: checkBudgets(figuresOf(theirs)) };
for (const line of formatBudgets(rows, against)) console.log(`  ${line}`);
if (!withinBudgets(rows)) {
  console.log(
    '\nThis build is OVER a budget (above). A noisy machine moves the timed ones: run again before you act.',
  );
  process.exitCode = 1;
}
