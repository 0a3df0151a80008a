/**
 * Serves the built site in dist/ on 127.0.0.1 at a free port, for the scripts that drive a
 * browser against it (benchmark, exports).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { preview, type PreviewServer } from 'vite';

export interface ServedDist {
  /** With a trailing slash: `http://127.0.0.1:41234/` or, under a sub-path, `…/deck/`. */
  readonly url: string;
  readonly close: () => Promise<void>;
}

export interface ServeOptions {
  /** The folder to serve (default dist). */
  readonly outDir?: string;
  /** The path to serve it under, like a host that puts the deck at `/deck/` (default `/`). */
  readonly base?: string;
  /**
   * Told of every answer the server sends: the request's path and the status (a 304 carries no
   * body). What the network carried, for the benchmark's first visit (first-visit.ts).
   */
  readonly onServed?: (answer: { readonly path: string; readonly status: number }) => void;
}

export async function serveDist(
  root: string,
  { outDir = 'dist', base = '/', onServed }: ServeOptions = {},
): Promise<ServedDist> {
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    base,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  if (onServed !== undefined) {
    server.httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
      // Vite's middlewares rewrite request.url as they go (`/deck/` becomes `/index.html`);
      // connect keeps the address asked for as originalUrl.
      const asked = (request as IncomingMessage & { originalUrl?: string }).originalUrl;
      const path = new URL(asked ?? request.url ?? '/', 'http://host').pathname;
      response.on('finish', () => {
        onServed({ path, status: response.statusCode });
      });
    });
  }
  const address = server.httpServer.address() as AddressInfo | null;
  if (address === null) {
    await server.close();
    throw new Error('The preview server started but is not listening.');
  }
  return { url: `http://127.0.0.1:${address.port}${base}`, close: () => server.close() };
}
