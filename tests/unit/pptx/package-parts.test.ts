import { describe, expect, it } from 'vitest';
import {
  documentProperties,
  withCoreProperties,
} from '../../../scripts/lib/pptx/document-properties.ts';
import {
  svgPicturesOf,
  withBulletFont,
  withLanguage,
  withNoteParagraphs,
} from '../../../scripts/lib/pptx/package-parts.ts';
import { colorScheme, inch, pt, withDeckColors } from '../../../scripts/lib/pptx/theme.ts';
import { loadDeckSource } from '../../../scripts/lib/pptx/deck-source.ts';

describe('design pixels in PowerPoint units', () => {
  it('maps the 1280x720 design onto the 13.333 x 7.5 inch wide slide, px at 0.75 pt', () => {
    expect(inch(1280)).toBeCloseTo(13.333, 3);
    expect(inch(720)).toBe(7.5);
    expect(pt(60)).toBe(45);
    expect(pt(26)).toBe(19.5);
  });
});

describe('package fixes', () => {
  it('splits the one-run notes pptxgenjs writes into paragraphs, in the file language', () => {
    const xml =
      '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>Een.\r\n\r\nTwee &amp; drie.</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>';
    expect(withNoteParagraphs(xml, 'nl-NL')).toBe(
      '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="nl-NL" dirty="0"/><a:t>Een.</a:t></a:r></a:p><a:p><a:r><a:rPr lang="nl-NL" dirty="0"/><a:t>Twee &amp; drie.</a:t></a:r></a:p></p:txBody>',
    );
  });

  it('sets the language of runs but not the alternative language', () => {
    expect(withLanguage('<a:rPr lang="en-US" altLang="en-US"/>', 'nl-NL')).toBe(
      '<a:rPr lang="nl-NL" altLang="en-US"/>',
    );
  });

  it('names the deck’s typeface for bullets, so no program picks its own', () => {
    expect(withBulletFont('<a:buSzPct val="100000"/><a:buChar char="&#x25A0;"/>')).toBe(
      '<a:buSzPct val="70000"/><a:buFont typeface="Inter"/><a:buChar char="&#x25A0;"/>',
    );
    expect(withBulletFont('<a:buSzPct val="100000"/><a:buChar char="&#x2022;"/>')).toBe(
      '<a:buSzPct val="100000"/><a:buFont typeface="Inter"/><a:buChar char="&#x2022;"/>',
    );
  });

  it('pairs each SVG picture with its PNG stand-in through the slide relationships', () => {
    const slide =
      '<p:pic><p:blipFill><a:blip r:embed="rId2"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="x" r:embed="rId3"/></a:ext></a:extLst></a:blip></p:blipFill></p:pic>';
    const rels =
      '<Relationships><Relationship Id="rId2" Type="image" Target="../media/image-1-1.png"/><Relationship Id="rId3" Type="image" Target="../media/image-1-2.svg"/></Relationships>';
    expect(svgPicturesOf(slide, rels)).toEqual([
      { png: 'ppt/media/image-1-1.png', svg: 'ppt/media/image-1-2.svg' },
    ]);
  });

  it('adds keywords, description and language to the core properties', async () => {
    const { deck } = await loadDeckSource();
    const properties = documentProperties(deck, 'en', true);
    expect(properties.title).toBe('When partnership calls for two movements (step by step)');
    expect(properties.language).toBe('en-GB');
    const core = withCoreProperties('<dc:creator>x</dc:creator>', properties);
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(core).toContain('<cp:keywords>partnership, client relationship,');
    expect(() => withCoreProperties('<cp:coreProperties/>', properties)).toThrow(/dc:creator/);
  });

  it('puts the palette in the theme in place of Office colours', () => {
    const theme =
      '<a:theme name="Office Theme"><a:clrScheme name="Office"><a:dk1/></a:clrScheme></a:theme>';
    expect(withDeckColors(theme)).toBe(`<a:theme name="Partnerschap">${colorScheme}</a:theme>`);
    expect(colorScheme).toContain('<a:accent1><a:srgbClr val="A93F16"/>');
    expect(colorScheme).toContain('<a:accent2><a:srgbClr val="0E6B6B"/>');
  });
});
