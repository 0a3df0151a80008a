/**
 * Measures one cold load of a built deck in Chromium at laptop size: when it first painted
 * (first contentful paint), when the first slide worked (reveal.js ready), which files were
 * requested before each, the main thread's long tasks and the layout shift after the first
 * paint. Shared by `npm run bench` and the byte-budget test, so both count the same way. It
 * reads only the page and dist/, so it measures an older build as well (bench --against).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { firstSlideMark } from '../../src/deck/first-slide-mark.ts';

export interface LoadedFile {
  /** Path relative to dist/ (`assets/index-abc.js`). */
  readonly file: string;
  readonly kind: 'js' | 'css' | 'other';
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface LoadMeasurement {
  /** First contentful paint, in ms from navigation start. */
  readonly firstPaintMs: number;
  /** When the first slide worked (reveal.js ready), in ms from navigation start. */
  readonly firstSlideMs: number;
  /** Files requested before the first paint. */
  readonly beforeFirstPaint: readonly LoadedFile[];
  /** Files requested before the first slide worked: what it costs to present. */
  readonly beforeFirstSlide: readonly LoadedFile[];
  /** The CSS written into index.html itself (<style> outside any SVG), raw and gzip. */
  readonly inlineCss: { readonly rawBytes: number; readonly gzipBytes: number };
  /** Main-thread tasks over 50 ms until the first slide worked, and a second after. */
  readonly longTasks: readonly { startMs: number; durationMs: number }[];
  /** Layout shift after the first paint (CLS units), until a second after the slide worked. */
  readonly layoutShiftAfterFirstPaint: number;
}

interface PageTimings {
  fcp: number | undefined;
  ready: number;
  mark: number | undefined;
  longTasks: { startMs: number; durationMs: number }[];
  layoutShifts: { startMs: number; value: number }[];
  resources: { name: string; startTime: number }[];
}

const gzipCache = new Map<string, number>();

function gzipBytes(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

function fileSizes(distDir: string, file: string): { rawBytes: number; gzipBytes: number } {
  const path = join(distDir, file);
  const content = readFileSync(path);
  let gzip = gzipCache.get(path);
  if (gzip === undefined) {
    gzip = gzipBytes(content);
    gzipCache.set(path, gzip);
  }
  return { rawBytes: content.length, gzipBytes: gzip };
}

/** The page's own <style> elements, not those inside an SVG (Mermaid's per diagram). */
export function inlineCssOf(html: string): { rawBytes: number; gzipBytes: number } {
  const withoutSvgs = html.replace(/<svg[\s\S]*?<\/svg>/g, '');
  const css = [...withoutSvgs.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map((match) => match[1] ?? '')
    .join('');
  return { rawBytes: Buffer.byteLength(css), gzipBytes: css === '' ? 0 : gzipBytes(css) };
}

/** Opens `url` in a fresh context (cold cache) at 1280x720 and measures the load. */
export async function measureLoad(
  browser: Browser,
  url: string,
  distDir: string,
  { timeoutMs = 30_000 } = {},
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
    // The moment reveal.js is ready, looked at every frame; the slide show's own mark, where it
    // sets one, says it exactly (older builds set none). As source text: tsx wraps a named
    // function in a helper the page lacks.
    await page.addInitScript({
      content: `(function watch() {
        if (window.Reveal && window.Reveal.isReady()) window.__readyAt = performance.now();
        else requestAnimationFrame(watch);
      })();`,
    });
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __readyAt?: number }).__readyAt !== undefined,
      null,
      { timeout: timeoutMs },
    );
    // A second more: what the deck does right after it starts belongs to its start.
    await page.waitForTimeout(1000);
    // No helper functions inside evaluate(): tsx names them with a helper the page lacks.
    const timings = await page.evaluate(
      (firstSlideMarkName): PageTimings => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        ready: (window as unknown as { __readyAt: number }).__readyAt,
        longTasks: (window as unknown as { __longTasks: PageTimings['longTasks'] }).__longTasks,
        layoutShifts: (window as unknown as { __layoutShifts: PageTimings['layoutShifts'] })
          .__layoutShifts,
        mark: performance.getEntriesByName(firstSlideMarkName, 'mark')[0]?.startTime,
        resources: performance
          .getEntriesByType('resource')
          .map((entry) => ({ name: entry.name, startTime: entry.startTime })),
      }),
      firstSlideMark,
    );
    const firstPaintMs = timings.fcp ?? Number.NaN;
    const base = new URL(url);
    const folder = base.origin + base.pathname;
    // The document itself is not a resource entry; its script and style are, like the rest.
    const filesBefore = (ms: number): LoadedFile[] =>
      timings.resources
        .filter((resource) => resource.startTime < ms && resource.name.startsWith(folder))
        .map((resource): LoadedFile => {
          // Relative to the deck's folder, wherever it is served: `/deck/assets/x.js` is
          // `assets/x.js`, `/deck/favicon.svg` is `favicon.svg`.
          const file = decodeURIComponent(new URL(resource.name).pathname).slice(
            base.pathname.length,
          );
          const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : 'other';
          return { file, kind, ...fileSizes(distDir, file) };
        });
    const ready = timings.mark ?? timings.ready;
    const until = ready + 1000;
    return {
      firstPaintMs,
      firstSlideMs: ready,
      beforeFirstPaint: filesBefore(firstPaintMs),
      beforeFirstSlide: filesBefore(ready),
      inlineCss: inlineCssOf(readFileSync(join(distDir, 'index.html'), 'utf8')),
      longTasks: timings.longTasks.filter((task) => task.startMs <= until),
      layoutShiftAfterFirstPaint: timings.layoutShifts
        .filter((shift) => shift.startMs >= firstPaintMs && shift.startMs <= until)
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

/** The CSS the first paint waited for: the page's own <style> and the stylesheets before it. */
export function cssBeforeFirstPaint(
  measurement: LoadMeasurement,
  size: 'rawBytes' | 'gzipBytes',
): number {
  return measurement.inlineCss[size] + totalBytes(measurement.beforeFirstPaint, 'css', size);
}
