import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  formatBudgets,
  withinBudgets,
  type BenchFigures,
} from '../../../scripts/lib/budgets.ts';

const within: BenchFigures = {
  lighthouse: {
    performance: 100,
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    totalBlockingTimeMs: 20,
    largestContentfulPaintMs: 1200,
  },
  jsBeforeFirstSlideGzip: 39_000,
  cssGzip: 14_000,
  slowestDiagramMs: 40,
  mermaidRequests: 0,
  firstVisitGzip: 150_000,
  buildSeconds: 21.4,
};

describe('the budgets', () => {
  it('hold for a build within every limit, and the build time is only reported', () => {
    const rows = checkBudgets(within);
    expect(withinBudgets(rows)).toBe(true);
    expect(rows.find((row) => row.label.includes('build'))).toMatchObject({
      shown: '21.4 s',
      ok: undefined,
    });
  });

  it('name every figure over its limit', () => {
    const rows = checkBudgets({
      ...within,
      jsBeforeFirstSlideGzip: 49_200,
      mermaidRequests: 3,
      lighthouse: within.lighthouse && { ...within.lighthouse, performance: 97 },
    });
    expect(withinBudgets(rows)).toBe(false);
    expect(rows.filter((row) => row.ok === false).map((row) => row.label)).toEqual([
      'Lighthouse mobile performance',
      'JS before the first slide works (gzip)',
      'Mermaid requests while showing the diagrams',
    ]);
  });

  it('count no Lighthouse budget as missed when Lighthouse did not run', () => {
    const rows = checkBudgets({ ...within, lighthouse: undefined });
    expect(withinBudgets(rows)).toBe(true);
    expect(rows.filter((row) => row.shown === 'not run')).toHaveLength(6);
  });

  it('show another build beside this one, row by row', () => {
    const lines = formatBudgets(checkBudgets(within), {
      name: '317dd77',
      rows: checkBudgets({ ...within, firstVisitGzip: 470_600 }),
    });
    expect(lines[0]).toMatch(/budget\s+limit\s+this build\s+317dd77/);
    const firstVisit = lines.find((line) => line.startsWith('First visit'));
    expect(firstVisit).toMatch(/150\.0 KB\s+ok\s+470\.6 KB\s+OVER/);
  });
});
