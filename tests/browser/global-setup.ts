/**
 * Vitest globalSetup for the browser tests: serves the built site in `dist/` on 127.0.0.1, so the
 * tests see exactly what ships, and hands its address to the tests as `inject('baseUrl')`.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built deck is served, with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;
  const outDir = 'dist';
  const indexHtml = join(root, outDir, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(
      `${indexHtml} is missing: the browser tests run against the built site. Run \`npm run build\` first (or \`npm run test:browser\`, which builds).`,
    );
  }

  const server = await preview({
    root,
    // Only serve the files; the project's own Vite config (plugins, base) shaped the build already.
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    // Port 0 lets the OS pick a free port, so parallel runs and a running `npm run preview` never
    // collide; strictPort stops Vite from wandering off to another one.
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });

  const address = server.httpServer.address() as AddressInfo | null;
  if (address === null) {
    await server.close();
    throw new Error('Vite preview server started but is not listening.');
  }
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);

  return () => server.close();
}
