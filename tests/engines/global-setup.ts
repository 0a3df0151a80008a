/**
 * Vitest globalSetup for the engine tests: serves the built site in `dist/` under `/deck/`, as
 * the Chromium tests do (tests/browser/global-setup.ts), so Firefox and WebKit see what ships.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/lib/serve-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built deck is served, with a trailing slash. */
    enginesBaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm run test:browser builds it).');
  }
  const server = await serveDist(root, { base: '/deck/' });
  project.provide('enginesBaseUrl', server.url);
  return server.close;
}
