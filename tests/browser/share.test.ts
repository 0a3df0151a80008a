/**
 * Sharing the deck: the link preview, the menu, the PDF link, the QR code, the security policy,
 * the offline copy and a build without notes. All mechanics, so all on the fixture deck
 * (tests/fixtures/deck/): its plain build, and its build for sharing (DECK_URL, DECK_PDF,
 * DECK_NOTES=false), both made once by global-setup.ts.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileGroups } from '../../scripts/lib/build-manifest.ts';
import { exportPdf } from '../../scripts/lib/export-pdf.ts';
import { serveDist } from '../../scripts/lib/serve-dist.ts';
import { earlyJoinScript, shippedPdfName } from '../../scripts/vite/deck-build-plugin.ts';
import { collectTexts } from '../../src/model/texts.ts';
import { openPage, useBrowser } from './support/browser.ts';
import { waitForDiagrams } from './support/diagrams.ts';
import { waitForDeck } from './support/deck.ts';
import { fixtureContent, loadFixtureDeck, sharedDeckUrl as deckUrl } from './support/sites.ts';

const baseUrl = inject('fixtureUrl');
const fixtureDir = inject('fixtureDir');
const sharedUrl = inject('sharedUrl');
const sharedDir = inject('sharedDir');
const browser = useBrowser();
const { deck, notes } = await loadFixtureDeck();

beforeAll(async () => {
  // As npm run build:with-pdf does: the PDF of the built deck, beside it.
  const pdf = await exportPdf(browser(), {
    kind: 'slides',
    locale: 'nl',
    baseUrl: sharedUrl,
    distDir: sharedDir,
    contentModule: fixtureContent,
    timeoutMs: 60_000,
    log: () => undefined,
  });
  writeFileSync(join(sharedDir, shippedPdfName), pdf);
}, 60_000);

/** Whether a speaker-view preview shows the deck with its diagram drawn. */
async function previewDiagramDrawn(speaker: Page, container: string): Promise<boolean> {
  const iframe = await speaker
    .locator(`${container} iframe`)
    .elementHandle({ timeout: 1000 })
    .catch(() => null);
  const frame: Frame | null | undefined = await iframe?.contentFrame();
  if (frame === null || frame === undefined) return false;
  return frame
    .evaluate(
      () =>
        document.querySelector<HTMLElement>('section.present figure.diagram')?.dataset.rendered ===
        'true',
    )
    .catch(() => false);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the link preview', () => {
  it('has title, description, image, canonical address and card, all absolute', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(sharedUrl);
      const head = await page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll('meta[property], meta[name], link[rel=canonical]')].map(
            (element) => [
              element.getAttribute('property') ?? element.getAttribute('name') ?? 'canonical',
              element.getAttribute('content') ?? element.getAttribute('href') ?? '',
            ],
          ),
        ),
      );
      const images = await page.evaluate(() =>
        [...document.querySelectorAll('meta[property="og:image"]')].map((element) =>
          element.getAttribute('content'),
        ),
      );
      // The Dutch title slide first (what previews take), the English edition's second.
      expect(images).toEqual([`${deckUrl}og-image.png`, `${deckUrl}og-image-en.png`]);
      expect(head).toMatchObject({
        'og:title': deck.title.nl,
        'og:description': deck.description.nl,
        'og:url': deckUrl,
        'og:locale': 'nl_NL',
        'og:locale:alternate': 'en_GB',
        'og:image:width': '1200',
        'og:image:height': '630',
        'twitter:card': 'summary_large_image',
        'twitter:image': `${deckUrl}og-image.png`,
        canonical: deckUrl,
        description: deck.description.nl,
        'theme-color': '#14202B',
        referrer: 'no-referrer',
      });
      expect(await page.title()).toBe(deck.title.nl);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
      for (const file of ['og-image.png', 'og-image-en.png']) {
        const image = readFileSync(join(sharedDir, file));
        // PNG header: width and height as big-endian numbers at bytes 16 and 20.
        expect([image.readUInt32BE(16), image.readUInt32BE(20)], file).toEqual([1200, 630]);
      }
    } finally {
      await close();
    }
  });
});

describe('the deck menu', () => {
  it('opens with M, keeps the arrow keys to itself, and leads to the reader view', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}#/een-citaat`);
      await waitForDeck(page);
      await page.keyboard.press('m');
      const menu = page.locator('#deck-menu');
      expect(await menu.isVisible()).toBe(true);
      const items = await menu.locator('a, button').allTextContents();
      expect(items.map((item) => item.trim())).toEqual([
        'Leesversie met toelichting',
        'Printen of opslaan als PDF P',
        'Sprekersweergave S',
        'English L',
        'Alle sneltoetsen ?',
      ]);
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => window.Reveal?.getCurrentSlide().id)).toBe('een-citaat');
      await page.keyboard.press('Escape');
      expect(await menu.isVisible()).toBe(false);
      await page.keyboard.press('m');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.reveal.reader');
      expect(new URL(page.url()).search).toBe('?view=scroll&lang=nl');
      expect(new URL(page.url()).hash).toBe('#/een-citaat');
    } finally {
      await close();
    }
  });

  it('offers the PDF, in the menu and on the closing slide, when the build ships it', async () => {
    const { page, context, close } = await openPage(browser());
    try {
      await page.goto(`${sharedUrl}#/de-vraag`);
      await waitForDeck(page);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[download]')].map((link) => link.href),
      );
      expect(links).toEqual([`${sharedUrl}${shippedPdfName}`, `${sharedUrl}${shippedPdfName}`]);
      const response = await context.request.get(`${sharedUrl}${shippedPdfName}`);
      expect(response.status()).toBe(200);
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await close();
    }
  });
});

describe('the QR code on the closing slide', () => {
  it('decodes to the deck’s address', async () => {
    const context = await browser().newContext({
      viewport: { width: 1280, height: 720 },
      bypassCSP: true,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${sharedUrl}#/de-vraag`);
      await waitForDeck(page);
      const jsQr = createRequire(import.meta.url).resolve('jsqr');
      await page.addScriptTag({ path: jsQr });
      const decoded = await page.evaluate(async () => {
        const svg = document.querySelector('#de-vraag .share-qr svg');
        if (svg === null) return 'no QR code on the slide';
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 400;
        canvas.height = 400;
        const context2d = canvas.getContext('2d');
        if (context2d === null) return 'no canvas';
        context2d.imageSmoothingEnabled = false;
        context2d.drawImage(image, 0, 0, 400, 400);
        const pixels = context2d.getImageData(0, 0, 400, 400);
        const reader = (
          window as unknown as {
            jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
          }
        ).jsQR;
        return reader(pixels.data, 400, 400)?.data ?? 'unreadable';
      });
      expect(decoded).toBe(deckUrl);
    } finally {
      await context.close();
    }
  });

  it('is left out when no address is configured', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}#/de-vraag`);
      await waitForDeck(page);
      expect(await page.locator('.share-qr').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('the security policy', () => {
  it('allows only the deck’s own origin, and the deck breaks none of it', async () => {
    const { page, context, record, close } = await openPage(browser());
    try {
      await context.addInitScript(() => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          violations.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
        Object.assign(window, { __violations: violations });
      });
      await page.goto(baseUrl);
      const policy = await page.getAttribute(
        'meta[http-equiv="Content-Security-Policy"]',
        'content',
      );
      // The deck's own files, and its one inline script by its hash (deck-build-plugin.ts).
      const inlineHash = createHash('sha256').update(earlyJoinScript).digest('base64');
      expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+'; /);
      expect(policy).toContain(`script-src 'self' 'sha256-${inlineHash}';`);
      expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      await waitForDeck(page);
      await waitForDiagrams(page);
      // Every slide, then back to the diagram and the speaker view, whose previews load the
      // deck again and draw the diagram in frames of their own.
      const count = await page.evaluate(() => window.Reveal?.getTotalSlides() ?? 0);
      for (let index = 0; index < count; index++) {
        await page.evaluate((h) => window.Reveal?.slide(h, 0, 99), index);
      }
      await page.evaluate(() => {
        window.Reveal?.slide(
          window.Reveal.getIndices(document.getElementById('het-schema') ?? undefined).h,
          0,
          0,
        );
      });
      const popup = context.waitForEvent('page');
      await page.keyboard.press('s');
      const speaker = await popup;
      // Wait for what the presenter would see: both previews with the diagram drawn.
      for (const container of ['.speaker-current', '.speaker-upcoming']) {
        await expect
          .poll(() => previewDiagramDrawn(speaker, container), { timeout: 15_000 })
          .toBe(true);
      }
      for (const window of [page, speaker]) {
        const violations = await window.evaluate(
          () => (globalThis as unknown as { __violations: string[] }).__violations,
        );
        expect(violations).toEqual([]);
      }
      expect(record.consoleErrors.filter((error) => /Content Security Policy/.test(error))).toEqual(
        [],
      );
    } finally {
      await close();
    }
  });
});

describe('offline', () => {
  it('shows the deck with its diagrams on a reload without network, after one visit', async () => {
    const { page, context, close } = await openPage(browser());
    try {
      await page.goto(`${baseUrl}#/het-schema`);
      await waitForDeck(page);
      await waitForDiagrams(page);
      // The worker registers once the first slide is up, and installs the whole deck.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      // Cut the network: offline, and every request the page itself makes fails. (Requests the
      // service worker answers from its copy never reach these routes.)
      await context.setOffline(true);
      await context.route('**/*', (route) => route.abort('internetdisconnected'));
      await page.reload();
      await waitForDeck(page);
      await waitForDiagrams(page);
      const state = await page.evaluate(() => ({
        slide: window.Reveal?.getCurrentSlide().id,
        rendered: [...document.querySelectorAll<HTMLElement>('figure.diagram')].map(
          (figure) => figure.dataset.rendered,
        ),
        // The deck's own Inter 700, from the offline copy.
        inter: [...document.fonts].some(
          (face) =>
            face.family.replace(/["']/g, '') === 'Inter' &&
            face.weight === '700' &&
            face.status === 'loaded',
        ),
        controlled: navigator.serviceWorker.controller !== null,
      }));
      expect(state).toEqual({
        slide: 'het-schema',
        rendered: ['true'],
        inter: true,
        controlled: true,
      });
      // An address never visited is the same page: the worker answers it from its copy.
      await page.goto(`${baseUrl}?view=scroll#/het-schema`);
      await page.waitForSelector('.reader-slides section#het-schema');
      // Slides the browser renders anew: another cut takes the page's own drawings (the
      // offline copy has no module of them), English its module.
      const drawn = (): Promise<(string | undefined)[]> =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('figure.diagram')].map(
            (figure) => figure.dataset.rendered,
          ),
        );
      for (const address of ['?cut=short', '?lang=en']) {
        await page.goto(`${baseUrl}${address}#/het-schema`);
        await waitForDeck(page);
        await waitForDiagrams(page);
        expect(await drawn(), address).toEqual(['true']);
      }
    } finally {
      await close();
    }
  });

  it('leaves the PDF beside the deck to the server: its link opens the PDF, not the deck', async () => {
    const { page, context, close } = await openPage(browser());
    try {
      await page.goto(sharedUrl);
      await waitForDeck(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await waitForDeck(page);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      // Opened as a reader opens the closing slide's link in a tab of its own. Headless
      // Chromium downloads a PDF rather than showing it: the answer is what counts.
      const tab = await context.newPage();
      const pdfUrl = `${sharedUrl}${shippedPdfName}`;
      const [answer] = await Promise.all([
        tab.waitForResponse(pdfUrl),
        tab.goto(pdfUrl).catch(() => null),
      ]);
      expect(answer.headers()['content-type']).toBe('application/pdf');
      expect(answer.fromServiceWorker()).toBe(false);
    } finally {
      await close();
    }
  });

  it('downloads the page once on a first visit: the worker keeps the copy the browser has', async () => {
    const sent: string[] = [];
    const server = await serveDist(process.cwd(), {
      outDir: relative(process.cwd(), fixtureDir),
      base: '/deck/',
      onServed: ({ path, status }) => {
        if (status === 200) sent.push(path);
      },
    });
    // A context of its own, without openPage's request routes: Playwright turns the HTTP cache
    // off in a context that routes requests, and this test is about that cache.
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}?view=slides`);
      await waitForDeck(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const kept = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((name) => name.startsWith('deck-page-'));
        const cache = await caches.open(names[0] ?? 'none');
        const copy = await cache.match(new URL('index.html', location.href).href);
        return { names: names.length, html: (await copy?.text()) ?? '' };
      });
      expect(kept.names).toBe(1);
      expect(kept.html).toBe(readFileSync(join(fixtureDir, 'index.html'), 'utf8'));
      const pages = sent.filter((path) => path === '/deck/' || path.endsWith('/index.html'));
      expect(pages).toEqual(['/deck/']);
      // Each built asset, too, came once. (Workbox fetches the few files without a hash in
      // their name again, the icon's 0.2 KB, as it used to fetch the page.)
      const assets = sent.filter((path) => path.startsWith('/deck/assets/'));
      expect(assets.length).toBeGreaterThan(10);
      expect(assets.filter((path, index) => assets.indexOf(path) !== index)).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('leaves out the room’s code, the stylesheet and the drawings the page has, and keeps the rest', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(baseUrl);
      await waitForDeck(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const kept = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) urls.push(new URL(request.url).pathname);
        }
        return urls;
      });
      const keptFiles = new Set(kept.map((path) => path.replace(/^.*?\/(assets\/)/, '$1')));
      const { used, roomOnly, inlinedCss, inPage } = readFileGroups(fixtureDir);
      // The join page and the presenter's room need the room server: nobody uses them offline.
      expect([...roomOnly].some((file) => file.includes('join-page'))).toBe(true);
      expect([...roomOnly].filter((file) => keptFiles.has(file))).toEqual([]);
      expect([...inlinedCss].filter((file) => keptFiles.has(file))).toEqual([]);
      // The page's own language's drawings: the page has them.
      expect(inPage.size).toBe(1);
      expect([...inPage].filter((file) => keptFiles.has(file))).toEqual([]);
      const needed = [...used].filter(
        (file) => !roomOnly.has(file) && !inlinedCss.has(file) && !inPage.has(file),
      );
      expect(needed.filter((file) => !keptFiles.has(file))).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a new version', () => {
  it('is offered, not forced, and once taken the worker serves its page and drops the old copy', async () => {
    // One address, two deploys: the fixture's plain build first, then its shared build (which
    // has a canonical address), copied over it as a host would.
    const deployDir = join(fixtureDir, '..', 'deploy');
    rmSync(deployDir, { recursive: true, force: true });
    cpSync(fixtureDir, deployDir, { recursive: true });
    const server = await serveDist(process.cwd(), {
      outDir: relative(process.cwd(), deployDir),
      base: '/deck/',
    });
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const pageCaches = (): Promise<string[]> =>
      page.evaluate(async () =>
        (await caches.keys()).filter((name) => name.startsWith('deck-page-')),
      );
    try {
      await page.goto(`${server.url}#/het-schema`);
      await waitForDeck(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const before = await pageCaches();
      expect(before).toHaveLength(1);

      rmSync(deployDir, { recursive: true });
      cpSync(sharedDir, deployDir, { recursive: true });
      await page.reload();
      await waitForDeck(page);
      // The old version still runs (its worker answers), and the new one waits to be chosen.
      const notice = page.locator('#update-notice');
      await notice.waitFor();
      expect(await page.locator('link[rel=canonical]').count()).toBe(0);

      await notice.getByRole('button', { name: 'Vernieuwen' }).click();
      await page.waitForFunction(() => document.querySelector('link[rel=canonical]') !== null);
      await waitForDeck(page);
      expect(await page.evaluate(() => location.hash)).toBe('#/het-schema');
      const after = await pageCaches();
      expect(after).toHaveLength(1);
      expect(after).not.toEqual(before);
      // The new page, from the new worker's copy, with the network gone.
      await context.setOffline(true);
      await page.reload();
      await waitForDeck(page);
      expect(await page.locator('link[rel=canonical]').count()).toBe(1);
    } finally {
      await context.close();
      await server.close();
      rmSync(deployDir, { recursive: true, force: true });
    }
  });
});

describe('a build without notes (DECK_NOTES=false)', () => {
  it('leaves every speaker note out of dist/, where the default build has them all', () => {
    const read = (dir: string): string =>
      filesUnder(dir)
        .filter((file) => /\.(js|html|css|json|webmanifest)$/.test(file))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
    const stripped = read(sharedDir);
    const full = read(fixtureDir);
    const visibleText = deck.slides
      .flatMap((slide) => collectTexts(slide.slide))
      .filter((use) => use.path !== 'notes')
      .map((use) => String(use.value.nl))
      .join('\n');
    for (const entry of deck.slides) {
      // The note's longest run of plain words (no punctuation, no line break, which the bundle
      // may write differently), long enough to be that note and nothing else.
      // Notes may quote the slides themselves: only runs no slide shows count.
      const sample = (notes[entry.slide.id]?.nl ?? '')
        .split(/[^\p{L} ]+/u)
        .map((run) => run.trim())
        .filter((run) => !visibleText.includes(run))
        .reduce((longest, run) => (run.length > longest.length ? run : longest), '');
      expect(sample.split(' ').length, `a long enough run in ${entry.slide.id}`).toBeGreaterThan(4);
      expect(
        full.includes(sample),
        `control: notes of ${entry.slide.id} in the build with notes`,
      ).toBe(true);
      expect(
        stripped.includes(sample),
        `notes of ${entry.slide.id} in the build without notes`,
      ).toBe(false);
    }
  });

  it('still shows the whole deck, without notes and without complaint', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      await page.goto(sharedUrl);
      await waitForDeck(page);
      const state = await page.evaluate(() => ({
        slides: window.Reveal?.getTotalSlides(),
        notes: document.querySelectorAll('aside.notes').length,
      }));
      expect(state).toEqual({ slides: deck.slides.length, notes: 0 });
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
