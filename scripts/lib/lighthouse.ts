/**
 * Lighthouse against a served page with the system Chromium: its default (mobile) settings,
 * four categories, several runs summarised by their medians, since single runs are noisy.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, findBrowser, missingBrowserMessage } from './find-browser.ts';
import { median } from './stats.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];

const metrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;
type Metric = (typeof metrics)[number];

/** One Lighthouse run: scores 0–100, metrics in ms (layout shift has no unit). */
export interface LighthouseRun {
  readonly scores: Readonly<Record<Category, number>>;
  readonly metrics: Readonly<Record<Metric, number>>;
  /** Ids of the audits that scored below 1, so that flaky ones show up. */
  readonly failedAuditIds: readonly string[];
}

/** An audit that did not pass (score below 1), to tell a reader what to fix. */
export interface FailedAudit {
  readonly id: string;
  readonly title: string;
  /** 0–1. */
  readonly score: number;
  /** Lighthouse's short finding, such as "Potential savings of 12 KiB"; may be empty. */
  readonly displayValue: string;
}

/** Medians over the runs, each run's raw figures, and the failures of the median run. */
export interface LighthouseSummary {
  readonly url: string;
  readonly runs: readonly LighthouseRun[];
  readonly scores: Readonly<Record<Category, number>>;
  readonly metrics: Readonly<Record<Metric, number>>;
  /** From the run with the median performance score, worst first. */
  readonly failedAudits: readonly FailedAudit[];
  /** Lighthouse's run warnings, without repeats. */
  readonly warnings: readonly string[];
  readonly lighthouseVersion: string;
  /** The browser that ran and its major version (its user agent hides the rest). */
  readonly chromium: string;
}

/**
 * Lighthouse itself fetches nothing from the internet, but headless Chromium 156 still looks up
 * accounts.google.com, update.googleapis.com, clients2.google.com and
 * optimizationguide-pa.googleapis.com while it runs, despite CHROMIUM_ARGS and chrome-launcher's
 * defaults. Offline those lookups fail, or stall where DNS is dropped rather than refused, and
 * either way they are noise in a measurement. So every host name fails at once. The rule
 * applies to addresses too, hence the exception for 127.0.0.1, where the deck is served.
 */
const offline = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1';

/** One run in a fresh Chromium (no cache or storage carried over), always closed afterwards. */
async function runOnce(url: string, chromePath: string): Promise<Result> {
  const chrome = await launch({
    chromePath,
    // chrome-launcher adds its own quiet defaults (no extensions, no translate, ...) to these.
    chromeFlags: [...CHROMIUM_ARGS, '--headless=new', offline],
    logLevel: 'silent',
  });
  try {
    // No config: Lighthouse's default is the mobile preset (Moto G Power screen, simulated
    // slow 4G and 4x CPU slowdown).
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    };
    const result = await lighthouse(url, flags);
    if (result === undefined) throw new Error('Lighthouse returned no result.');
    if (result.lhr.runtimeError !== undefined) {
      throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
    }
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** An object with one entry per key. */
function record<K extends string>(keys: readonly K[], valueOf: (key: K) => number) {
  return Object.fromEntries(keys.map((key) => [key, valueOf(key)])) as Record<K, number>;
}

/** Audits of the four categories scoring below 1, worst first. */
function failedAudits(lhr: Result): FailedAudit[] {
  const ids = new Set(
    categories.flatMap((c) => lhr.categories[c]?.auditRefs.map((ref) => ref.id) ?? []),
  );
  return Object.values(lhr.audits)
    .filter((audit) => ids.has(audit.id) && audit.score !== null && audit.score < 1)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score ?? 0,
      displayValue: audit.displayValue ?? '',
    }))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
}

function summariseRun(lhr: Result): LighthouseRun {
  return {
    scores: record(categories, (c) => {
      const score = lhr.categories[c]?.score;
      return score === null || score === undefined ? Number.NaN : Math.round(score * 100);
    }),
    metrics: record(metrics, (m) => lhr.audits[m]?.numericValue ?? Number.NaN),
    failedAuditIds: failedAudits(lhr).map((audit) => audit.id),
  };
}

/**
 * Runs Lighthouse `runs` times, one after the other, against `url` (which must be reachable
 * from this machine: serve a build with serveDist) and summarises the runs by their medians.
 *
 * @throws when no Chromium is found or a run fails (the page did not load, never painted, ...).
 */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseSummary> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be 1 or more, not ${runs}`);
  const browser = findBrowser();
  if (browser === undefined) throw new Error(missingBrowserMessage('npm run bench'));
  const results: Result[] = [];
  for (let run = 0; run < runs; run++) results.push(await runOnce(url, browser.path));

  const perRun = results.map(summariseRun);
  // The run with the median performance score (the lower middle one for an even count).
  const byPerformance = results
    .map((lhr, index) => ({ lhr, score: perRun[index]?.scores.performance ?? Number.NaN }))
    .sort((a, b) => a.score - b.score);
  const medianRun = byPerformance[Math.floor((byPerformance.length - 1) / 2)]?.lhr;
  if (medianRun === undefined) throw new Error('Lighthouse made no runs.');
  const majorVersion = /Chrome\/(\d+)/.exec(medianRun.environment.hostUserAgent)?.[1] ?? '?';
  return {
    url,
    runs: perRun,
    scores: record(categories, (c) => median(perRun.map((run) => run.scores[c]))),
    metrics: record(metrics, (m) => median(perRun.map((run) => run.metrics[m]))),
    failedAudits: failedAudits(medianRun),
    warnings: [...new Set(results.flatMap((lhr) => lhr.runWarnings.map(String)))],
    lighthouseVersion: medianRun.lighthouseVersion,
    chromium: `${browser.path} (${majorVersion})`,
  };
}

const labels: Record<Category | Metric, string> = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
  'first-contentful-paint': 'first contentful paint',
  'largest-contentful-paint': 'largest contentful paint',
  'total-blocking-time': 'total blocking time',
  'cumulative-layout-shift': 'cumulative layout shift',
  'speed-index': 'speed index',
};

/**
 * The summary as aligned terminal lines: each median with the runs' values beside it, then the
 * audits that did not pass in the median run (and those that failed only in other runs), then
 * Lighthouse's warnings.
 */
export function formatLighthouse(summary: LighthouseSummary): string[] {
  const count = summary.runs.length;
  const show = (key: Category | Metric, value: number): string => {
    if (key === 'cumulative-layout-shift') return value.toFixed(3);
    return key in summary.metrics ? `${Math.round(value)} ms` : String(value);
  };
  const row = (key: Category | Metric, values: number[], value: number): [string, string] => {
    const each = count > 1 ? `   runs: ${values.map((v) => show(key, v)).join(', ')}` : '';
    return [`Lighthouse ${labels[key]} (median of ${count})`, `${show(key, value)}${each}`];
  };
  const { runs, scores, metrics: medians } = summary;
  const rows = [
    ...categories.map((c) =>
      row(
        c,
        runs.map((run) => run.scores[c]),
        scores[c],
      ),
    ),
    ...metrics.map((m) =>
      row(
        m,
        runs.map((run) => run.metrics[m]),
        medians[m],
      ),
    ),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const failed = summary.failedAudits.map(({ id, title, score, displayValue }) => {
    const finding = displayValue === '' ? '' : ` (${displayValue})`;
    return `    ${score.toFixed(2)}  ${id}: ${title}${finding}`;
  });
  const shown = new Set(summary.failedAudits.map((audit) => audit.id));
  const elsewhere = summary.runs.flatMap((run, index) =>
    run.failedAuditIds.filter((id) => !shown.has(id)).map((id) => `${id} (run ${index + 1})`),
  );
  return [
    `Lighthouse ${summary.lighthouseVersion}, mobile preset, ${summary.chromium}: ${summary.url}`,
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    failed.length === 0
      ? '  Every audit passed in the median run.'
      : `  Audits scoring below 1 in the median run (${failed.length}):`,
    ...failed,
    ...(elsewhere.length === 0 ? [] : [`  Below 1 in other runs only: ${elsewhere.join(', ')}`]),
    ...summary.warnings.map((warning) => `  Warning: ${warning}`),
  ];
}
