/**
 * The PowerPoint file as a client's software reads it: LibreOffice Impress opens the exported
 * .pptx headless and prints it to PDF, and the pages are read back with poppler. One export in
 * Dutch at each slide's final step, one with --steps; LibreOffice is slow, so each file is
 * converted once.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/lib/ensure-built.ts';
import { launchBrowser } from '../../scripts/lib/find-browser.ts';
import { loadDeckSource } from '../../scripts/lib/pptx/deck-source.ts';
import { exportPptx } from '../../scripts/lib/pptx/export-pptx.ts';
import { boxes, pictureBox } from '../../scripts/lib/pptx/layouts.ts';
import { cleanNotes } from '../../scripts/lib/pptx/notes.ts';
import { titleOf } from '../../scripts/lib/pptx/slide-content.ts';
import { pictureOf } from '../../scripts/lib/pptx/story-pictures.ts';
import { slideHeightPx, slideWidthPx } from '../../scripts/lib/pptx/theme.ts';
import { serveDist, type ServedDist } from '../../scripts/lib/serve-dist.ts';
import { textIn } from '../../src/model/texts.ts';
import { inkShare, pageText, pdfFonts } from '../browser/support/pdf.ts';
import {
  collide,
  convertToPdf,
  drawnShare,
  drawnText,
  hasSoffice,
  missingOfficeMessage,
  pdfOf,
  squeeze,
  wordsByPage,
} from './support/office.ts';

const root = process.cwd();
const { deck, notesOf } = await loadDeckSource();
const stepPages = deck.slides.reduce((sum, entry) => sum + entry.stepCount + 1, 0);

const work = mkdtempSync(join(tmpdir(), 'deck-pptx-'));
const files = {
  slides: join(work, 'deck.pptx'),
  steps: join(work, 'deck-steps.pptx'),
};
const pdf = {
  slides: pdfOf(work, 'deck.pptx'),
  steps: pdfOf(work, 'deck-steps.pptx'),
  notes: join(work, 'notes', 'deck.pdf'),
};
const svgDir = join(work, 'svg');
const svgs: { slideId: string; file: string }[] = [];
/** Each picture's PNG fallback: its pixel size and the picture's width on the slide in EMU. */
const pngs: { slideId: string; width: number; height: number; slideWidthEmu: number }[] = [];

beforeAll(async () => {
  if (!hasSoffice()) throw new Error(missingOfficeMessage);
  ensureBuilt(root);
  let server: ServedDist | undefined;
  let browser: Browser | undefined;
  try {
    server = await serveDist(root);
    browser = await launchBrowser('npm run test:pptx');
    for (const [file, steps] of [
      [files.slides, false],
      [files.steps, true],
    ] as const) {
      const { bytes } = await exportPptx(browser, {
        locale: 'nl',
        steps,
        baseUrl: server.url,
        timeoutMs: 60_000,
        log: () => undefined,
      });
      writeFileSync(file, bytes);
    }
  } finally {
    await browser?.close();
    await server?.close();
  }

  // The SVG pictures on their own: Impress shows the PNG beside them, PowerPoint the SVG.
  mkdirSync(svgDir);
  const zip = await JSZip.loadAsync(readFileSync(files.slides));
  for (const [i, entry] of deck.slides.entries()) {
    const rels = (await zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`)?.async('string')) ?? '';
    const slideXml = (await zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string')) ?? '';
    for (const match of rels.matchAll(/Target="\.\.\/media\/([^"]+\.png)"/g)) {
      const bytes = Buffer.from(
        (await zip.file(`ppt/media/${match[1] ?? ''}`)?.async('uint8array')) ?? [],
      );
      // PNG: 8-byte signature, then the IHDR chunk with width and height (big-endian).
      const extent = /<p:pic>[\s\S]*?<a:ext cx="(\d+)"/.exec(slideXml)?.[1];
      pngs.push({
        slideId: entry.slide.id,
        width: bytes.readUInt32BE(16),
        height: bytes.readUInt32BE(20),
        slideWidthEmu: Number(extent),
      });
    }
    for (const match of rels.matchAll(/Target="\.\.\/media\/([^"]+\.svg)"/g)) {
      const file = join(svgDir, match[1] ?? '');
      writeFileSync(
        file,
        (await zip.file(`ppt/media/${match[1] ?? ''}`)?.async('uint8array')) ?? '',
      );
      svgs.push({ slideId: entry.slide.id, file });
    }
  }

  const profile = join(work, 'profile');
  convertToPdf([files.slides, files.steps], work, profile);
  convertToPdf(
    [files.slides],
    join(work, 'notes'),
    profile,
    'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}',
  );
  convertToPdf(
    svgs.map((svg) => svg.file),
    svgDir,
    profile,
  );
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the PowerPoint file in LibreOffice Impress', () => {
  it('has one page per slide, and one per step with --steps', () => {
    expect(wordsByPage(pdf.slides)).toHaveLength(deck.slides.length);
    expect(wordsByPage(pdf.steps)).toHaveLength(stepPages);
  });

  it('sets the text in Inter, as the file names it', () => {
    // Without Inter on the machine LibreOffice substitutes a wider face and the layout checks
    // below would fail for the wrong reason; say so first (Debian: fonts-inter).
    const fonts = pdfFonts(pdf.slides).map((font) => font.name);
    expect(
      fonts.some((name) => /Inter/.test(name)),
      fonts.join(', '),
    ).toBe(true);
    expect(fonts.filter((name) => !/Inter/.test(name))).toEqual([]);
  });

  it('shows every slide’s title on its own page, at every step', () => {
    let page = 0;
    for (const [i, entry] of deck.slides.entries()) {
      const title = squeeze(textIn(titleOf(entry.slide), 'nl'));
      expect(squeeze(pageText(pdf.slides, i + 1)), entry.slide.id).toContain(title);
      for (let step = 0; step <= entry.stepCount; step++) {
        page += 1;
        expect(squeeze(pageText(pdf.steps, page)), `${entry.slide.id} step ${step}`).toContain(
          title,
        );
      }
    }
  });

  it('prints the speaker notes, without step cues, on the notes pages', () => {
    // The notes export prints the slides first, then one notes page per slide.
    for (const [i, entry] of deck.slides.entries()) {
      const text = pageText(pdf.notes, deck.slides.length + i + 1);
      expect(squeeze(text), entry.slide.id).toContain(
        squeeze(cleanNotes(notesOf(entry.slide.id, 'nl')).join(' ')),
      );
      expect(text).not.toMatch(/\[(klik|click)\]/);
    }
  });

  it('keeps every word on its slide and no two words on top of each other', () => {
    for (const [file, label] of [
      [pdf.slides, 'slides'],
      [pdf.steps, 'steps'],
    ] as const) {
      wordsByPage(file).forEach((page, index) => {
        const where = `${label} page ${index + 1}`;
        for (const word of page.words) {
          expect(word.xMin, `${where}: "${word.text}"`).toBeGreaterThanOrEqual(-0.5);
          expect(word.yMin, `${where}: "${word.text}"`).toBeGreaterThanOrEqual(-0.5);
          expect(word.xMax, `${where}: "${word.text}"`).toBeLessThanOrEqual(page.width + 0.5);
          expect(word.yMax, `${where}: "${word.text}"`).toBeLessThanOrEqual(page.height + 0.5);
        }
        const collisions = page.words.flatMap((a, i) =>
          page.words
            .slice(i + 1)
            .filter((b) => collide(a, b))
            .map((b) => `"${a.text}"/"${b.text}"`),
        );
        expect(collisions, where).toEqual([]);
      });
    }
  });

  it('draws every diagram picture, none of them blank', () => {
    const area = boxes.diagram.picture;
    const band: [number, number] = [area.y / 720, (area.y + area.h) / 720];
    for (const [i, entry] of deck.slides.entries()) {
      if (entry.slide.kind !== 'diagram') continue;
      // Node borders, arrows and labels: a blank or missing picture has no ink there (the
      // lightest diagram, thin boxes and short labels, inks about 0.9% of the band).
      expect(inkShare(pdf.slides, i + 1, band), entry.slide.id).toBeGreaterThan(0.004);
    }
  });

  it('draws each story picture right of its text, with no word on it', () => {
    const pictured = deck.slides.filter((entry) => pictureOf(entry.slide) !== undefined);
    expect(pictured).toHaveLength(5);
    const pages = wordsByPage(pdf.slides);
    for (const entry of pictured) {
      const index = deck.slides.indexOf(entry);
      const region = {
        left: pictureBox.x / slideWidthPx,
        top: pictureBox.y / slideHeightPx,
        right: (pictureBox.x + pictureBox.w) / slideWidthPx,
        bottom: (pictureBox.y + pictureBox.h) / slideHeightPx,
      };
      // Outlines, fills and tints on paper or night: a blank or missing picture draws nothing
      // there (the sparest, the toilet roll, marks about 7% of its square; the same square on
      // a slide without a picture or text there, under 1%).
      expect(drawnShare(pdf.slides, index + 1, region), entry.slide.id).toBeGreaterThan(0.04);
      const page = pages[index];
      if (page === undefined) throw new Error(`no page for ${entry.slide.id}`);
      const onPicture = page.words.filter(
        (word) =>
          word.xMax > region.left * page.width &&
          word.xMin < region.right * page.width &&
          word.yMax > region.top * page.height &&
          word.yMin < region.bottom * page.height,
      );
      expect(
        onPicture.map((word) => word.text),
        entry.slide.id,
      ).toEqual([]);
    }
  });

  it('carries a PNG of each diagram and picture at projector resolution, not a stand-in icon', () => {
    expect(pngs.map((png) => png.slideId)).toEqual(svgs.map((svg) => svg.slideId));
    for (const png of pngs) {
      // A 1280 px wide slide shown 1920 px wide: 1.5 pixels per design pixel (9525 EMU).
      expect(png.width, png.slideId).toBeGreaterThanOrEqual(
        Math.floor((png.slideWidthEmu / 9525) * 1.5) - 2,
      );
      expect(png.height, png.slideId).toBeGreaterThan(100);
    }
  });

  it('has the diagrams’ labels as real text in the SVG pictures', () => {
    const diagramSlides = deck.slides.filter((entry) => entry.slide.kind === 'diagram');
    const diagramSvgs = svgs.filter((svg) => diagramSlides.some((e) => e.slide.id === svg.slideId));
    expect(diagramSvgs.map((svg) => svg.slideId)).toEqual(diagramSlides.map((e) => e.slide.id));
    for (const { slideId, file } of diagramSvgs) {
      const entry = diagramSlides.find((e) => e.slide.id === slideId);
      if (entry?.slide.kind !== 'diagram') throw new Error(`no diagram slide ${slideId}`);
      const svgPdf = pdfOf(svgDir, file.split('/').pop() ?? '');
      const text = squeeze(drawnText(svgPdf, 1));
      // A label's `<br/>` is a line break in the picture, not text: each line is checked.
      const labels = [...textIn(entry.slide.diagram.source, 'nl').matchAll(/"([^"]+)"/g)].flatMap(
        (match) => (match[1] ?? '').split(/<br\s*\/?>/u),
      );
      expect(labels.length, slideId).toBeGreaterThan(2);
      for (const label of labels) expect(text, `${slideId}: ${label}`).toContain(squeeze(label));
      expect(inkShare(svgPdf, 1), slideId).toBeGreaterThan(0.004);
    }
  });
});
