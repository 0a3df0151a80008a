import { describe, expect, it } from 'vitest';
import {
  answerNavigation,
  isOutdatedPageCache,
  isPageAddress,
  keepPageCopy,
  pageCacheName,
  type PageCopyDeps,
  type PageEntry,
} from '../../../src/service-worker/page-copy.ts';

const scope = 'https://example.org/deck/';
const entry: PageEntry = { url: 'index.html', revision: 'abc123', integrity: 'sha384-good' };

function addressOf(key: RequestInfo | URL): string {
  if (typeof key === 'string') return key;
  return key instanceof URL ? key.href : key.url;
}

/** The HTTP cache and the network as the worker sees them, recording every request. */
function worker(options: {
  readonly httpCache?: Readonly<Record<string, { body: string; integrity: string }>>;
  readonly network?: {
    readonly status: number;
    readonly body: string;
    readonly redirected?: boolean;
  };
  readonly openPages?: readonly string[];
  readonly kept?: Readonly<Record<string, string>>;
}) {
  const requests: { url: string; cache: RequestCache; integrity: string }[] = [];
  const caches = new Map<string, Map<string, Response>>();
  for (const [key, body] of Object.entries(options.kept ?? {})) {
    caches.set(pageCacheName(entry), new Map([[key, new Response(body)]]));
  }
  const deps: PageCopyDeps = {
    scope,
    fetch: (request) => {
      requests.push({ url: request.url, cache: request.cache, integrity: request.integrity });
      if (request.cache === 'only-if-cached') {
        const hit = options.httpCache?.[request.url];
        if (hit === undefined) return Promise.reject(new TypeError('not in the HTTP cache'));
        if (hit.integrity !== request.integrity) {
          return Promise.reject(new TypeError('integrity mismatch'));
        }
        return Promise.resolve(new Response(hit.body));
      }
      const answer = options.network ?? { status: 200, body: 'from the network' };
      const response = new Response(answer.body, { status: answer.status });
      // As fetch() marks a response it followed a redirect for.
      if (answer.redirected === true)
        Object.defineProperty(response, 'redirected', { value: true });
      return Promise.resolve(response);
    },
    openCache: (name) => {
      const cache = caches.get(name) ?? new Map<string, Response>();
      caches.set(name, cache);
      return Promise.resolve({
        match: (key: RequestInfo | URL) => Promise.resolve(cache.get(addressOf(key))?.clone()),
        put: (key: RequestInfo | URL, response: Response) => {
          cache.set(addressOf(key), response);
          return Promise.resolve();
        },
      } as Pick<Cache, 'match' | 'put'>);
    },
    openPages: () => Promise.resolve(options.openPages ?? []),
  };
  const kept = (): Response | undefined =>
    caches.get(pageCacheName(entry))?.get(`${scope}index.html`);
  const keptBody = async (): Promise<string | undefined> => kept()?.clone().text();
  return { deps, requests, keptBody, kept };
}

describe("the offline copy of the deck's page", () => {
  it('takes the page the reader just loaded from the HTTP cache: no second download', async () => {
    const { deps, requests, keptBody } = worker({
      openPages: [`${scope}?view=slides#/twee-bewegingen/3`],
      httpCache: { [`${scope}?view=slides`]: { body: 'the page', integrity: 'sha384-good' } },
    });
    expect(await keepPageCopy(entry, deps)).toBe('http cache');
    expect(await keptBody()).toBe('the page');
    expect(requests).toEqual([
      { url: `${scope}?view=slides`, cache: 'only-if-cached', integrity: 'sha384-good' },
    ]);
  });

  it("downloads it when the cached page is another version's (its bytes fail the integrity)", async () => {
    const { deps, requests, keptBody } = worker({
      openPages: [scope],
      httpCache: { [scope]: { body: 'an older page', integrity: 'sha384-old' } },
    });
    expect(await keepPageCopy(entry, deps)).toBe('network');
    expect(await keptBody()).toBe('from the network');
    expect(requests.at(-1)).toEqual({ url: `${scope}index.html`, cache: 'reload', integrity: '' });
  });

  it('downloads it when no open page has it, and ignores pages outside the deck', async () => {
    const { deps, requests } = worker({ openPages: ['https://example.org/other/'] });
    expect(await keepPageCopy(entry, deps)).toBe('network');
    expect(requests.map((request) => request.url)).toEqual([`${scope}index.html`]);
  });

  it('keeps a copy it has already, without a request', async () => {
    const { deps, requests } = worker({ kept: { [`${scope}index.html`]: 'kept' } });
    expect(await keepPageCopy(entry, deps)).toBe('kept already');
    expect(requests).toEqual([]);
  });

  it('keeps a page the host sent on from index.html as one a navigation can be answered with', async () => {
    const { deps, kept, keptBody } = worker({
      network: { status: 200, body: 'the page, redirected', redirected: true },
    });
    expect(await keepPageCopy(entry, deps)).toBe('network');
    expect(kept()?.redirected).toBe(false);
    expect(await keptBody()).toBe('the page, redirected');
  });

  it('fails the install, naming the page and status, when the network copy fails', async () => {
    const { deps, keptBody } = worker({ network: { status: 503, body: 'busy' } });
    await expect(keepPageCopy(entry, deps)).rejects.toThrow(
      "The deck's page could not be kept offline: https://example.org/deck/index.html answered 503.",
    );
    expect(await keptBody()).toBeUndefined();
  });

  it('answers a navigation with the kept page, and with the network before one is kept', async () => {
    const kept = worker({ kept: { [`${scope}index.html`]: 'kept' } });
    const request = new Request(`${scope}?view=reader`);
    expect(await (await answerNavigation(entry, request, kept.deps)).text()).toBe('kept');
    const empty = worker({});
    expect(await (await answerNavigation(entry, request, empty.deps)).text()).toBe(
      'from the network',
    );
  });

  it("answers the deck's address, with any options and slide, and leaves other files alone", () => {
    for (const address of [scope, `${scope}?view=scroll#/achter-de-bar/2`, `${scope}index.html`]) {
      expect(isPageAddress(address, entry, scope), address).toBe(true);
    }
    for (const address of [
      `${scope}wanneer-partnerschap-twee-bewegingen-vraagt.pdf`,
      `${scope}robots.txt`,
      `${scope}assets/index-abc.js`,
      'https://example.org/other/',
    ]) {
      expect(isPageAddress(address, entry, scope), address).toBe(false);
    }
  });

  it("deletes other versions' copies once this one runs, and nobody else's caches", () => {
    expect(isOutdatedPageCache('deck-page-old', entry)).toBe(true);
    expect(isOutdatedPageCache(pageCacheName(entry), entry)).toBe(false);
    expect(isOutdatedPageCache('deck-loaded-later', entry)).toBe(false);
  });
});
