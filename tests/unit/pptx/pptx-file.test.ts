/**
 * Reads a written .pptx back as XML: what PowerPoint's outline view, accessibility checker,
 * "Reuse slides" and File > Info read. The diagrams are stand-ins made here (the real ones
 * need Chromium; tests/pptx/ checks those); everything else is the real deck.
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeckSource } from '../../../scripts/lib/pptx/deck-source.ts';
import { buildPptx, type DrawnPictures } from '../../../scripts/lib/pptx/export-pptx.ts';
import { boxes, layoutName, pictureBox } from '../../../scripts/lib/pptx/layouts.ts';
import { cleanNotes } from '../../../scripts/lib/pptx/notes.ts';
import { titleOf } from '../../../scripts/lib/pptx/slide-content.ts';
import { drawingSize, pictureOf, pictureSvg } from '../../../scripts/lib/pptx/story-pictures.ts';
import { inch } from '../../../scripts/lib/pptx/theme.ts';
import { pictures } from '../../../src/pictures/pictures.ts';
import type { Locale, PictureName, SlideContent } from '../../../src/model/authored.ts';
import { exerciseMinutes, exerciseOf } from '../../../src/model/exercise.ts';
import { textIn } from '../../../src/model/texts.ts';

const source = await loadDeckSource();
const { deck } = source;

/** A 1x1 PNG, so the package holds a real image where the PNG stand-in goes. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** The picture of a slide known to carry one. */
function pictureNameOf(slide: SlideContent): PictureName {
  const name = pictureOf(slide);
  if (name === undefined) throw new Error(`slide "${slide.id}" has no picture`);
  return name;
}

/** The slides that carry a story picture, in the deck's order. */
const pictured = deck.slides.filter((entry) => pictureOf(entry.slide) !== undefined);

/**
 * One stand-in per diagram slide and step, told apart by its text; the story's pictures as
 * the deck draws them (in `locale`), with the stand-in PNG.
 */
function standIns(locale: Locale): DrawnPictures {
  return {
    diagrams: new Map(
      deck.slides
        .filter((entry) => entry.slide.kind === 'diagram')
        .map((entry) => [
          entry.slide.id,
          Array.from({ length: entry.stepCount + 1 }, (_, step) => ({
            svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100"><text x="10" y="50">${entry.slide.id} ${step}</text></svg>`,
            png,
            width: 200,
            height: 100,
          })),
        ]),
    ),
    story: new Map(
      pictured.map((entry) => [
        entry.slide.id,
        {
          svg: pictureSvg(entry.slide, locale) ?? '',
          png,
          ...drawingSize(pictureNameOf(entry.slide)),
        },
      ]),
    ),
  };
}

interface Package {
  readonly zip: JSZip;
  readonly slideCount: number;
}

async function build(locale: Locale, steps: boolean): Promise<Package> {
  const { bytes, slideCount } = await buildPptx(source, standIns(locale), { locale, steps });
  return { zip: await JSZip.loadAsync(bytes), slideCount };
}

async function part(pkg: Package, path: string): Promise<string> {
  const file = pkg.zip.file(path);
  if (file === null) throw new Error(`no ${path} in the package`);
  return file.async('string');
}

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every run in a piece of XML, paragraphs joined by a space. */
function textOf(xml: string): string {
  return decode(
    [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
      .map((p) => [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''))
      .join(' ')
      .trim(),
  );
}

/** The shapes of a slide whose placeholder has the given type. */
function placeholderShapes(slideXml: string, type: string): string[] {
  return [...slideXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)]
    .map((match) => match[1] ?? '')
    .filter((shape) => new RegExp(`<p:ph[^>]*type="${type}"`).test(shape));
}

describe('the PowerPoint file, read back', () => {
  let nl: Package;
  let en: Package;
  let steps: Package;
  beforeAll(async () => {
    [nl, en, steps] = await Promise.all([
      build('nl', false),
      build('en', false),
      build('nl', true),
    ]);
  });

  it('has one slide per slide of the deck, or one per step with --steps', async () => {
    expect(nl.slideCount).toBe(deck.slides.length);
    const perStep = deck.slides.reduce((sum, entry) => sum + entry.stepCount + 1, 0);
    expect(steps.slideCount).toBe(perStep);
    const presentation = await part(steps, 'ppt/presentation.xml');
    expect(presentation.match(/<p:sldId /g)).toHaveLength(perStep);
  });

  it('puts every slide’s heading in its title placeholder, in both languages', async () => {
    for (const [pkg, locale] of [
      [nl, 'nl'],
      [en, 'en'],
    ] as const) {
      for (const [i, entry] of deck.slides.entries()) {
        const xml = await part(pkg, `ppt/slides/slide${i + 1}.xml`);
        const titles = placeholderShapes(xml, 'title');
        expect(titles, entry.slide.id).toHaveLength(1);
        expect(textOf(titles[0] ?? ''), entry.slide.id).toBe(textIn(titleOf(entry.slide), locale));
      }
    }
  });

  it('uses the layout of the slide’s kind, named in the file', async () => {
    for (const [i, entry] of deck.slides.entries()) {
      const rels = await part(nl, `ppt/slides/_rels/slide${i + 1}.xml.rels`);
      const layout = /Target="\.\.\/slideLayouts\/(slideLayout\d+\.xml)"/.exec(rels)?.[1];
      const layoutXml = await part(nl, `ppt/slideLayouts/${layout ?? '?'}`);
      expect(layoutXml, entry.slide.id).toContain(
        `<p:cSld name="${layoutName(entry.slide.kind, pictureOf(entry.slide) !== undefined)}">`,
      );
      expect(layoutXml).toMatch(/<p:ph[^>]*type="title"/);
    }
  });

  it('writes list items as real bullets and only the steps reached', async () => {
    const index = deck.slides.findIndex((entry) => entry.slide.id === 'het-plan-staat');
    const final = await part(nl, `ppt/slides/slide${index + 1}.xml`);
    const body = placeholderShapes(final, 'body')[0] ?? '';
    expect(body.match(/<a:buChar /g)).toHaveLength(4);
    // With --steps the slide opens with the first item only.
    const before = deck.slides.slice(0, index).reduce((sum, e) => sum + e.stepCount + 1, 0);
    const opening = await part(steps, `ppt/slides/slide${before + 1}.xml`);
    expect(textOf(opening)).toContain('Er is een visie en een programma');
    expect(textOf(opening)).not.toContain('Iedereen is committed');
  });

  it('writes the cleaned speaker notes on every notes page', async () => {
    for (const [i, entry] of deck.slides.entries()) {
      const xml = await part(nl, `ppt/notesSlides/notesSlide${i + 1}.xml`);
      const body = placeholderShapes(xml, 'body')[0] ?? '';
      const expected = cleanNotes(source.notesOf(entry.slide.id, 'nl'));
      const paragraphs = [...body.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? ''));
      expect(paragraphs, entry.slide.id).toEqual(expected.map((p) => p.replace(/\n/g, ' ')));
      expect(body).not.toMatch(/\[(klik|click)\]/);
    }
  });

  it('gives every diagram its text alternative and the PNG rendered for it', async () => {
    for (const [i, entry] of deck.slides.entries()) {
      if (entry.slide.kind !== 'diagram') continue;
      const xml = await part(nl, `ppt/slides/slide${i + 1}.xml`);
      const { title, description } = entry.slide.diagram;
      const alt = `${textIn(title, 'nl')}. ${textIn(description, 'nl')}`;
      const descr = /<p:pic>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"/.exec(xml)?.[1];
      expect(decode(descr ?? ''), entry.slide.id).toBe(alt);
      expect(xml).toContain('<asvg:svgBlip');
    }
    const pngs = Object.keys(nl.zip.files).filter((name) => name.endsWith('.png'));
    expect(pngs.length).toBe(
      deck.slides.filter((e) => e.slide.kind === 'diagram').length + pictured.length,
    );
    for (const name of pngs) {
      expect(Buffer.from(await (nl.zip.file(name)?.async('uint8array') ?? [])), name).toEqual(png);
    }
  });

  it('puts each story picture right of its slide’s text, as SVG with its alt text', async () => {
    expect(pictured.map((entry) => pictureOf(entry.slide))).toEqual([
      'bar',
      'toilet-paper',
      'broken-window',
      'breakthrough',
      'two-at-once',
    ]);
    const emu = (px: number): number => Math.round(inch(px) * 914400);
    for (const [pkg, locale] of [
      [nl, 'nl'],
      [en, 'en'],
    ] as const) {
      for (const entry of pictured) {
        const name = pictureNameOf(entry.slide);
        const i = deck.slides.indexOf(entry);
        const xml = await part(pkg, `ppt/slides/slide${i + 1}.xml`);
        const pics = xml.match(/<p:pic>[\s\S]*?<\/p:pic>/g) ?? [];
        expect(pics, entry.slide.id).toHaveLength(1);
        const pic = pics[0] ?? '';
        const descr = /<p:cNvPr [^>]*descr="([^"]*)"/.exec(pic)?.[1];
        expect(decode(descr ?? ''), entry.slide.id).toBe(textIn(pictures[name].alt, locale));
        expect(pic).toContain('<asvg:svgBlip');

        // The SVG part is the deck's own drawing, named in the file's language.
        const rels = await part(pkg, `ppt/slides/_rels/slide${i + 1}.xml.rels`);
        const svgTarget = /Target="\.\.\/media\/([^"]+\.svg)"/.exec(rels)?.[1] ?? '?';
        const svg = await part(pkg, `ppt/media/${svgTarget}`);
        expect(svg, entry.slide.id).toContain(`data-picture="${name}"`);
        expect(svg).toContain(`aria-label="${textIn(pictures[name].alt, locale)}"`);

        // Inside the web's square right of the text, and every text shape ends left of it.
        const [x, y, w, h] = (
          /<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"/.exec(pic) ?? []
        )
          .slice(1)
          .map(Number);
        expect(x, entry.slide.id).toBeGreaterThanOrEqual(emu(pictureBox.x) - 1);
        expect((x ?? 0) + (w ?? 0)).toBeLessThanOrEqual(emu(pictureBox.x + pictureBox.w) + 1);
        expect(y).toBeGreaterThanOrEqual(emu(pictureBox.y) - 1);
        expect((y ?? 0) + (h ?? 0)).toBeLessThanOrEqual(emu(pictureBox.y + pictureBox.h) + 1);
        expect(w).toBeGreaterThan(emu(pictureBox.w) * 0.9);

        const layoutFile = /slideLayouts\/(slideLayout\d+\.xml)/.exec(rels)?.[1] ?? '?';
        const layout = await part(pkg, `ppt/slideLayouts/${layoutFile}`);
        const textShapes = [
          ...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g),
          ...layout.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g),
        ]
          .map((match) => match[0])
          // The slide number sits in the bottom margin, below the picture.
          .filter((shape) => !shape.includes('type="sldNum"'))
          .filter((shape) => shape.includes('<a:t>') || shape.includes('<p:ph'));
        expect(textShapes.length, entry.slide.id).toBeGreaterThanOrEqual(2);
        for (const shape of textShapes) {
          const [sx, , sw] = (/<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)"/.exec(shape) ?? [])
            .slice(1)
            .map(Number);
          if (sx === undefined || sw === undefined) continue;
          expect(sx + sw, `${entry.slide.id}: ${textOf(shape)}`).toBeLessThanOrEqual(
            emu(pictureBox.x - 56) + 1,
          );
        }
      }
    }
    // Slides without a picture keep the whole width and no picture.
    const plain = deck.slides.findIndex(
      (entry) => entry.slide.kind === 'statement' && pictureOf(entry.slide) === undefined,
    );
    const plainXml = await part(nl, `ppt/slides/slide${plain + 1}.xml`);
    expect(plainXml).not.toContain('<p:pic>');
    expect(boxes.statement.title.x + boxes.statement.title.w).toBeGreaterThan(pictureBox.x);
  });

  it('marks shapes without text as decorative and leaves text and placeholders alone', async () => {
    let decorative = 0;
    for (let i = 1; i <= nl.slideCount; i++) {
      const xml = await part(nl, `ppt/slides/slide${i}.xml`);
      for (const shape of xml.match(/<p:sp>[\s\S]*?<\/p:sp>/g) ?? []) {
        const marked = shape.includes('<adec:decorative');
        expect(marked, shape.slice(0, 120)).toBe(
          !shape.includes('<a:t>') && !shape.includes('<p:ph'),
        );
        if (marked) decorative += 1;
      }
    }
    // The bars, rules, arrows and panels of the deck: one for every other slide at least, not none.
    expect(decorative).toBeGreaterThanOrEqual(nl.slideCount / 2);
  });

  it('sets title, author, subject, keywords and language in the document properties', async () => {
    const core = await part(nl, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${textIn(deck.title, 'nl')}</dc:title>`);
    expect(core).toContain(`<dc:creator>${textIn(deck.author, 'nl')}</dc:creator>`);
    expect(decode(core)).toContain(`<dc:subject>${textIn(deck.description, 'nl')}</dc:subject>`);
    expect(core).toContain('<cp:keywords>partnerschap, klantrelatie,');
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    expect(await part(en, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    expect(await part(steps, 'docProps/core.xml')).toContain('(stap voor stap)</dc:title>');
  });

  it('marks every run in the file’s language, never pptxgenjs’s default', async () => {
    for (const [pkg, lang] of [
      [nl, 'nl-NL'],
      [en, 'en-GB'],
    ] as const) {
      const xmlParts = Object.keys(pkg.zip.files).filter((name) => /^ppt\/.*\.xml$/.test(name));
      let runs = 0;
      for (const name of xmlParts) {
        const xml = await part(pkg, name);
        expect(xml, name).not.toMatch(/\slang="en-US"/);
        runs += (xml.match(new RegExp(`\\slang="${lang}"`, 'g')) ?? []).length;
      }
      expect(runs).toBeGreaterThan(deck.slides.length * 3);
    }
  });

  it('names Inter in the theme and the deck’s palette as its colours', async () => {
    const theme = await part(nl, 'ppt/theme/theme1.xml');
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Inter"\/>/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Inter"\/>/);
    expect(theme).toContain('<a:dk1><a:srgbClr val="1B1F24"/></a:dk1>');
    expect(theme).toContain('<a:lt1><a:srgbClr val="FAF7F2"/></a:lt1>');
  });

  it('draws the board with native shapes and the timer at its starting time', async () => {
    const board = deck.slides.findIndex((entry) => entry.slide.kind === 'matrix');
    const boardXml = await part(nl, `ppt/slides/slide${board + 1}.xml`);
    expect(boardXml).not.toContain('<p:pic>');
    for (const quadrant of ['Adviesrelatie', 'Samen groeien', 'Leren zonder klant']) {
      expect(textOf(boardXml)).toContain(quadrant);
    }
    const timer = deck.slides.findIndex(
      (entry) => entry.slide.kind === 'question' && entry.slide.exercise !== undefined,
    );
    const slide = deck.slides[timer]?.slide;
    const exercise = slide === undefined ? undefined : exerciseOf(slide);
    // The discussion's whole exercise (alone, pairs, plenary), as the deck's timer starts.
    expect(exercise).toBeDefined();
    expect(textOf(await part(nl, `ppt/slides/slide${timer + 1}.xml`))).toContain(
      `${exerciseMinutes(exercise ?? { alone: 0, plenary: 0 })}:00`,
    );
  });

  it('links the closing slide to the deck when the build has an address', async () => {
    const { bytes } = await buildPptx(source, standIns('nl'), {
      locale: 'nl',
      steps: false,
      deckUrl: 'https://example.org/deck/',
    });
    const zip = await JSZip.loadAsync(bytes);
    const last = deck.slides.length;
    const rels = (await zip.file(`ppt/slides/_rels/slide${last}.xml.rels`)?.async('string')) ?? '';
    expect(rels).toContain('Target="https://example.org/deck/" TargetMode="External"');
    const xml = (await zip.file(`ppt/slides/slide${last}.xml`)?.async('string')) ?? '';
    expect(xml).toContain('<a:hlinkClick');
  });
});
