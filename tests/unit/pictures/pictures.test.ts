// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pictureNames } from '../../../src/model/authored.ts';
import { locales } from '../../../src/model/locales.ts';
import { fill, stroke } from '../../../src/pictures/paint.ts';
import { pictures, renderPicture } from '../../../src/pictures/pictures.ts';

// A path, not a URL: under happy-dom, `URL` is the page's, which fs does not take.
const stylesheet = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '../../../src/theme/pictures.css'),
  'utf8',
);

/** A picture as the browser parses it inside a page. */
function parse(markup: string): SVGSVGElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const svg = template.content.firstElementChild;
  if (svg?.tagName.toLowerCase() !== 'svg') throw new Error(`not an svg: ${markup.slice(0, 80)}`);
  return svg as SVGSVGElement;
}

const paintClasses = new Set<string>([...Object.values(fill), ...Object.values(stroke)]);

describe.each(pictureNames)('the picture "%s"', (name) => {
  it.each(locales)('is an image with a text alternative in %s', (locale) => {
    const svg = parse(renderPicture(name, locale).value);
    const alt = pictures[name].alt[locale];
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(alt);
    expect(svg.querySelector('title')?.textContent).toBe(alt);
    expect(alt.length).toBeGreaterThan(20);
  });

  it('says what it shows differently in each language', () => {
    expect(pictures[name].alt.nl).not.toBe(pictures[name].alt.en);
  });

  it('is drawn in vectors only, with no raster image to blur on a projector', () => {
    const svg = parse(renderPicture(name, 'nl').value);
    expect(svg.querySelectorAll('image, foreignObject')).toHaveLength(0);
    expect(pictures[name].markup).not.toMatch(/data:|\.png|\.jpe?g/i);
    expect(svg.querySelectorAll('path, rect, circle, ellipse').length).toBeGreaterThan(3);
  });

  it('has no ids, so two copies of its slide never share one', () => {
    const svg = parse(renderPicture(name, 'nl').value);
    expect(svg.querySelectorAll('[id]')).toHaveLength(0);
    expect(pictures[name].markup).not.toMatch(/url\(#|href="#/);
  });

  it('names no colour: every shape is painted by a tone class the theme defines', () => {
    const { markup } = pictures[name];
    expect(markup).not.toMatch(/(fill|stroke)="(?!none)|style=|#[0-9a-f]{3,6}\b/i);
    const svg = parse(renderPicture(name, 'nl').value);
    const used = new Set(
      [...svg.querySelectorAll('[class]')].flatMap((element) =>
        (element.getAttribute('class') ?? '').split(/\s+/),
      ),
    );
    used.delete('picture');
    used.delete('picture-sign');
    for (const paint of used) {
      expect(paintClasses, `class "${paint}"`).toContain(paint);
      expect(stylesheet, `a rule for .${paint} in pictures.css`).toContain(`.picture .${paint} {`);
    }
  });
});
