import { defineConfig } from 'vitest/config';

/**
 * Five projects: `unit` runs in Node against the pure modules (model, render, widgets' state);
 * `room` runs the room server (room/) in Node with real WebSocket clients on 127.0.0.1 and real
 * SQLite files in a temporary folder;
 * `browser` drives Debian's Chromium through playwright-core against the built site in `dist/`
 * (the npm script builds it first, so the tests see exactly what ships) and against the fixture
 * deck's builds, made once by tests/browser/global-setup.ts; `pptx` exports the PowerPoint file
 * and opens it in LibreOffice Impress (it builds the site itself when needed); `engines` runs
 * the checks that differ by engine in Firefox ESR and WebKitGTK against `dist/`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Type tests (`*.test-d.ts`, expectTypeOf) are not run here: `npm run typecheck` (tsc
          // over tests/ too) fails on a broken one, and running them here as well checked every
          // type twice in the same `npm test`.
        },
      },
      {
        test: {
          name: 'room',
          include: ['tests/room/**/*.test.ts'],
          environment: 'node',
          // Each file starts its own servers on free ports with their own database files, so
          // files may run side by side; the waits inside are for messages, never for time.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // A page under two busy cores can take seconds to reach a state; expect.poll's default
          // second is for unit tests. A state that never comes still fails, after ten.
          expect: { poll: { timeout: 10_000 } },
          // Two files at a time: a browser test spends much of its time waiting on the page, so
          // two Chromiums share the two cores well. Every file reads the sites the global setup
          // built; the one that edits content edits a copy of its own (hot-reload.test.ts).
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        test: {
          // Firefox and WebKit, on the checks that differ by engine (tests/engines/).
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/engines/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // Once more after a failure: WebKitGTK's page process sometimes crashes under load
          // (tests/engines/engines.test.ts replaces the crashed window before the retry).
          retry: 1,
        },
      },
      {
        test: {
          name: 'pptx',
          include: ['tests/pptx/**/*.test.ts'],
          environment: 'node',
          // Two exports, Chromium for the diagrams and three LibreOffice conversions, once.
          hookTimeout: 300_000,
          testTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
