/**
 * Offline after the first visit: vite-plugin-pwa builds the deck's service worker
 * (src/service-worker/sw.ts) with the list of files to keep, and writes the web
 * manifest. `registerType: 'prompt'`: a new version waits until the reader chooses to reload
 * (src/deck/offline.ts), so a page never runs a mix of old and new files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';
import { readFileGroups } from '../lib/build-manifest.ts';
import { fullInterFile } from './font-subset-plugin.ts';
import { deckMeta as deck } from '../../slides/meta.ts';
import { sourceLocale } from '../../src/model/authored.ts';
import { pageFileName } from '../../src/service-worker/worker-contract.ts';
import { textIn } from '../../src/model/texts.ts';
import { palette } from '../../src/theme/palette.ts';

/** Subresource integrity of a built file: the service worker checks a copy's bytes with it. */
function integrityOf(file: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
}

export function offlinePlugin(): PluginOption {
  let outDir = 'dist';
  let failed = false;
  const findOutDir: PluginOption = {
    name: 'deck-offline-out-dir',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildEnd(error) {
      // A failed build (content problems) writes no manifest: the offline copy must not then
      // fail on its own and hide the build's real error behind a missing file.
      failed = error !== undefined;
    },
  };
  return [
    findOutDir,
    VitePWA({
      registerType: 'prompt',
      // Registered by src/deck/offline.ts once the first slide is up, not by an inline script
      // (the Content Security Policy allows only the page's one, by its hash).
      injectRegister: false,
      manifest: {
        name: textIn(deck.title, sourceLocale),
        short_name: 'Twee bewegingen',
        description: textIn(deck.description, sourceLocale),
        lang: sourceLocale,
        start_url: './',
        scope: './',
        display: 'fullscreen',
        orientation: 'landscape',
        background_color: palette.night,
        theme_color: palette.night,
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      // Built to sw.js, the name browsers that have visited already have registered.
      filename: 'sw.ts',
      injectManifest: {
        rollupFormat: 'iife',
        // No PNG: the link-preview images are for the sites that show a link, not for readers.
        globPatterns: ['**/*.{js,css,html,woff2,svg,webmanifest}'],
        // Keep what the deck loads (build-manifest.ts): its own modules, however lazy.
        manifestTransforms: [
          (entries) => {
            if (failed) return Promise.resolve({ manifest: [], warnings: [] });
            const { used, roomOnly, inlinedCss, inPage } = readFileGroups(outDir);
            return Promise.resolve({
              manifest: entries
                .filter(
                  (entry) =>
                    (!entry.url.endsWith('.js') || used.has(entry.url)) &&
                    !roomOnly.has(entry.url) &&
                    !inlinedCss.has(entry.url) &&
                    !inPage.has(entry.url) &&
                    // The page sets the deck in its own cut of Inter (font-subset-plugin.ts)
                    // and fetches a full file only for a letter the deck never shows.
                    !fullInterFile.test(entry.url),
                )
                // The worker takes the page from the HTTP cache when its bytes are these
                // (src/service-worker/page-copy.ts).
                .map((entry) =>
                  entry.url === pageFileName
                    ? { ...entry, integrity: integrityOf(join(outDir, pageFileName)) }
                    : entry,
                ),
              warnings: [],
            });
          },
        ],
      },
    }),
  ];
}
