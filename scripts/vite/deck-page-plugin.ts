/**
 * The built page paints before its JavaScript runs (ARCHITECTURE.md, The page before its
 * script):
 *
 * - the build draws every diagram once, in every language, in headless Chromium
 *   (scripts/lib/draw-diagrams.ts), and ships them as `virtual:deck-diagrams`: a small module
 *   per language, loaded only when the browser renders slides itself (another language);
 * - `index.html` gets the slides of the default language, rendered by the same pure renderers
 *   as the browser's (src/render), with their notes and the drawn diagrams, as the reader view
 *   shows them: what a phone and a page without JavaScript show, and, on a larger screen, the
 *   first slide where reveal.js will put it (src/theme/static-page.css);
 * - the page's CSS is inlined (one request less before the first paint) and the Inter files
 *   the first slide uses are preloaded.
 *
 * The dev server keeps rendering in the browser, with Mermaid, so a saved slide or diagram
 * shows at once.
 */
import type { IndexHtmlTransformContext, Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputAsset = Rolldown.OutputAsset;
import { sourceLocale } from '../../src/model/authored.ts';
import type { CheckedDeck } from '../../src/model/check-deck.ts';
import { locales } from '../../src/model/locales.ts';
import { applyCut, buildCut, defaultCutId } from '../../src/model/cut.ts';
import { renderDeck } from '../../src/render/render-slide.ts';
import { drawDeckDiagrams, type DrawnDiagrams } from '../lib/draw-diagrams.ts';
import type { BuildSettings } from './build-settings.ts';
import { shareLinkOf } from './deck-build-plugin.ts';
import type { DeckContentPlugin } from './deck-content-plugin.ts';

const diagramsId = 'virtual:deck-diagrams';
const resolvedDiagramsId = `\0${diagramsId}`;
const localeModule = /^virtual:deck-diagrams\/([a-z]+)$/;

/** The Inter weights the first slide sets text in, preloaded with the page. */
const firstSlideWeights = ['400', '600', '700'] as const;

/** The page's markup the prerender fills in: index.html must have exactly these. */
const template = {
  html: '<html lang="nl">',
  reveal: '<div class="reveal" id="deck">',
  slides: '<div class="slides" id="deck-slides" aria-live="off"></div>',
} as const;

/** Replaces `search` in `html`, or fails the build naming what index.html lacks. */
function replaceOnce(html: string, search: string, replacement: string): string {
  if (!html.includes(search)) {
    throw new Error(`index.html lacks ${search}, which the build fills with the slides.`);
  }
  return html.replace(search, () => replacement);
}

/** The slides of the default language, as the reader view shows them, into the page. */
export function prerenderPage(html: string, slides: string, locale: string): string {
  let page = replaceOnce(
    html,
    template.html,
    `<html lang="${locale}" class="deck-static reader-view">`,
  );
  page = replaceOnce(page, template.reveal, '<div class="reveal reader" id="deck">');
  return replaceOnce(
    page,
    template.slides,
    `<div class="reader-slides" id="deck-slides" aria-live="off" data-prerendered="${locale}">${slides}</div>`,
  );
}

/**
 * The entry's stylesheet into the page, as a <style> element: the first paint then needs the
 * HTML alone. Its font URLs are relative to the stylesheet (assets/), so they get the folder.
 */
function inlineStylesheet(html: string, bundle: OutputBundle): string {
  const link = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/.exec(html);
  if (link === null) return html;
  const [tag, file] = link as unknown as [string, string];
  const asset = bundle[file] as OutputAsset | undefined;
  if (asset === undefined) return html;
  const css = String(asset.source).replace(/url\(\.\/([^)]+)\)/g, 'url(./assets/$1)');
  // The lazy chunks (the board, the presenting parts) list this file among those they preload
  // (Vite adds a chunk's CSS whatever build.modulePreload says); its loader skips a file the
  // page already links as a stylesheet. A disabled link is that mark, and is neither fetched
  // nor applied. The file stays in dist/ for an engine that fetches it all the same.
  return html.replace(
    tag,
    () => `<style>${css}</style>\n<link rel="stylesheet" href="./${file}" disabled>`,
  );
}

/** Preload links for the Inter files the first slide uses. */
function fontPreloads(bundle: OutputBundle): string {
  return Object.keys(bundle)
    .filter(
      (file) =>
        file.endsWith('.woff2') &&
        firstSlideWeights.some((weight) => file.includes(`inter-latin-${weight}-normal`)),
    )
    .sort()
    .map((file) => `<link rel="preload" href="./${file}" as="font" type="font/woff2" crossorigin>`)
    .join('\n');
}

export function deckPagePlugin(settings: BuildSettings, content: DeckContentPlugin): Plugin {
  let root = process.cwd();
  let building = false;
  let drawing: Promise<{ checked: CheckedDeck; drawn: DrawnDiagrams } | undefined> | undefined;
  const drawn = (): Promise<{ checked: CheckedDeck; drawn: DrawnDiagrams } | undefined> => {
    drawing ??= content
      .checkedDeck()
      .then(async (check) =>
        check.ok
          ? { checked: check, drawn: await drawDeckDiagrams(root, check.deck, locales) }
          : undefined,
      );
    return drawing;
  };

  return {
    name: 'deck-page',
    config(_, { command }) {
      // The browser code's switch between the drawings and Mermaid (schedule-diagrams.ts).
      return {
        define: { 'import.meta.env.DECK_DRAWN_AT_BUILD': JSON.stringify(command === 'build') },
      };
    },
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    buildStart() {
      // Drawing needs the checked deck and a browser: started now, beside the bundling.
      if (building) void drawn().catch(() => undefined);
    },
    resolveId(id) {
      if (id === diagramsId) return resolvedDiagramsId;
      return localeModule.test(id) ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === resolvedDiagramsId) {
        if (!building) return 'export const drawnDiagrams = {};\n';
        const loaders = locales.map(
          (locale) => `  ${locale}: () => import(${JSON.stringify(`${diagramsId}/${locale}`)}),`,
        );
        return `export const drawnDiagrams = {\n${loaders.join('\n')}\n};\n`;
      }
      const locale = localeModule.exec(id.slice(1))?.[1];
      if (!id.startsWith('\0') || locale === undefined) return undefined;
      const result = await drawn();
      const drawings = result?.drawn[locale as keyof DrawnDiagrams] ?? {};
      return `export default ${JSON.stringify(drawings)};\n`;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html: string, context: IndexHtmlTransformContext) {
        if (!building || context.bundle === undefined) return html;
        const result = await drawn();
        if (result === undefined) return html;
        const { checked } = result;
        // The slides of the cut the build opens in (DECK_CUT): the page shows what the deck
        // starts on, and src/main.ts takes this markup over only for that cut.
        const chosen = buildCut(checked.deck.cuts, settings.cut);
        const deck = applyCut(checked.deck, 'cut' in chosen ? chosen.cut : defaultCutId);
        const slides = renderDeck(deck, sourceLocale, {
          share: await shareLinkOf(settings),
          notes: settings.notes ? checked.notes : undefined,
          drawings: result.drawn[sourceLocale],
        });
        const page = prerenderPage(html, slides, sourceLocale);
        return inlineStylesheet(page, context.bundle).replace(
          '</head>',
          () => `${fontPreloads(context.bundle ?? {})}\n</head>`,
        );
      },
    },
  };
}
