/**
 * What pptxgenjs cannot write, fixed in the finished package (a zip of XML parts):
 * - the PNG beside each SVG picture: pptxgenjs makes it only in a browser and in Node puts a
 *   "broken image" icon there; ours, rendered in Chromium, goes in its place;
 * - the notes pages as real paragraphs (pptxgenjs writes one run with line breaks in it);
 * - the language of every run and paragraph (pptxgenjs writes en-US where no run says otherwise);
 * - the document's keywords, description and language (document-properties.ts);
 * - the theme's colours (theme.ts);
 * - shapes without text (bars, rules, arrows, panels) marked decorative, so PowerPoint's
 *   accessibility checker asks for no alt text and screen readers skip them;
 * - the bullets' font: pptxgenjs names none, and then LibreOffice draws bullets in a face of its
 *   own choosing (PowerPoint follows the text); named, they are Inter's squares and dots.
 */
import JSZip from 'jszip';
import { withCoreProperties, type DocumentProperties } from './document-properties.ts';
import { fontFace, withDeckColors } from './theme.ts';

export interface PackageFixes {
  readonly properties: DocumentProperties;
  /** PNG fallbacks by the SVG text they stand in for. */
  readonly pngBySvg: ReadonlyMap<string, Buffer>;
}

async function read(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`The package has no ${path}.`);
  return file.async('string');
}

/** Each picture's PNG and SVG parts on a slide, by the relationships its blip names. */
export function svgPicturesOf(slideXml: string, relsXml: string): { png: string; svg: string }[] {
  const targets = new Map(
    [...relsXml.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/gu)].map(
      (match) => [match[1] ?? '', match[2] ?? ''],
    ),
  );
  const resolve = (target: string): string => `ppt/${target.replace(/^\.\.\//u, '')}`;
  return [
    ...slideXml.matchAll(
      /<a:blip r:embed="([^"]+)"[^>]*>(?:(?!<\/a:blip>)[\s\S])*?<asvg:svgBlip[^>]*r:embed="([^"]+)"/gu,
    ),
  ].map((match) => {
    const png = targets.get(match[1] ?? '');
    const svg = targets.get(match[2] ?? '');
    if (png === undefined || svg === undefined) {
      throw new Error('A picture names a relationship its slide does not have.');
    }
    return { png: resolve(png), svg: resolve(svg) };
  });
}

/** The notes body as one paragraph per blank-line-separated block, in the file's language. */
export function withNoteParagraphs(notesXml: string, lang: string): string {
  const single =
    /<a:p><a:r><a:rPr lang="[^"]*" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="[^"]*" dirty="0"\/><\/a:p>/u;
  const match = single.exec(notesXml);
  if (match === null) return notesXml;
  const paragraphs = (match[1] ?? '')
    .split(/(?:\r?\n){2,}/u)
    .map((paragraph) => paragraph.replace(/\r?\n/gu, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  const xml = paragraphs
    .map(
      (paragraph) =>
        `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${paragraph}</a:t></a:r></a:p>`,
    )
    .join('');
  return notesXml.replace(single, xml === '' ? `<a:p><a:endParaRPr lang="${lang}"/></a:p>` : xml);
}

/** Every run and paragraph mark in the file's language instead of pptxgenjs's en-US. */
export function withLanguage(xml: string, lang: string): string {
  return xml.replace(/(?<=\s)lang="en-US"/gu, `lang="${lang}"`);
}

/** Office's "decorative" flag on a shape's non-visual properties (Office 2019 and later). */
const decorative =
  '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>';

/** Marks every shape of a slide that carries no text and is no placeholder as decorative. */
export function withDecorativeShapes(slideXml: string): string {
  return slideXml.replace(/<p:sp>[\s\S]*?<\/p:sp>/gu, (shape) =>
    shape.includes('<a:t>') || shape.includes('<p:ph')
      ? shape
      : shape.replace(
          /<p:cNvPr ([^>]*?)(?:\/>|><\/p:cNvPr>)/u,
          `<p:cNvPr $1>${decorative}</p:cNvPr>`,
        ),
  );
}

/**
 * Every bullet drawn in the deck's typeface; the square of the deck's lists at 70% of the
 * text, as the web's 18 px square beside 38 px type (pptxgenjs sets every bullet at 100%).
 */
export function withBulletFont(xml: string): string {
  return xml
    .replace(
      /<a:buSzPct val="100000"\/>(?=<a:buChar char="&#x25A0;")/gu,
      '<a:buSzPct val="70000"/>',
    )
    .replace(/<a:buChar /gu, `<a:buFont typeface="${fontFace}"/><a:buChar `);
}

/** Applies every fix to the package pptxgenjs wrote and returns the new package. */
export async function fixPackage(pptx: Uint8Array, fixes: PackageFixes): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pptx);
  const lang = fixes.properties.language;
  const paths = Object.keys(zip.files);

  for (const path of paths.filter((name) => /^ppt\/slides\/slide\d+\.xml$/u.test(name))) {
    const rels = path.replace(/slides\/(slide\d+\.xml)$/u, 'slides/_rels/$1.rels');
    for (const picture of svgPicturesOf(await read(zip, path), await read(zip, rels))) {
      const svg = await read(zip, picture.svg);
      const png = fixes.pngBySvg.get(svg);
      if (png === undefined) throw new Error(`No PNG rendered for ${picture.svg}.`);
      zip.file(picture.png, png);
    }
  }
  for (const path of paths.filter((name) => /^ppt\/.*\.xml$/u.test(name))) {
    let xml = await read(zip, path);
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/u.test(path)) xml = withNoteParagraphs(xml, lang);
    if (/^ppt\/slides\/slide\d+\.xml$/u.test(path)) xml = withDecorativeShapes(xml);
    zip.file(path, withBulletFont(withLanguage(xml, lang)));
  }
  zip.file(
    'docProps/core.xml',
    withCoreProperties(await read(zip, 'docProps/core.xml'), fixes.properties),
  );
  zip.file('ppt/theme/theme1.xml', withDeckColors(await read(zip, 'ppt/theme/theme1.xml')));
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}
