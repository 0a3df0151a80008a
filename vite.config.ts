import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any path on any static host.
  base: './',
  build: {
    target: 'es2022',
    // Inter's woff2 files stay separate files the browser caches, never base64 in the CSS.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
