/**
 * Measures one cold load of the built deck in Chromium: what was requested before the first
 * slide was painted (first contentful paint: the page shows nothing before the slide), when
 * the diagrams were in place, and the main thread's long tasks. Shared by `npm run bench`
 * and the byte-budget test, so both count the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { readFileGroups } from './build-manifest.ts';

export interface LoadedFile {
  /** Path relative to dist/ (`assets/index-abc.js`). */
  readonly file: string;
  readonly kind: 'js' | 'css' | 'other';
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface LoadMeasurement {
  /** First contentful paint: the first slide on screen, in ms from navigation start. */
  readonly firstSlideMs: number;
  /** Files requested before the first slide was painted. */
  readonly beforeFirstSlide: readonly LoadedFile[];
  /** Whether any of those belongs to Mermaid. */
  readonly mermaidBeforeFirstSlide: boolean;
  /** When every diagram was rendered, in ms from navigation start (undefined: never). */
  readonly diagramsReadyMs: number | undefined;
  /** How long rendering the diagrams took, from loading Mermaid to the last one in place. */
  readonly diagramsRenderMs: number | undefined;
  /** Main-thread tasks over 50 ms until the diagrams were ready. */
  readonly longTasks: readonly { startMs: number; durationMs: number }[];
  /** Layout shift after the first slide was painted, until the diagrams were ready (CLS units). */
  readonly layoutShiftAfterFirstSlide: number;
}

interface PageTimings {
  fcp: number | undefined;
  diagrams: number | undefined;
  diagramsStart: number | undefined;
  longTasks: { startMs: number; durationMs: number }[];
  layoutShifts: { startMs: number; value: number }[];
  resources: { name: string; startTime: number }[];
}

const gzipCache = new Map<string, number>();

function fileSizes(distDir: string, file: string): { rawBytes: number; gzipBytes: number } {
  const content = readFileSync(join(distDir, file));
  let gzipBytes = gzipCache.get(file);
  if (gzipBytes === undefined) {
    gzipBytes = gzipSync(content, { level: 9 }).length;
    gzipCache.set(file, gzipBytes);
  }
  return { rawBytes: content.length, gzipBytes };
}

/** Opens `url` in a fresh context (cold cache) and measures the load. */
export async function measureLoad(
  browser: Browser,
  url: string,
  distDir: string,
  { waitForDiagrams = true, timeoutMs = 30_000 } = {},
): Promise<LoadMeasurement> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const longTasks: { startMs: number; durationMs: number }[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
      const layoutShifts: { startMs: number; value: number }[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          layoutShifts.push({ startMs: entry.startTime, value: entry.value });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      Object.assign(window, { __longTasks: longTasks, __layoutShifts: layoutShifts });
    });
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      null,
      {
        timeout: timeoutMs,
      },
    );
    if (waitForDiagrams) {
      await page.waitForFunction(
        () => performance.getEntriesByName('diagrams-rendered').length > 0,
        null,
        {
          timeout: timeoutMs,
        },
      );
    }
    // No helper functions inside evaluate(): tsx names them with a helper the page lacks.
    const timings = await page.evaluate((): PageTimings => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      diagrams: performance.getEntriesByName('diagrams-rendered')[0]?.startTime,
      diagramsStart: performance.getEntriesByName('diagrams-start')[0]?.startTime,
      longTasks: (window as unknown as { __longTasks: PageTimings['longTasks'] }).__longTasks,
      layoutShifts: (window as unknown as { __layoutShifts: PageTimings['layoutShifts'] })
        .__layoutShifts,
      resources: performance
        .getEntriesByType('resource')
        .map((entry) => ({ name: entry.name, startTime: entry.startTime })),
    }));
    const firstSlideMs = timings.fcp ?? Number.NaN;
    const groups = readFileGroups(distDir);
    const base = new URL(url);
    const folder = base.origin + base.pathname;
    // The document itself is not a resource entry; its script and style are, like the rest.
    const beforeFirstSlide = timings.resources
      .filter((resource) => resource.startTime < firstSlideMs && resource.name.startsWith(folder))
      .map((resource): LoadedFile => {
        // Relative to the deck's folder, wherever it is served: `/deck/assets/x.js` is
        // `assets/x.js`, `/deck/favicon.svg` is `favicon.svg`.
        const file = decodeURIComponent(new URL(resource.name).pathname).slice(
          base.pathname.length,
        );
        const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : 'other';
        return { file, kind, ...fileSizes(distDir, file) };
      });
    return {
      firstSlideMs,
      beforeFirstSlide,
      mermaidBeforeFirstSlide: beforeFirstSlide.some((loaded) => groups.mermaid.has(loaded.file)),
      diagramsReadyMs: timings.diagrams,
      diagramsRenderMs:
        timings.diagrams === undefined || timings.diagramsStart === undefined
          ? undefined
          : timings.diagrams - timings.diagramsStart,
      longTasks: timings.longTasks.filter(
        (task) => timings.diagrams === undefined || task.startMs <= timings.diagrams,
      ),
      layoutShiftAfterFirstSlide: timings.layoutShifts
        .filter((shift) => shift.startMs >= firstSlideMs)
        .reduce((sum, shift) => sum + shift.value, 0),
    };
  } finally {
    await context.close();
  }
}

/** Sum of one size over the files of one kind. */
export function totalBytes(
  files: readonly LoadedFile[],
  kind: LoadedFile['kind'],
  size: 'rawBytes' | 'gzipBytes',
): number {
  return files
    .filter((loaded) => loaded.kind === kind)
    .reduce((sum, loaded) => sum + loaded[size], 0);
}
