/**
 * Vitest globalSetup for the browser tests. It serves each site the tests need on 127.0.0.1 under
 * a sub-path (`/deck/`, as GitHub Pages would put it under `/repo/`), so the tests see exactly
 * what ships, where it ships, and hands their addresses to the tests (`inject('baseUrl')` …):
 *
 * - `baseUrl`: the talk as `npm run build` makes it, in `dist/` (`npm run test:browser` builds
 *   it first), for the one acceptance pass over the real content;
 * - `fixtureUrl`: the small fixture deck (tests/fixtures/deck/), for the deck's mechanics;
 * - `sharedUrl`: the fixture deck built to be shared (DECK_URL, DECK_PDF) and without notes
 *   (DECK_NOTES=false), for the link preview, the PDF link, the QR code and the notes left out.
 *
 * Each is built once per run, here, rather than by the test files that use them.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist, type ServedDist } from '../../scripts/lib/serve-dist.ts';
import { buildVariant } from './support/build-variant.ts';
import { fixtureContent, sharedDeckUrl } from './support/sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built talk is served, with a trailing slash: `http://127.0.0.1:41234/deck/`. */
    baseUrl: string;
    /** Where the fixture deck is served (default build settings). */
    fixtureUrl: string;
    /** The fixture deck's build folder, beside its notes-free twin. */
    fixtureDir: string;
    /** Where the fixture deck built with DECK_URL, DECK_PDF and DECK_NOTES=false is served. */
    sharedUrl: string;
    /** That build's folder, where the tests put the PDF it promises. */
    sharedDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  const indexHtml = join(root, 'dist', 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(
      `${indexHtml} is missing: the browser tests run against the built site. Run \`npm run build\` first (or \`npm run test:browser\`, which builds).`,
    );
  }
  // Side by side: part of a Vite build is single-threaded (the content check, the offline
  // manifest), so on two cores both take about 12-18 s together against 15-20 s in turn.
  const [fixtureDir, sharedDir] = await Promise.all([
    buildVariant('fixture', { DECK_CONTENT: fixtureContent }),
    buildVariant('shared', {
      DECK_CONTENT: fixtureContent,
      DECK_URL: sharedDeckUrl,
      DECK_PDF: 'true',
      DECK_NOTES: 'false',
    }),
  ]);
  const servers: ServedDist[] = [];
  const serve = async (outDir: string): Promise<string> => {
    const server = await serveDist(root, { outDir: relative(root, outDir), base: '/deck/' });
    servers.push(server);
    return server.url;
  };
  project.provide('baseUrl', await serve(join(root, 'dist')));
  project.provide('fixtureUrl', await serve(fixtureDir));
  project.provide('fixtureDir', fixtureDir);
  project.provide('sharedUrl', await serve(sharedDir));
  project.provide('sharedDir', sharedDir);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
