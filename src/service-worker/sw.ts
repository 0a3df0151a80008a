/**
 * The deck's service worker, built by vite-plugin-pwa from this file with the build's list of
 * files (`self.__WB_MANIFEST`, written by scripts/vite/offline-plugin.ts): Workbox precaches
 * the assets, page-copy.ts keeps index.html, a cache-first route keeps what loads later
 * (ARCHITECTURE.md, The offline copy). Runs in the worker, never in the page.
 */
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import {
  answerNavigation,
  isOutdatedPageCache,
  isPageAddress,
  keepPageCopy,
  type PageCopyDeps,
  type PageEntry,
} from './page-copy.ts';
import { pageFileName, skipWaitingMessage } from './worker-contract.ts';

type StrategyPlugin = NonNullable<
  NonNullable<ConstructorParameters<typeof CacheFirst>[0]>['plugins']
>[number];

declare let self: ServiceWorkerGlobalScope & {
  readonly __WB_MANIFEST: readonly (PrecacheEntry | string)[];
};

const files = self.__WB_MANIFEST;
const page = pageEntryOf(files);

function pageEntryOf(entries: readonly (PrecacheEntry | string)[]): PageEntry {
  const entry = entries.find(
    (item): item is PrecacheEntry => typeof item !== 'string' && item.url === pageFileName,
  );
  if (entry?.revision == null || entry.integrity === undefined) {
    throw new Error(`The build listed no ${pageFileName} with a revision and integrity.`);
  }
  return { url: entry.url, revision: entry.revision, integrity: entry.integrity };
}

const deps: PageCopyDeps = {
  scope: self.registration.scope,
  fetch: (request) => fetch(request),
  openCache: (name) => caches.open(name),
  openPages: async () =>
    (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map(
      (client) => client.url,
    ),
};

precacheAndRoute(files.filter((item) => typeof item === 'string' || item.url !== pageFileName));
cleanupOutdatedCaches();

// Deep links are #fragments and ?options of index.html: a navigation to the deck's address
// gets its page; one to another file (the PDF beside the deck) goes to the server.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && isPageAddress(url.href, page, deps.scope),
  ({ request }) => answerNavigation(page, request, deps),
);

// What the precache leaves out (the room's code, which needs its server anyway; a full Inter
// file for a letter the deck never shows) is kept once loaded. Its name carries its content's
// hash, so a kept file never goes stale; past 40 files, the least recently used go, so old
// versions' files do not pile up.
registerRoute(
  /\/assets\/[^/]+\.(?:js|css|woff2)$/,
  new CacheFirst({
    cacheName: 'deck-loaded-later',
    // A cast only for the types: Workbox declares the plugin's optional callbacks as
    // `| undefined` and the strategy's as `?:`, which exactOptionalPropertyTypes tells apart.
    plugins: [new ExpirationPlugin({ maxEntries: 40, purgeOnQuotaError: true }) as StrategyPlugin],
  }),
);

self.addEventListener('install', (event) => {
  event.waitUntil(keepPageCopy(page, deps));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => isOutdatedPageCache(name, page))
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

// The page's "update now" (src/deck/offline.ts, through workbox-window) asks a waiting worker
// to take over; it never does by itself, so a talk never runs a mix of old and new files.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === skipWaitingMessage) {
    void self.skipWaiting();
  }
});
