// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pictureNames } from '../../../src/model/authored.ts';
import { locales } from '../../../src/model/locales.ts';
import type { Paint } from '../../../src/pictures/paint.ts';
import { pictures, renderPicture } from '../../../src/pictures/pictures.ts';
import { palette } from '../../../src/theme/palette.ts';

/** A picture as the browser parses it inside a page. */
function parse(markup: string): SVGSVGElement {
  const template = document.createElement('template');
  template.innerHTML = markup;
  const svg = template.content.firstElementChild;
  if (svg?.tagName.toLowerCase() !== 'svg') throw new Error(`not an svg: ${markup.slice(0, 80)}`);
  return svg as SVGSVGElement;
}

/** Paints that say their role instead of a colour, to read what a drawing asks for. */
const rolePaint: Paint = {
  fill: new Proxy({} as Paint['fill'], { get: (_, role) => `fill="role:${String(role)}"` }),
  stroke: new Proxy({} as Paint['stroke'], { get: (_, role) => `stroke="role:${String(role)}"` }),
};

/** Every colour an SVG paints with (fill and stroke attributes other than none). */
function paintsOf(svg: SVGSVGElement): string[] {
  return [...svg.querySelectorAll('*')].flatMap((element) =>
    ['fill', 'stroke'].flatMap((name) => {
      const value = element.getAttribute(name);
      return value === null || value === 'none' ? [] : [value];
    }),
  );
}

describe.each(pictureNames)('the picture "%s"', (name) => {
  it.each(locales)('is an image with a text alternative in %s', (locale) => {
    const svg = parse(renderPicture(name, locale, 'paper').value);
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
    const svg = parse(renderPicture(name, 'nl', 'paper').value);
    expect(svg.querySelectorAll('image, foreignObject')).toHaveLength(0);
    expect(svg.outerHTML).not.toMatch(/data:|\.png|\.jpe?g/i);
    expect(svg.querySelectorAll('path, rect, circle, ellipse').length).toBeGreaterThan(3);
  });

  it('has no ids, so two copies of its slide never share one', () => {
    const svg = parse(renderPicture(name, 'nl', 'night').value);
    expect(svg.querySelectorAll('[id]')).toHaveLength(0);
    expect(svg.outerHTML).not.toMatch(/url\(#|href="#/);
  });

  it('names no colour: every shape is painted through a role', () => {
    const svg = parse(`<svg>${pictures[name].markup(rolePaint)}</svg>`);
    const painted = paintsOf(svg);
    expect(painted.length).toBeGreaterThan(0);
    for (const value of painted) expect(value).toMatch(/^role:\w+$/);
    expect(svg.querySelectorAll('[style], [class]')).toHaveLength(0);
  });

  it('uses only palette colours, the night ones on a night slide', () => {
    const paper = new Set(paintsOf(parse(renderPicture(name, 'nl', 'paper').value)));
    const night = new Set(paintsOf(parse(renderPicture(name, 'nl', 'night').value)));
    const colours = new Set<string>(Object.values(palette));
    for (const value of [...paper, ...night]) expect(colours).toContain(value);
    // The same drawing, another ground: its light colours make way for the night ones.
    expect(night).not.toEqual(paper);
    expect(night.has(palette.ink)).toBe(false);
  });
});

describe('the colour key in the pictures', () => {
  it('paints the client relationship terracotta and the organisation teal', () => {
    const roles = (picture: (typeof pictureNames)[number]): string[] =>
      paintsOf(parse(`<svg>${pictures[picture].markup(rolePaint)}</svg>`));
    // Two gears for "two things at once": one of each movement.
    expect(roles('two-at-once')).toEqual(
      expect.arrayContaining(['role:external', 'role:internal']),
    );
    // Behind the bar: the client's counter and the insurer's person.
    expect(roles('bar')).toEqual(expect.arrayContaining(['role:external', 'role:internal']));
  });

  it('draws in terracotta on paper and in the light terracotta on night', () => {
    const paper = renderPicture('two-at-once', 'nl', 'paper').value;
    const night = renderPicture('two-at-once', 'nl', 'night').value;
    expect(paper).toContain(`fill="${palette.external}"`);
    expect(night).toContain(`fill="${palette.externalOnNight}"`);
    expect(night).not.toContain(`fill="${palette.external}"`);
  });
});
