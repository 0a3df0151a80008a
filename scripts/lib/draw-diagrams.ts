/**
 * Draws the deck's diagrams once, at build time, in headless Chromium: Mermaid needs a real
 * browser to lay a diagram out (it measures every label in the served Inter), which happy-dom
 * cannot do. The page is src/diagrams/drawing-page.ts, bundled here in memory with the deck's
 * styles and fonts and served to the browser from that bundle, so nothing is fetched from
 * anywhere and nothing of it reaches dist/ (ARCHITECTURE.md, Diagrams are drawn at build time).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import type { Locale } from '../../src/model/authored.ts';
import type { ResolvedDeck } from '../../src/model/resolved.ts';
import { diagramsOf } from '../../src/diagrams/place-drawings.ts';
import { launchBrowser } from './find-browser.ts';

/** Every diagram's SVG markup by language and diagram id, steps marked, ready to place. */
export type DrawnDiagrams = Readonly<Record<Locale, Readonly<Record<string, string>>>>;

/** An address the page is served under; requests to it never leave the browser (page.route). */
const pageOrigin = 'http://localhost:9';

type BundleFiles = ReadonlyMap<
  string,
  { readonly body: string | Uint8Array; readonly type: string }
>;

const contentTypes: Readonly<Record<string, string>> = {
  js: 'text/javascript',
  css: 'text/css',
  woff2: 'font/woff2',
  html: 'text/html',
};

/** Bundles the drawing page (Mermaid, the deck's CSS, Inter) into memory. */
async function bundleDrawingPage(root: string): Promise<BundleFiles> {
  const output = await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      assetsInlineLimit: 0,
      modulePreload: false,
      rolldownOptions: { input: join(root, 'src/diagrams/drawing-page.ts') },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const files = new Map<string, { body: string | Uint8Array; type: string }>();
  let entry = '';
  for (const item of outputs.flatMap((result) => result.output)) {
    const type = contentTypes[item.fileName.split('.').pop() ?? ''] ?? 'application/octet-stream';
    if (item.type === 'chunk') {
      files.set(item.fileName, { body: item.code, type });
      if (item.isEntry) entry = item.fileName;
    } else {
      files.set(item.fileName, { body: item.source, type });
    }
  }
  const styles = [...files.keys()].filter((name) => name.endsWith('.css'));
  const page = [
    '<!doctype html><html><head><meta charset="utf-8">',
    ...styles.map((name) => `<link rel="stylesheet" href="./${name}">`),
    `<script type="module" src="./${entry}"></script>`,
    '</head><body></body></html>',
  ].join('\n');
  files.set('index.html', { body: page, type: contentTypes['html'] ?? 'text/html' });
  return files;
}

async function openDrawingPage(browser: Browser, files: BundleFiles): Promise<Page> {
  const page = await browser.newPage();
  await page.route(`${pageOrigin}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
    const file = files.get(path);
    return file === undefined
      ? route.fulfill({ status: 404, body: `not in the drawing page's bundle: ${path}` })
      : route.fulfill({
          status: 200,
          contentType: file.type,
          body: typeof file.body === 'string' ? file.body : Buffer.from(file.body),
        });
  });
  await page.goto(`${pageOrigin}/index.html`);
  await page.waitForFunction(() => window.drawDeckDiagram !== undefined);
  return page;
}

/**
 * Draws every diagram of `deck` in each of `locales`.
 *
 * @throws when no Chromium is found (the message says how to get one, as for `npm run pdf`),
 *   or naming the slide and diagram file whose drawing failed.
 */
export async function drawDeckDiagrams(
  root: string,
  deck: ResolvedDeck,
  locales: readonly Locale[],
): Promise<DrawnDiagrams> {
  const placed = diagramsOf(deck);
  const drawn = Object.fromEntries(locales.map((locale) => [locale, {}])) as Record<
    Locale,
    Record<string, string>
  >;
  if (placed.length === 0) return drawn;
  const [files, browser] = await Promise.all([
    bundleDrawingPage(root),
    launchBrowser('npm run build'),
  ]);
  try {
    const page = await openDrawingPage(browser, files);
    for (const locale of locales) {
      for (const { slideId, diagram } of placed) {
        if (drawn[locale][diagram.id] !== undefined) continue;
        try {
          drawn[locale][diagram.id] = await page.evaluate(
            async ([d, l]) => {
              const draw = window.drawDeckDiagram;
              if (draw === undefined) throw new Error('the drawing page did not start');
              return draw(d, l);
            },
            [diagram, locale] as const,
          );
        } catch (error) {
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          throw new Error(
            `Could not draw the diagram slides/diagrams/${diagram.id}.ts (${locale}) of slide "${slideId}": ${reason}`,
            { cause: error },
          );
        }
      }
    }
  } finally {
    await browser.close();
  }
  return drawn;
}
