/**
 * The offline copy of the deck's page, index.html, which the service worker keeps beside
 * Workbox's precache of the assets (sw.ts).
 *
 * Why not in the precache: Workbox fetches a revisioned entry with `cache: 'reload'`, so a
 * first visit downloaded the page twice, some 31 KB gzip, the largest file of the visit. The
 * page the reader has just loaded is in the browser's HTTP cache: it is taken from there when
 * its bytes are the build's (the entry's integrity, a SHA-384 of dist/index.html), and from the
 * network only when they are not, or when no open page has it (ARCHITECTURE.md, The offline copy).
 */

/** The page as the build lists it: its address in the scope, revision and integrity. */
export interface PageEntry {
  readonly url: string;
  readonly revision: string;
  readonly integrity: string;
}

/** What the copy needs from the worker, passed in so tests can stand in for it. */
export interface PageCopyDeps {
  /** The deck's address: the service worker's scope, with a trailing slash. */
  readonly scope: string;
  readonly fetch: (request: Request) => Promise<Response>;
  readonly openCache: (name: string) => Promise<Pick<Cache, 'match' | 'put'>>;
  /** Addresses of the windows open on the deck: the page may be in the HTTP cache under them. */
  readonly openPages: () => Promise<readonly string[]>;
}

/** Where a kept copy came from: an open page's HTTP-cached copy, or the network. */
export type PageSource = 'kept already' | 'http cache' | 'network';

const cachePrefix = 'deck-page-';

/** One cache per version of the page: a new version never overwrites the one in use. */
export function pageCacheName(entry: PageEntry): string {
  return `${cachePrefix}${entry.revision}`;
}

/** The key the copy is kept under: the page's full address. */
export function pageKey(entry: PageEntry, scope: string): string {
  return new URL(entry.url, scope).href;
}

/** Whether `name` is a copy of another version of the page, to be deleted once this one runs. */
export function isOutdatedPageCache(name: string, entry: PageEntry): boolean {
  return name.startsWith(cachePrefix) && name !== pageCacheName(entry);
}

/**
 * Keeps this version's page: from the HTTP cache under an open page's address when its bytes
 * are the build's (`only-if-cached` never touches the network; a wrong integrity rejects),
 * otherwise from the network, bypassing the HTTP cache as Workbox does.
 *
 * @throws when the network copy fails: the worker's install fails and the browser tries again
 *   on the next visit, as it does for any precached file.
 */
export async function keepPageCopy(entry: PageEntry, deps: PageCopyDeps): Promise<PageSource> {
  const cache = await deps.openCache(pageCacheName(entry));
  const key = pageKey(entry, deps.scope);
  if ((await cache.match(key)) !== undefined) return 'kept already';
  for (const address of await deps.openPages()) {
    const page = new URL(address);
    page.hash = '';
    if (!page.href.startsWith(deps.scope)) continue;
    const request = new Request(page.href, {
      cache: 'only-if-cached',
      mode: 'same-origin',
      integrity: entry.integrity,
    });
    const response = await deps.fetch(request).catch(() => undefined);
    if (response?.ok === true) {
      await cache.put(key, await answerable(response));
      return 'http cache';
    }
  }
  const response = await deps.fetch(new Request(key, { cache: 'reload' }));
  if (!response.ok) {
    throw new Error(
      `The deck's page could not be kept offline: ${key} answered ${response.status}.`,
    );
  }
  await cache.put(key, await answerable(response));
  return 'network';
}

/**
 * The response as one a navigation may be answered with. A host that sends `index.html` on to
 * the folder's address (Cloudflare Pages answers `/deck/index.html` with a 308 to `/deck/`)
 * gives a response marked `redirected`, and a browser refuses that as the answer to a
 * navigation: the deck would not open at all. The same bytes and headers, unmarked, as
 * Workbox's precache copies them.
 */
export async function answerable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * Whether a navigation to `address` asks for the deck's page: the scope itself or its
 * index.html, whatever the query and fragment (deep links and options are `?` and `#` of the
 * one page). The other files in the scope (the shipped PDF, robots.txt, the preview images)
 * are the server's to answer, not the page's.
 */
export function isPageAddress(address: string, entry: PageEntry, scope: string): boolean {
  const { pathname } = new URL(address);
  return (
    pathname === new URL(scope).pathname || pathname === new URL(pageKey(entry, scope)).pathname
  );
}

/** A navigation's answer: the kept page, or the network's when none is kept yet. */
export async function answerNavigation(
  entry: PageEntry,
  request: Request,
  deps: Pick<PageCopyDeps, 'scope' | 'fetch' | 'openCache'>,
): Promise<Response> {
  const cache = await deps.openCache(pageCacheName(entry));
  return (await cache.match(pageKey(entry, deps.scope))) ?? deps.fetch(request);
}
