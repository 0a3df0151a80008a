import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { waitForDeck } from './support/deck.ts';

const browser = useBrowser();
const slideFile = join(process.cwd(), 'slides', '01-opening.ts');
let server: ViteDevServer;
let devUrl: string;

beforeAll(async () => {
  server = await createServer({
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, strictPort: true },
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo;
  devUrl = `http://127.0.0.1:${address.port}/`;
});

afterAll(async () => {
  await server.close();
});

/** Edits a content file for the length of `during`, then puts it back as it was. */
async function withEdit(from: string, to: string, during: () => Promise<void>): Promise<void> {
  const original = readFileSync(slideFile, 'utf8');
  if (!original.includes(from)) throw new Error(`${slideFile} no longer contains "${from}"`);
  try {
    writeFileSync(slideFile, original.replace(from, to));
    await during();
  } finally {
    writeFileSync(slideFile, original);
  }
}

describe('the dev server', () => {
  it('updates the open deck when a slide file is saved, on the same slide and step', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(`${devUrl}#/het-plan-staat/1`);
      await waitForDeck(page);
      const where = (): Promise<[string, number | undefined]> =>
        page.evaluate(() => {
          const reveal = window.Reveal;
          if (reveal === undefined) throw new Error('no Reveal');
          return [reveal.getCurrentSlide().id, reveal.getIndices().f];
        });
      expect(await where()).toEqual(['het-plan-staat', 1]);
      await withEdit("nl: 'Nieuwe proposities'", "nl: 'Nieuwe proposities, vers'", async () => {
        await page.waitForFunction(
          () =>
            document.querySelector('#het-plan-staat')?.textContent.includes('proposities, vers'),
          null,
          { timeout: 1000 },
        );
        expect(await where()).toEqual(['het-plan-staat', 1]);
      });
    } finally {
      await close();
    }
  });

  it('shows every content error with its file, slide and field instead of half a deck', async () => {
    const { page, close } = await openPage(browser());
    try {
      await page.goto(`${devUrl}#/het-plan-staat`);
      await waitForDeck(page);
      await withEdit("nl: 'Nieuwe proposities'", "nl: ''", async () => {
        const panel = page.locator('#content-errors');
        // Generous: a busy machine. The one-second promise is the previous test's.
        await panel.waitFor({ timeout: 10_000 });
        expect(await panel.textContent()).toContain(
          'slides/01-opening.ts > het-plan-staat > items[2].text: empty text (nl)',
        );
      });
      await page.locator('#content-errors').waitFor({ state: 'detached', timeout: 10_000 });
    } finally {
      await close();
    }
  });
});
