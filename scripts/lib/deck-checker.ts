/**
 * Runs the one deck check (src/model/check-deck.ts) in Node: in a worker thread that keeps
 * Mermaid loaded between checks, so the dev server re-checks a saved slide in tens of
 * milliseconds, and so Mermaid's DOM stand-in (happy-dom) never leaks into the process that
 * asks. Used by `npm run check:content`, the Vite plugin (build, dev panel, hot reload) and the
 * scripts and tests that need the deck.
 */
import { relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DeckCheck } from '../../src/model/check-deck.ts';
import type { CheckReply, CheckRequest } from './deck-check-messages.ts';

export interface DeckChecker {
  /** Loads `contentModule` afresh and checks it. */
  check(contentModule: string): Promise<DeckCheck>;
  /** Stops the worker; the checker cannot be used after. */
  close(): Promise<void>;
}

/**
 * Starts the worker. It registers tsx itself, since a worker of a plain Node process (Vite's)
 * cannot load TypeScript, and a data: URL entry is the one form Node 20 starts as ES module.
 */
export function startDeckChecker(root = process.cwd()): DeckChecker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const workerModule = new URL('./deck-check-worker.ts', import.meta.url).href;
  const entry =
    `import { register } from ${JSON.stringify(tsxApi)};\n` +
    `register();\n` +
    `await import(${JSON.stringify(workerModule)});\n`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(entry)}`));
  // The worker must not keep a script alive once its last check is answered.
  worker.unref();
  const pending = new Map<number, (result: DeckCheck) => void>();
  let failure: Error | undefined;
  let nextId = 1;
  worker.on('message', (reply: CheckReply) => {
    pending.get(reply.id)?.(reply.result);
    pending.delete(reply.id);
  });
  worker.on('error', (error) => {
    failure = error;
    const result: DeckCheck = {
      ok: false,
      errors: [
        {
          file: 'scripts/lib/deck-check-worker.ts',
          slide: '(checker)',
          field: '(worker)',
          message: `the content checker stopped: ${error.message}`,
        },
      ],
    };
    for (const resolve of pending.values()) resolve(result);
    pending.clear();
  });
  return {
    check(contentModule) {
      if (failure !== undefined) return Promise.reject(failure);
      const id = nextId++;
      const request: CheckRequest = {
        id,
        contentModule,
        displayName: relative(root, contentModule).replaceAll('\\', '/'),
      };
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.ref();
        worker.postMessage(request);
      }).finally(() => {
        if (pending.size === 0) worker.unref();
      }) as Promise<DeckCheck>;
    },
    async close() {
      await worker.terminate();
    },
  };
}
