/**
 * LibreOffice and poppler, as the PowerPoint round trip uses them: Impress converts the file
 * (and Draw the SVG pictures) to PDF headless; pdftotext reads the words back with their boxes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { greyPage } from '../../browser/support/pdf.ts';

/** What to tell someone without LibreOffice. */
export const missingOfficeMessage =
  'LibreOffice is needed for the PowerPoint round trip: apt-get install -y libreoffice-impress (Debian), or put soffice on the PATH.';

export function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts files to PDF into `outDir` with a profile of its own (`profileDir`), so a
 * LibreOffice the user has open neither blocks nor is disturbed by the conversion.
 */
export function convertToPdf(
  files: readonly string[],
  outDir: string,
  profileDir: string,
  filter = 'pdf',
): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
}

/** The text of a page in the order it was drawn (`pdftotext -raw`), so lines of one label stay together. */
export function drawnText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  });
}

/** A PDF beside its source after `convertToPdf`. */
export function pdfOf(outDir: string, name: string): string {
  return join(outDir, name.replace(/\.[^.]+$/u, '.pdf'));
}

export interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PageWords {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
}

/** Every page's size and words with their boxes (points, from the top left). */
export function wordsByPage(file: string): PageWords[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu)].map(
    (page) => ({
      width: Number(page[1]),
      height: Number(page[2]),
      words: [
        ...(page[3] ?? '').matchAll(
          /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/gu,
        ),
      ].map((word) => ({
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
        text: word[5] ?? '',
      })),
    }),
  );
}

/**
 * Two words whose letters collide: their boxes shrunk to the middle of the line (a word's box
 * includes the font's full ascent and descent, so words on adjacent lines overlap a little by
 * design), then intersected.
 */
export function collide(a: Word, b: Word): boolean {
  const core = (word: Word) => {
    const dx = (word.xMax - word.xMin) * 0.1;
    const dy = (word.yMax - word.yMin) * 0.25;
    return { x0: word.xMin + dx, x1: word.xMax - dx, y0: word.yMin + dy, y1: word.yMax - dy };
  };
  const p = core(a);
  const q = core(b);
  return Math.min(p.x1, q.x1) > Math.max(p.x0, q.x0) && Math.min(p.y1, q.y1) > Math.max(p.y0, q.y0);
}

/** Text for comparison: no whitespace, no hyphens (line-end hyphens are dropped by pdftotext). */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00AD-]+/gu, '').toLowerCase();
}

/** A region of a page as fractions of its width and height, from the top left. */
export interface Region {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * The share of a region's pixels that stand out from the slide's background (the page's top
 * left pixel) by more than a fifth of the grey scale: on paper and on night alike, a blank or
 * missing picture scores about 0.
 */
export function drawnShare(file: string, page: number, region: Region): number {
  const { width, height, pixels } = greyPage(file, page);
  const background = pixels[0] ?? 0;
  const [x0, x1] = [Math.floor(width * region.left), Math.floor(width * region.right)];
  const [y0, y1] = [Math.floor(height * region.top), Math.floor(height * region.bottom)];
  let drawn = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      if (Math.abs((pixels[y * width + x] ?? background) - background) > 51) drawn++;
    }
  }
  return drawn / ((x1 - x0) * (y1 - y0));
}
