import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { printDeck } from '../../scripts/lib/print-deck.ts';
import { loadBuiltDeck } from '../../scripts/lib/load-deck.ts';
import { encodeOutcome } from '../../src/room/outcome-link.ts';
import type { RoomOutcome } from '../../src/room/outcome.ts';
import { openPage, useBrowser } from './support/browser.ts';
import { greyPage, pageText, pdfFonts } from './support/pdf.ts';

/**
 * What the room leaves behind, on the real talk (dist/): the reader with an outcome link shows
 * the room's markers where they stood and the poll's counts and texts, as text; the print and
 * `npm run pdf -- --result <file>` put the markers on the board's page.
 */
const baseUrl = inject('baseUrl');
const browser = useBrowser();
const { deck } = await loadBuiltDeck();
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const dir = mkdtempSync(join(tmpdir(), 'deck-room-outcome-'));

const markup = '<img src=x onerror="document.title=\'pwned\'">';
/** Nine people: markers spread over the board, a choice each and some words. */
const outcome: RoomOutcome = {
  version: 1,
  at: Date.UTC(2026, 10, 30, 10, 0),
  boards: [
    {
      id: 'waar-staan-wij',
      entries: [
        [22, 70],
        [35, 62],
        [60, 40],
        [72, 78],
        [48, 55],
        [15, 30],
        [80, 85],
        [55, 20],
        [40, 45],
      ].map(([x = 0, y = 0], i) => ({ n: i + 1, x, y })),
    },
  ],
  polls: [
    {
      id: 'wat-past-er-voor-jou',
      entries: [
        ['een-klantrelatie', 'Morgen de grootste klant bellen'],
        ['een-team', ''],
        ['een-team', markup],
        ['meten-en-belonen', 'Bezettingsgraad uit de teamdoelen halen'],
        ['een-team', 'Eén team drie maanden laten experimenteren'],
        ['begeleiding', ''],
        ['een-klantrelatie', 'Met het MT samen een klant bezoeken'],
        ['begeleiding', 'Iemand zoeken die meeloopt'],
        ['een-team', 'Nog even nadenken'],
      ].map(([option = '', text = ''], i) => ({ n: i + 1, option, text })),
    },
  ],
};
const board = outcome.boards[0]?.entries ?? [];
const poll = outcome.polls[0]?.entries ?? [];
const texts = poll.map((entry) => entry.text).filter((text) => text !== '');
const link = `${baseUrl}?view=scroll&lang=nl&outcome=${encodeOutcome(outcome)}`;

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Each room marker's centre, relative to the board's plane, in percent (y from the bottom). */
function markerCentres(page: Page) {
  return page.evaluate(() => {
    const plane = document.querySelector('#waar-staan-wij .matrix-plane')?.getBoundingClientRect();
    if (plane === undefined) throw new Error('no board plane');
    return [...document.querySelectorAll<HTMLElement>('#waar-staan-wij [data-room-marker]')]
      .map((marker) => {
        const box = marker.getBoundingClientRect();
        return {
          n: Number(marker.dataset.roomMarker),
          x: Math.round(((box.left + box.width / 2 - plane.left) / plane.width) * 100),
          y: Math.round(((plane.bottom - (box.top + box.height / 2)) / plane.height) * 100),
        };
      })
      .sort((a, b) => a.n - b.n);
  });
}

describe('the reader with an outcome link', () => {
  it('shows the room’s markers where they stood on a phone, and not the laptop’s', async () => {
    const opened = await openPage(browser(), {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const { page } = opened;
      // The laptop's markers in the same address stay unshown: the picture is the room's.
      await page.goto(`${link}&matrix-waar-staan-wij=5x5#/waar-staan-wij`);
      await page.waitForSelector('#waar-staan-wij [data-room-marker]');
      await page.locator('#waar-staan-wij').scrollIntoViewIfNeeded();
      expect(await markerCentres(page)).toEqual(board);
      expect(await page.locator('#waar-staan-wij .matrix-marker').count()).toBe(0);
      expect(await page.locator('#waar-staan-wij .matrix-count').textContent()).toBe(
        '9 markers van de zaal, 30 november 2026',
      );
      // The board shows (base.css hides it until it is ready) and takes no clicks.
      await expect.poll(() => page.locator('#waar-staan-wij .matrix').isVisible()).toBe(true);
      expect(
        await page.locator('#waar-staan-wij .matrix-plane').getAttribute('tabindex'),
      ).toBeNull();
      expect(opened.record.pageErrors).toEqual([]);
      expect(opened.record.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('shows the counts per option and every text as text, markup included', async () => {
    const opened = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    try {
      const { page } = opened;
      await page.goto(`${link}#/wat-past-er-voor-jou`);
      await page.waitForSelector('#wat-past-er-voor-jou .room-outcome-texts');
      const counts = await page.$$eval('#wat-past-er-voor-jou .poll [data-room-option]', (rows) =>
        rows.map((row) => [
          (row as HTMLElement).dataset.roomOption,
          Number((row as HTMLElement).dataset.roomCount),
        ]),
      );
      expect(counts).toEqual([
        ['een-klantrelatie', 2],
        ['een-team', 4],
        ['meten-en-belonen', 1],
        ['begeleiding', 2],
      ]);
      expect(
        await page.locator('#wat-past-er-voor-jou .poll [data-room-option="een-team"]').innerText(),
      ).toContain('4 van 9');
      // Under the slide, every text in the order the phones joined, each as the phone wrote it.
      const shown = await page.$$eval(
        '#wat-past-er-voor-jou .room-outcome-texts .room-text-words',
        (words) => words.map((word) => word.textContent),
      );
      expect(shown).toEqual(texts);
      expect(await page.locator('#wat-past-er-voor-jou img').count()).toBe(0);
      expect(await page.title()).not.toBe('pwned');
      expect(opened.record.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('takes the presenter’s stored outcome without a link, and the link’s over it', async () => {
    const opened = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    try {
      const { page, context } = opened;
      const stored: RoomOutcome = {
        ...outcome,
        boards: [{ id: 'waar-staan-wij', entries: [{ n: 1, x: 90, y: 10 }] }],
      };
      await context.addInitScript((value) => {
        if (location.protocol === 'http:') {
          localStorage.setItem(`deck-room-outcome:${location.pathname}`, value);
        }
      }, JSON.stringify(stored));
      await page.goto(`${baseUrl}?view=scroll#/waar-staan-wij`);
      await page.waitForSelector('#waar-staan-wij [data-room-marker]');
      expect(await markerCentres(page)).toEqual([{ n: 1, x: 90, y: 10 }]);
      await page.goto(`${link}#/waar-staan-wij`);
      await page.waitForSelector('#waar-staan-wij [data-room-marker="9"]');
      expect(await markerCentres(page)).toEqual(board);
    } finally {
      await opened.close();
    }
  });

  it('says in one line what is wrong with a broken outcome link, and shows the deck without it', async () => {
    const opened = await openPage(browser(), { viewport: { width: 390, height: 844 } });
    try {
      const { page } = opened;
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      const broken = Buffer.from(JSON.stringify({ ...outcome, version: 2 })).toString('base64url');
      await page.goto(`${baseUrl}?view=scroll&outcome=${broken}#/waar-staan-wij`);
      await expect
        .poll(() => warnings.find((warning) => warning.includes("room's outcome")))
        .toBe(
          "The room's outcome in the address (?outcome=…) could not be read at version: expected 1, got 2; showing the deck without it. Use the link the speaker view's Outcome panel copies.",
        );
      expect(await page.locator('[data-room-marker]').count()).toBe(0);
      await expect.poll(() => page.locator('#waar-staan-wij .matrix').isVisible()).toBe(true);
      expect(opened.record.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('the speaker view’s Outcome panel', () => {
  it('copies a link that carries what fits, says how many texts, and saves the whole file', async () => {
    // Thirty people who each wrote the longest text the room takes: more than a link carries.
    const large: RoomOutcome = {
      ...outcome,
      polls: [
        {
          id: 'wat-past-er-voor-jou',
          entries: Array.from({ length: 30 }, (_, i) => ({
            n: i + 1,
            option: 'een-team',
            text: `${i + 1} ${'woord '.repeat(46)}`.slice(0, 280),
          })),
        },
      ],
    };
    // The time is shown in the presenter's own zone: the test's is fixed, not the machine's.
    const opened = await openPage(browser(), {
      acceptDownloads: true,
      timezoneId: 'Europe/Amsterdam',
    });
    try {
      const { page, context } = opened;
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await context.addInitScript((value) => {
        // Only the deck's own pages: a download's document has no storage to write.
        if (location.protocol === 'http:') {
          localStorage.setItem(`deck-room-outcome:${location.pathname}`, value);
        }
      }, JSON.stringify(large));
      // A deck window for the speaker view to drive, as when presenting.
      const deck = await context.newPage();
      await deck.goto(`${baseUrl}?view=slides&lang=nl`);
      await deck.waitForFunction(() => document.documentElement.hasAttribute('data-deck-ready'));
      const deckWindow = await deck.evaluate(() =>
        sessionStorage.getItem(`deck-window:${location.pathname}`),
      );
      const speakerView = `${baseUrl}?view=speaker&lang=nl&deck=${deckWindow ?? ''}`;
      await page.goto(speakerView);
      await page.waitForSelector('.speaker:not(.is-waiting)');
      const panel = page.locator('.speaker-outcome');
      await panel.locator('summary').click();
      await expect
        .poll(() => panel.locator('.speaker-outcome-figures').textContent())
        .toBe('9 markers, 30 antwoorden, 30 teksten · 30 november 2026 om 11:00');
      const note = await panel.locator('.speaker-outcome-note').textContent();
      const carried = Number(/bevat (\d+) van de 30 teksten/.exec(note ?? '')?.[1]);
      expect(carried).toBeGreaterThan(0);
      expect(carried).toBeLessThan(30);
      await panel.getByRole('button', { name: 'Link kopiëren' }).click();
      await expect
        .poll(() => panel.locator('.speaker-outcome-note').textContent())
        .toContain('Gekopieerd');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.length).toBeLessThanOrEqual(6000);
      // The link opens the reader with the board and the first texts, no room server needed.
      await page.goto(copied);
      await page.waitForSelector('#wat-past-er-voor-jou .room-outcome-texts');
      expect(await page.locator('.room-outcome-texts .room-text').count()).toBe(carried);
      expect(await page.locator('#waar-staan-wij [data-room-marker]').count()).toBe(9);
      // The file keeps every text: it is what npm run pdf -- --result reads.
      await page.goto(speakerView);
      await page.waitForSelector('.speaker:not(.is-waiting)');
      await page.locator('.speaker-outcome summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Bewaren als bestand' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('uitkomst-2026-11-30.json');
      const saved = join(dir, 'saved.json');
      await download.saveAs(saved);
      expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(large);
      // Removed from this laptop (after the confirmation), the next session starts without it.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Wissen van deze laptop' }).click();
      await expect
        .poll(() => page.locator('.speaker-outcome-note').textContent())
        .toContain('Nog geen uitkomst');
      expect(
        await page.evaluate(() => localStorage.getItem(`deck-room-outcome:${location.pathname}`)),
      ).toBeNull();
      expect(opened.record.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

/** The board's plane on its print page, as a share (0 to 1) of the page's width and height. */
async function planeOnPage(): Promise<{
  left: number;
  top: number;
  width: number;
  height: number;
}> {
  const opened = await openPage(browser());
  try {
    const { page } = opened;
    await page.goto(`${baseUrl}?print-pdf&lang=nl&outcome=${encodeOutcome(outcome)}`);
    await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
    return await page.evaluate(() => {
      const plane = document
        .querySelector('#waar-staan-wij .matrix-plane')
        ?.getBoundingClientRect();
      const sheet = document
        .querySelector('#waar-staan-wij')
        ?.closest('.pdf-page')
        ?.getBoundingClientRect();
      if (plane === undefined || sheet === undefined) throw new Error('no board on the print page');
      return {
        left: (plane.left - sheet.left) / sheet.width,
        top: (plane.top - sheet.top) / sheet.height,
        width: plane.width / sheet.width,
        height: plane.height / sheet.height,
      };
    });
  } finally {
    await opened.close();
  }
}

describe('npm run pdf -- --result <file>', () => {
  const resultFile = join(dir, 'uitkomst.json');
  const withResult = join(dir, 'with-result.pdf');
  const handout = join(dir, 'handout.pdf');
  const without = join(dir, 'without.pdf');
  const boardPage = deck.slides.findIndex((entry) => entry.slide.id === 'waar-staan-wij') + 1;
  const pollPage = deck.slides.findIndex((entry) => entry.slide.id === 'wat-past-er-voor-jou') + 1;
  const run = (args: readonly string[]) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [tsxCli, 'scripts/pdf.ts', ...args],
        { encoding: 'utf8' },
        (error, stdout, stderr) => {
          resolve({ status: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
        },
      );
    });

  beforeAll(async () => {
    writeFileSync(resultFile, JSON.stringify(outcome, null, 2));
    const [result, handoutRun, bytes] = await Promise.all([
      run(['--result', resultFile, '--out', withResult]),
      run(['--handout', '--result', link, '--out', handout]),
      printDeck(browser(), baseUrl, { steps: false, locale: 'nl', timeoutMs: 60_000 }),
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(handoutRun.status).toBe(0);
    writeFileSync(without, bytes);
  }, 180_000);

  it('prints the board with the room’s markers where they stood', async () => {
    expect(boardPage).toBeGreaterThan(0);
    expect(pageText(withResult, boardPage)).toContain('9 markers van de zaal, 30 november 2026');
    const plane = await planeOnPage();
    // The left edge of each marker's disc (ink), beside its white number: dark with the result,
    // the quadrant's light tint without.
    const inkAt = (file: string, x: number, y: number): number => {
      const { width, height, pixels } = greyPage(file, boardPage);
      const px = Math.round((plane.left + (plane.width * x) / 100) * width - (16 / 1280) * width);
      const py = Math.round((plane.top + plane.height * (1 - y / 100)) * height);
      return pixels[py * width + px] ?? 255;
    };
    for (const { x, y } of board) {
      expect(inkAt(withResult, x, y), `a marker at ${x}x${y}`).toBeLessThan(110);
      expect(inkAt(without, x, y), `no marker at ${x}x${y} without the result`).toBeGreaterThan(
        150,
      );
    }
  });

  it('prints the poll’s counts and the first texts, as text', () => {
    const text = pageText(withResult, pollPage);
    expect(text).toContain('Eén team ruimte geven 4 van 9');
    expect(text).toContain('Morgen de grootste klant bellen');
    expect(text).toContain('<img src=x');
  });

  it('lists every answer on the handout’s page of the closing question, in Inter', () => {
    const text = pageText(handout, pollPage);
    expect(text).toContain('De antwoorden van de zaal');
    expect(text).toContain('Eén team ruimte geven: 4 van 9');
    // Every text, those the slide had no room for too, each as the phone wrote it.
    for (const written of texts) expect(text).toContain(written.replace(/\s+/g, ' '));
    expect(pageText(handout, boardPage)).toContain(
      'Externe beweging: van 15 tot 80 procent. Interne beweging: van 20 tot 85 procent.',
    );
    // The notes are set in the deck's type, never a fallback (scripts/lib/handout.ts).
    for (const font of pdfFonts(handout)) expect(font.name).toMatch(/\+Inter-/);
  });

  it('keeps a handout of many long texts to one page per slide, counting what did not fit', async () => {
    const many: RoomOutcome = {
      ...outcome,
      polls: [
        {
          id: 'wat-past-er-voor-jou',
          entries: Array.from({ length: 20 }, (_, i) => ({
            n: i + 1,
            option: 'een-team',
            text: `${i + 1} ${'woord '.repeat(46)}`.slice(0, 280),
          })),
        },
      ],
    };
    const file = join(dir, 'many.json');
    const out = join(dir, 'many-handout.pdf');
    writeFileSync(file, JSON.stringify(many));
    const result = await run(['--handout', '--result', file, '--out', out]);
    expect(result.status).toBe(0);
    const text = pageText(out, pollPage);
    const left = Number(
      /En nog (\d+) teksten waarvoor deze pagina geen plaats heeft/.exec(text)?.[1],
    );
    expect(left).toBeGreaterThan(0);
    // The texts shown (the first ones, in two columns) and the ones counted make all twenty.
    const shown = [...text.matchAll(/“(\d+) woord/g)]
      .map((match) => Number(match[1]))
      .sort((a, b) => a - b);
    expect(shown).toEqual(Array.from({ length: 20 - left }, (_, i) => i + 1));
  }, 120_000);

  it('stops with exit 1 before printing when the file is not an outcome, naming the field', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...outcome,
        boards: [{ id: 'waar-staan-wij', entries: [{ n: 1, x: 140, y: 5 }] }],
      }),
    );
    const result = await run(['--result', bad, '--out', join(dir, 'never.pdf')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `--result: ${bad} > boards[0].entries[0].x: expected <=100, got 140:`,
    );
  });
});
