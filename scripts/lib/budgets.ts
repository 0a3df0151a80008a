/**
 * The built site's budgets (the limits `npm run bench` checks and shows), and how a set of
 * measured figures fares against them. Pure: the benchmark measures, this judges and formats.
 */
import { kb } from './stats.ts';

/** What the benchmark measured of one build; medians where runs repeat. */
export interface BenchFigures {
  /** Lighthouse, mobile preset: scores 0–100 and metrics in ms (undefined: not run). */
  readonly lighthouse:
    | {
        readonly performance: number;
        readonly accessibility: number;
        readonly bestPractices: number;
        readonly seo: number;
        readonly totalBlockingTimeMs: number;
        readonly largestContentfulPaintMs: number;
      }
    | undefined;
  /** Gzip bytes of JavaScript requested before the first slide worked. */
  readonly jsBeforeFirstSlideGzip: number;
  /** Gzip bytes of CSS before the first paint (the page's own and its stylesheets). */
  readonly cssGzip: number;
  /** The slowest diagram's median time from its slide shown to the drawing on screen. */
  readonly slowestDiagramMs: number;
  /** Requests of Mermaid's files while the diagrams were shown. */
  readonly mermaidRequests: number;
  /** A first visit with the offline copy (service worker precache), gzip bytes. */
  readonly firstVisitGzip: number;
  /** `npm run build`'s wall time in seconds (undefined: not built here). */
  readonly buildSeconds: number | undefined;
}

export interface BudgetRow {
  readonly label: string;
  /** The limit as written (`≤ 40.0 KB`); empty for a figure that is only reported. */
  readonly limit: string;
  /** The measured value as shown. */
  readonly shown: string;
  /** Within the limit; undefined when there is no limit or nothing was measured. */
  readonly ok: boolean | undefined;
}

/** The limits, as the issue of the first paint set them (ARCHITECTURE.md, Budgets). */
export const budgets = {
  lighthouseScore: 100,
  totalBlockingTimeMs: 50,
  largestContentfulPaintMs: 1500,
  jsBeforeFirstSlideGzip: 40_000,
  cssGzip: 15_000,
  diagramVisibleMs: 100,
  firstVisitGzip: 160_000,
} as const;

const atLeast = (value: number, limit: number): boolean | undefined =>
  Number.isNaN(value) ? undefined : value >= limit;
const atMost = (value: number, limit: number): boolean | undefined =>
  Number.isNaN(value) ? undefined : value <= limit;
const ms = (value: number): string => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);

/** Every budget with its limit, the measured value and whether it holds. */
export function checkBudgets(figures: BenchFigures): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const lighthouse = figures.lighthouse;
  const score = (label: string, value: number | undefined): BudgetRow => ({
    label: `Lighthouse mobile ${label}`,
    limit: `= ${budgets.lighthouseScore}`,
    shown: value === undefined ? 'not run' : String(value),
    ok: value === undefined ? undefined : atLeast(value, budgets.lighthouseScore),
  });
  rows.push(
    score('performance', lighthouse?.performance),
    score('accessibility', lighthouse?.accessibility),
    score('best practices', lighthouse?.bestPractices),
    score('SEO', lighthouse?.seo),
    {
      label: 'Lighthouse total blocking time',
      limit: `≤ ${budgets.totalBlockingTimeMs} ms`,
      shown: lighthouse === undefined ? 'not run' : ms(lighthouse.totalBlockingTimeMs),
      ok:
        lighthouse === undefined
          ? undefined
          : atMost(lighthouse.totalBlockingTimeMs, budgets.totalBlockingTimeMs),
    },
    {
      label: 'Lighthouse largest contentful paint',
      limit: `≤ ${budgets.largestContentfulPaintMs} ms`,
      shown: lighthouse === undefined ? 'not run' : ms(lighthouse.largestContentfulPaintMs),
      ok:
        lighthouse === undefined
          ? undefined
          : atMost(lighthouse.largestContentfulPaintMs, budgets.largestContentfulPaintMs),
    },
    {
      label: 'JS before the first slide works (gzip)',
      limit: `≤ ${kb(budgets.jsBeforeFirstSlideGzip)}`,
      shown: kb(figures.jsBeforeFirstSlideGzip),
      ok: atMost(figures.jsBeforeFirstSlideGzip, budgets.jsBeforeFirstSlideGzip),
    },
    {
      label: 'CSS before the first paint (gzip)',
      limit: `≤ ${kb(budgets.cssGzip)}`,
      shown: kb(figures.cssGzip),
      ok: atMost(figures.cssGzip, budgets.cssGzip),
    },
    {
      label: 'Slowest diagram on screen after its slide',
      limit: `≤ ${budgets.diagramVisibleMs} ms`,
      shown: ms(figures.slowestDiagramMs),
      ok: atMost(figures.slowestDiagramMs, budgets.diagramVisibleMs),
    },
    {
      label: 'Mermaid requests while showing the diagrams',
      limit: '= 0',
      shown: String(figures.mermaidRequests),
      ok: figures.mermaidRequests === 0,
    },
    {
      label: 'First visit with the offline copy (gzip)',
      limit: `≤ ${kb(budgets.firstVisitGzip)}`,
      shown: kb(figures.firstVisitGzip),
      ok: atMost(figures.firstVisitGzip, budgets.firstVisitGzip),
    },
    {
      label: '`npm run build` wall time',
      limit: '',
      shown:
        figures.buildSeconds === undefined ? 'not built' : `${figures.buildSeconds.toFixed(1)} s`,
      ok: undefined,
    },
  );
  return rows;
}

const verdict = (ok: boolean | undefined): string => (ok === undefined ? '' : ok ? 'ok' : 'OVER');

/**
 * The budgets as aligned lines: label, limit, this build's value and verdict, and when given,
 * another build's (`--against`) beside it.
 */
export function formatBudgets(
  rows: readonly BudgetRow[],
  against?: { readonly name: string; readonly rows: readonly BudgetRow[] },
): string[] {
  const header = ['budget', 'limit', 'this build', ''];
  if (against !== undefined) header.push(against.name, '');
  const table = [
    header,
    ...rows.map((row, index) => {
      const cells = [row.label, row.limit, row.shown, verdict(row.ok)];
      const other = against?.rows[index];
      if (other !== undefined) cells.push(other.shown, verdict(other.ok));
      return cells;
    }),
  ];
  const widths = header.map((_, column) =>
    Math.max(...table.map((cells) => (cells[column] ?? '').length)),
  );
  return table.map((cells) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

/** Whether every budget with a limit holds (unmeasured ones do not count against it). */
export function withinBudgets(rows: readonly BudgetRow[]): boolean {
  return rows.every((row) => row.ok !== false);
}
