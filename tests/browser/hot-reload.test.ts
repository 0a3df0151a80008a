import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { waitForDeck } from './support/deck.ts';

const browser = useBrowser();
/**
 * A copy of the fixture deck that this file edits, so the other browser tests (which run beside
 * it) and the real talk in slides/ are never touched. At the fixture's depth under the project,
 * so its relative imports hold; `.tmp/` is ignored by git.
 */
const liveFolder = join('.tmp', `hot-reload-${process.pid}`, 'deck');
const slideFile = join(process.cwd(), liveFolder, 'index.ts');
let server: ViteDevServer;
let devUrl: string;

beforeAll(async () => {
  mkdirSync(join(process.cwd(), liveFolder), { recursive: true });
  copyFileSync(join(process.cwd(), 'tests', 'fixtures', 'deck', 'index.ts'), slideFile);
  // The dev server reads its content module from the build settings (DECK_CONTENT).
  process.env['DECK_CONTENT'] = `${liveFolder}/index.ts`;
  server = await createServer({
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: true },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo;
  devUrl = `http://127.0.0.1:${address.port}/`;
  // The first load of a cold dev server bundles reveal.js and Mermaid for the browser, which
  // on a busy two-core machine takes longer than a page load may in the tests. Wait for it
  // once, here, so each test times what it is about.
  const { page, close } = await openPage(browser());
  try {
    await page.goto(devUrl, { timeout: 150_000 });
    await page.waitForFunction(
      () => document.documentElement.hasAttribute('data-deck-ready'),
      null,
      {
        timeout: 150_000,
      },
    );
  } finally {
    await close();
  }
}, 300_000);

afterAll(async () => {
  await server.close();
  rmSync(join(process.cwd(), '.tmp', `hot-reload-${process.pid}`), {
    recursive: true,
    force: true,
  });
});

/** Edits a content file for the length of `during`, then puts it back as it was. */
async function withEdit(from: string, to: string, during: () => Promise<void>): Promise<void> {
  const file = slideFile;
  const original = readFileSync(file, 'utf8');
  if (!original.includes(from)) throw new Error(`${file} no longer contains "${from}"`);
  try {
    writeFileSync(file, original.replace(from, to));
    await during();
  } finally {
    writeFileSync(file, original);
  }
}

describe('the dev server', () => {
  it('updates the open deck when a slide file is saved, on the same slide and step', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(`${devUrl}#/drie-punten/1`);
      await waitForDeck(page);
      const where = (): Promise<[string, number | undefined]> =>
        page.evaluate(() => {
          const reveal = window.Reveal;
          if (reveal === undefined) throw new Error('no Reveal');
          return [reveal.getCurrentSlide().id, reveal.getIndices().f];
        });
      expect(await where()).toEqual(['drie-punten', 1]);
      await withEdit("nl: 'Eerst de klant'", "nl: 'Eerst de klant, vers'", async () => {
        await page.waitForFunction(
          () => document.querySelector('#drie-punten')?.textContent.includes('klant, vers'),
          null,
          // How fast is the benchmark's business; this waits out a busy machine.
          { timeout: 10_000 },
        );
        // The view starts again: the new reveal.js instance says when it is ready.
        await waitForDeck(page);
        expect(await where()).toEqual(['drie-punten', 1]);
      });
    } finally {
      await close();
    }
  });

  it('shows every content error with its file, slide and field instead of half a deck', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(`${devUrl}#/drie-punten`);
      await waitForDeck(page);
      await withEdit("nl: 'Eerst de klant'", "nl: ''", async () => {
        const panel = page.locator('#content-errors');
        // Generous: a busy machine. The one-second promise is the previous test's.
        await panel.waitFor({ timeout: 10_000 });
        expect(await panel.textContent()).toContain(
          'slides/begin.ts > drie-punten > items[0].text: empty text (nl)',
        );
      });
      await page.locator('#content-errors').waitFor({ state: 'detached', timeout: 10_000 });
    } finally {
      await close();
    }
  });

  it('keeps the diagrams drawn when a slide is saved (the view starts again, cleanly)', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      await page.goto(`${devUrl}#/het-schema/2`);
      await waitForDeck(page);
      const drawn = (): Promise<string> =>
        page.evaluate(() => {
          const figure = document.querySelector<HTMLElement>('#het-schema figure.diagram');
          const labels = figure?.querySelectorAll('.nodeLabel').length ?? 0;
          return `${figure?.dataset.rendered ?? 'pending'} ${labels > 0 ? 'labelled' : 'empty'}`;
        });
      await expect.poll(drawn, { timeout: 15_000 }).toBe('true labelled');
      await withEdit("nl: 'Eerst de klant'", "nl: 'Eerst de klant, vers'", async () => {
        await page.waitForFunction(
          () => document.querySelector('#drie-punten')?.textContent.includes('klant, vers'),
          null,
          { timeout: 10_000 },
        );
        await expect.poll(drawn, { timeout: 15_000 }).toBe('true labelled');
        expect(
          await page.evaluate(() => [
            window.Reveal?.getCurrentSlide().id,
            window.Reveal?.getIndices().f,
          ]),
        ).toEqual(['het-schema', 2]);
      });
      expect(record.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lists the same problems as npm run check:content: kinds, notes and diagram sources', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(`${devUrl}#/drie-punten`);
      await waitForDeck(page);
      const panel = page.locator('#content-errors');
      await withEdit("kind: 'bullets'", "kind: 'bulets' as 'bullets'", async () => {
        await expect
          .poll(() => panel.textContent(), { timeout: 10_000 })
          .toContain('slides/begin.ts > drie-punten > kind: "bulets" is not a slide kind');
      });
      await panel.waitFor({ state: 'detached', timeout: 10_000 });
      await withEdit('buiten["', 'buiten[[["', async () => {
        await expect
          .poll(() => panel.textContent(), { timeout: 10_000 })
          .toContain('slides/midden.ts > het-schema > diagram.source.nl: Mermaid cannot parse');
      });
      await panel.waitFor({ state: 'detached', timeout: 10_000 });
    } finally {
      await close();
    }
  });

  it('shows the problems instead of a white page when the deck is opened broken', async () => {
    const { page, record, close } = await openPage(browser());
    try {
      const original = readFileSync(slideFile, 'utf8');
      // The title slide without its notes: the first slide of the deck.
      const withoutNotes = original.replace(/ {10}notes: \{[^]*?\n {10}\},\n/, '');
      if (withoutNotes === original) throw new Error('no notes found to remove');
      writeFileSync(slideFile, withoutNotes);
      try {
        await page.goto(devUrl);
        const panel = page.locator('#content-errors');
        await panel.waitFor({ timeout: 15_000 });
        expect(await panel.textContent()).toContain(
          'slides/begin.ts > titel > notes: missing speaker notes',
        );
        expect(record.pageErrors).toEqual([]);
      } finally {
        writeFileSync(slideFile, original);
      }
    } finally {
      await close();
    }
  });
});
