/**
 * Reads PDFs back the way a reader's tools would: poppler's pdftotext, pdffonts and pdftoppm
 * (installed by .ci/run), and pdf-lib for the outline and metadata.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** The text of one page (from 1), with whitespace collapsed. */
export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  })
    .replace(/\s+/g, ' ')
    .trim();
}

/** One row of `pdffonts`: name, type and whether it is embedded. */
export interface PdfFont {
  readonly name: string;
  readonly type: string;
  readonly embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    // Columns: name, type (may have spaces), encoding, emb, sub, uni, object, id.
    const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line);
    if (match === null) throw new Error(`Unexpected pdffonts line: ${line}`);
    return { name: match[1] ?? '', type: match[2] ?? '', embedded: match[4] === 'yes' };
  });
}

/** One page of a PDF in grey, as pdftoppm draws it at 30 dpi: one byte per pixel, row by row. */
export interface GreyPage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** Draws one page (from 1) of `file` in grey with pdftoppm and reads its pixels back. */
export function greyPage(file: string, page: number): GreyPage {
  const dir = mkdtempSync(join(tmpdir(), 'deck-pdf-page-'));
  try {
    const prefix = join(dir, 'page');
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      '30',
      '-f',
      String(page),
      '-l',
      String(page),
      file,
      prefix,
    ]);
    const pgm = readFileSync(join(dir, readdirSync(dir)[0] ?? ''));
    // Binary PGM: "P5\n<width> <height>\n<max>\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (header === null) throw new Error('pdftoppm did not write a binary PGM');
    return {
      width: Number(header[1]),
      height: Number(header[2]),
      pixels: pgm.subarray(header[0].length),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The share of a page's pixels (grey, from pdftoppm) that are dark ink rather than paper or
 * tint, within a horizontal band given as fractions of the page height.
 */
export function inkShare(file: string, page: number, band: [number, number] = [0, 1]): number {
  const { width, height, pixels } = greyPage(file, page);
  const top = Math.floor(height * band[0]);
  const bottom = Math.floor(height * band[1]);
  let dark = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < width; x++) if ((pixels[y * width + x] ?? 255) < 110) dark++;
  }
  return dark / (width * (bottom - top));
}

/** The outline's top-level entries: their titles and the page (from 0) each opens. */
export async function outline(file: string): Promise<{ title: string; pageIndex: number }[]> {
  const pdf = await PDFDocument.load(readFileSync(file));
  const pageRefs = pdf.getPages().map((page) => page.ref.toString());
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const entries: { title: string; pageIndex: number }[] = [];
  let item = root?.lookupMaybe(PDFName.of('First'), PDFDict);
  while (item !== undefined) {
    const title = item.lookup(PDFName.of('Title'));
    const target = item.lookupMaybe(PDFName.of('Dest'), PDFArray)?.get(0);
    entries.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
      pageIndex: target instanceof PDFRef ? pageRefs.indexOf(target.toString()) : -1,
    });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return entries;
}

/** The document information and language. */
export async function metadata(file: string): Promise<Record<string, string | undefined>> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const language = pdf.catalog.lookup(PDFName.of('Lang'));
  return {
    title: pdf.getTitle(),
    author: pdf.getAuthor(),
    subject: pdf.getSubject(),
    keywords: pdf.getKeywords(),
    language:
      language instanceof PDFString || language instanceof PDFHexString
        ? language.decodeText()
        : undefined,
    created: pdf.getCreationDate()?.toISOString(),
  };
}

/** Every page's size in points. */
export async function pageSizes(file: string): Promise<{ width: number; height: number }[]> {
  const pdf = await PDFDocument.load(readFileSync(file));
  return pdf.getPages().map((page) => page.getSize());
}
