import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportPdf, type PdfKind } from '../../scripts/lib/export-pdf.ts';
import { printDeck } from '../../scripts/lib/print-deck.ts';
import { headingOf } from '../../src/model/headings.ts';
import { loadBuiltDeck } from '../../scripts/lib/load-deck.ts';
import { readerParagraphs } from '../../src/model/notes-text.ts';
import { wordsOf } from '../../src/model/texts.ts';
import { useBrowser } from './support/browser.ts';
import { inkShare, metadata, outline, pageSizes, pageText, pdfFonts } from './support/pdf.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const { deck, notes } = await loadBuiltDeck();
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-test-'));
const files: Record<PdfKind, string> = {
  slides: join(dir, 'slides.pdf'),
  steps: join(dir, 'steps.pdf'),
  handout: join(dir, 'handout.pdf'),
};
/** The English edition: `npm run pdf -- --lang en` and `-- --handout --lang en`. */
const englishFiles = { slides: join(dir, 'slides-en.pdf'), handout: join(dir, 'handout-en.pdf') };

beforeAll(async () => {
  const exports = [
    ...(['slides', 'steps', 'handout'] as const).map((kind) => ({
      kind,
      locale: 'nl' as const,
      file: files[kind],
    })),
    { kind: 'slides' as const, locale: 'en' as const, file: englishFiles.slides },
    { kind: 'handout' as const, locale: 'en' as const, file: englishFiles.handout },
  ];
  for (const { kind, locale, file } of exports) {
    const bytes = await exportPdf(browser(), {
      kind,
      locale,
      baseUrl,
      distDir: join(process.cwd(), 'dist'),
      timeoutMs: 60_000,
      log: () => undefined,
    });
    writeFileSync(file, bytes);
  }
}, 240_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Lower-case text without punctuation, so line breaks and typographic quotes do not matter. */
const plain = (text: string): string =>
  wordsOf(text.toLowerCase())
    .join(' ')
    .replace(/[“”"‘’'.,:?!]/g, '');

describe('the English PDFs', () => {
  it('have one page per slide, English metadata, and every slide’s English heading', async () => {
    expect(await pageSizes(englishFiles.slides)).toHaveLength(deck.slides.length);
    expect(await pageSizes(englishFiles.handout)).toHaveLength(deck.slides.length);
    expect(await metadata(englishFiles.slides)).toMatchObject({
      title: deck.title.en,
      author: deck.author.en,
      subject: deck.description.en,
      language: 'en',
    });
    for (const entry of deck.slides) {
      const heading = headingOf(entry.slide);
      for (const file of [englishFiles.slides, englishFiles.handout]) {
        const text = plain(pageText(file, entry.index + 1));
        expect(text, `${entry.slide.id} in ${file}`).toContain(plain(heading.en));
        if (heading.en !== heading.nl) expect(text).not.toContain(plain(heading.nl));
      }
    }
  });
});

describe('the slides PDF', () => {
  it('has one 16:9 page per slide', async () => {
    const sizes = await pageSizes(files.slides);
    expect(sizes).toHaveLength(deck.slides.length);
    for (const size of sizes) expect(size.width / size.height).toBeCloseTo(16 / 9, 3);
  });

  it("shows every slide's title on its own page", () => {
    for (const entry of deck.slides) {
      const heading = plain(headingOf(entry.slide).nl);
      expect(plain(pageText(files.slides, entry.index + 1)), entry.slide.id).toContain(heading);
    }
  });

  it('embeds its fonts as real fonts, Inter only, no Type 3 glyphs', () => {
    const fonts = pdfFonts(files.slides);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.type, font.name).not.toMatch(/Type 3/);
      expect(font.name, 'only Inter, the deck’s own typeface').toMatch(/\+Inter-/);
    }
  });

  it('has a bookmark for each section of the talk, opening its first slide', async () => {
    const entries = await outline(files.slides);
    expect(entries).toEqual(
      deck.sections.map((section) => ({
        title: section.title.nl,
        pageIndex: section.slides[0]?.index,
      })),
    );
  });

  it('says what it is: title, author, subject, keywords, language and date', async () => {
    const info = await metadata(files.slides);
    expect(info).toMatchObject({
      title: deck.title.nl,
      author: deck.author.nl,
      subject: deck.description.nl,
      language: 'nl',
    });
    expect(info.keywords).toContain('partnerschap');
    expect(Date.parse(info.created ?? '')).toBeGreaterThan(Date.now() - 10 * 60_000);
  });

  it('draws every diagram whole, and ends on a page that is not blank', () => {
    const diagramPages = deck.slides.filter((entry) => entry.slide.kind === 'diagram');
    expect(diagramPages.length).toBeGreaterThan(0);
    for (const entry of diagramPages) {
      // The band below the title, where the diagram is: its labels are dark ink.
      const ink = inkShare(files.slides, entry.index + 1, [0.3, 0.95]);
      expect(ink, `ink in the diagram of ${entry.slide.id}`).toBeGreaterThan(0.005);
    }
    const last = inkShare(files.slides, deck.slides.length);
    expect(last, 'the last page has the closing question').toBeGreaterThan(0.005);
  });
});

describe('the step-by-step PDF', () => {
  it('has one page per step of every slide', async () => {
    const expected = deck.slides.reduce((sum, entry) => sum + entry.stepCount + 1, 0);
    expect(await pageSizes(files.steps)).toHaveLength(expected);
  });

  it('bookmarks each section at its first page', async () => {
    const entries = await outline(files.steps);
    expect(entries.map((entry) => entry.pageIndex)).toEqual(
      deck.sections.map((section) =>
        deck.slides
          .slice(0, section.slides[0]?.index ?? 0)
          .reduce((sum, entry) => sum + entry.stepCount + 1, 0),
      ),
    );
  });
});

describe('the handout', () => {
  it('has one A4 page per slide, with that slide and its notes', async () => {
    const sizes = await pageSizes(files.handout);
    expect(sizes).toHaveLength(deck.slides.length);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(595.3, 0);
      expect(size.height).toBeCloseTo(841.9, 0);
    }
    for (const entry of deck.slides) {
      const text = plain(pageText(files.handout, entry.index + 1));
      // The reader's text: the presenter's cues and prompts are left out.
      const notesStart = plain(
        wordsOf(readerParagraphs(notes[entry.slide.id]?.nl ?? '').join(' '))
          .slice(0, 10)
          .join(' '),
      );
      expect(text, `notes of ${entry.slide.id}`).toContain(notesStart);
      expect(text, `no presenter markup on ${entry.slide.id}`).not.toMatch(/\[[^\]]*\]/u);
      expect(text, `slide ${entry.slide.id}`).toContain(plain(headingOf(entry.slide).nl));
    }
  });
});

describe('npm run pdf', () => {
  interface Run {
    readonly status: number;
    readonly stdout: string;
    readonly stderr: string;
  }
  /** scripts/pdf.ts as `npm run pdf -- …` runs it: through tsx (without npx's start-up). */
  const run = (args: string[], env: Record<string, string> = {}): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        [tsxCli, 'scripts/pdf.ts', ...args],
        { encoding: 'utf8', env: { ...process.env, ...env } },
        (error, stdout, stderr) => {
          resolve({ status: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
        },
      );
    });
  // Each run only starts and refuses: started together, they share the cores rather than queue.
  const startRuns = () => ({
    unknown: run(['--landscape']),
    contradictory: run(['--steps', '--handout']),
    noBrowser: run(['--out', join(dir, 'never.pdf')], { CHROME_PATH: '/nowhere/chrome' }),
    // A folder inside a file: not writable even for root, which CI runs as.
    badOut: run(['--out', join(process.cwd(), 'package.json', 'talk.pdf')]),
  });
  let runs: ReturnType<typeof startRuns> | undefined;
  beforeAll(() => {
    runs = startRuns();
  });
  const resultOf = (name: keyof ReturnType<typeof startRuns>): Promise<Run> => {
    if (runs === undefined) throw new Error('The runs start before the tests.');
    return runs[name];
  };

  it('refuses an unknown flag with its usage and a non-zero exit', async () => {
    const result = await resultOf('unknown');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--landscape'");
    expect(result.stderr).toContain('Usage: npm run pdf');
  });

  it('refuses contradictory flags', async () => {
    const result = await resultOf('contradictory');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Choose --steps or --handout, not both.');
  });

  it('names the browser problem, and the command to run again with a browser', async () => {
    const result = await resultOf('noBrowser');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'CHROME_PATH is set to /nowhere/chrome, but there is no file there.',
    );
    expect(result.stderr).not.toContain('test:browser');
  });

  it('refuses an --out it cannot write at once, before building or printing', async () => {
    const result = await resultOf('badOut');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /--out ".*package\.json\/talk\.pdf" lies under .*package\.json, which is a file, not a folder\. Choose another path\./,
    );
    expect(result.stdout).not.toContain('Checking the build');
  });

  it('gives up within its time limit, saying what the page still lacked', async () => {
    await expect(printDeck(browser(), baseUrl, { steps: false, timeoutMs: 1 })).rejects.toThrow(
      /The print view was not ready after 0\.001 s: .*pdf-ready/,
    );
  });
});
