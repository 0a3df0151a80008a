/**
 * Vitest globalSetup for the browser tests: serves the built site in `dist/` on 127.0.0.1 under
 * a sub-path (`/deck/`, as GitHub Pages would put it under `/repo/`), so the tests see exactly
 * what ships, where it ships, and hands its address to the tests as `inject('baseUrl')`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/lib/serve-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built deck is served, with a trailing slash: `http://127.0.0.1:41234/deck/`. */
    baseUrl: string;
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
  const server = await serveDist(root, { base: '/deck/' });
  project.provide('baseUrl', server.url);
  return server.close;
}
