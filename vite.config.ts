import { defineConfig } from 'vite';
import { readBuildSettings } from './scripts/vite/build-settings.ts';
import { deckBuildPlugin } from './scripts/vite/deck-build-plugin.ts';
import { deckContentPlugin } from './scripts/vite/deck-content-plugin.ts';
import { deckPagePlugin } from './scripts/vite/deck-page-plugin.ts';
import { fontSubsetPlugin } from './scripts/vite/font-subset-plugin.ts';
import { offlinePlugin } from './scripts/vite/offline-plugin.ts';
import { revealCssPlugin } from './scripts/vite/reveal-css-plugin.ts';

const settings = readBuildSettings();
const content = deckContentPlugin(settings);

export default defineConfig({
  // Relative asset URLs, so dist/ works from any path on any static host.
  base: './',
  plugins: [
    content,
    deckPagePlugin(settings, content),
    deckBuildPlugin(settings),
    revealCssPlugin(),
    fontSubsetPlugin(),
    offlinePlugin(),
  ],
  build: {
    target: 'es2022',
    // Inter's woff2 files stay separate files the browser caches, never base64 in the CSS.
    assetsInlineLimit: 0,
    // Every browser the deck supports preloads modules itself (Chromium, Firefox 115 and
    // Safari 17); where one does not, the modules still load, only without the head start.
    // The polyfill would be on the first slide's path in every browser.
    modulePreload: { polyfill: false },
    // Lets the benchmark and the byte-budget test tell the first slide's files from lazy ones.
    manifest: true,
    // Mermaid's lazy chunks (loaded after the first slide, some never: unused diagram types)
    // are large by nature; the budget that matters is the first slide's, tested separately.
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
